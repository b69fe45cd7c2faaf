#pragma once
// AWS's standard retry mode (the SDKs' "standard"): which failures are retried, how long to wait,
// and the retry quota; and how a final failure is classified for the caller.

#include <chrono>
#include <mutex>
#include <string_view>

#include "engine/client/aws_client.hpp"

namespace engine::client {

// Error codes AWS uses for "slow down" (the SDKs' throttling list).
bool is_throttling_code(std::string_view code);
// Error codes for a failure that may pass on its own (the SDKs' transient list).
bool is_transient_code(std::string_view code);
// Whether an answer with this status and code is retried: throttling, transient codes, HTTP 429
// and 500/502/503/504. Client errors (AccessDenied, validation, not found) never are.
bool retryable_answer(unsigned http_status, std::string_view code);

// The kind of a final failure that came with an HTTP answer.
failure_kind classify_answer(unsigned http_status, std::string_view code);

// Full-jitter capped exponential backoff before the retry that follows failed attempt
// `failed_attempt` (1-based): min(random01 * 2^(failed_attempt-1) * base, max_backoff).
std::chrono::milliseconds backoff_delay(unsigned failed_attempt, std::chrono::milliseconds base,
                                        std::chrono::milliseconds max_backoff, double random01);
// A uniformly distributed number in [0, 1), from a per-thread generator.
double jitter();

// Standard mode's token bucket shared by every request of a client. A retry takes `retry_cost`
// (or `timeout_cost` after a timeout or a reset) tokens; a request that then succeeds returns
// them, a first-try success returns one. An empty bucket means: do not retry.
class retry_quota {
 public:
  static constexpr unsigned retry_cost = 5;
  static constexpr unsigned timeout_cost = 10;
  static constexpr unsigned no_retry_increment = 1;

  explicit retry_quota(unsigned capacity) : capacity_(capacity), available_(capacity) {}
  // Tokens taken for a retry, or 0 when the quota is exhausted. Always succeeds (taking nothing)
  // when the quota is disabled (capacity 0).
  bool acquire(bool after_timeout, unsigned& taken);
  // After a success: returns what the retries took, or no_retry_increment when none did.
  void release(unsigned taken);
  unsigned available() const;

 private:
  mutable std::mutex mutex_;
  unsigned capacity_;
  unsigned available_;
};

}  // namespace engine::client
