#include "engine/client/retry.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace engine::client {

namespace {

// botocore's retries/standard.py and the SDKs' shared retry specification.
constexpr std::array throttling_codes{
    std::string_view("Throttling"),
    std::string_view("ThrottlingException"),
    std::string_view("ThrottledException"),
    std::string_view("RequestThrottledException"),
    std::string_view("TooManyRequestsException"),
    std::string_view("ProvisionedThroughputExceededException"),
    std::string_view("TransactionInProgressException"),
    std::string_view("RequestLimitExceeded"),
    std::string_view("BandwidthLimitExceeded"),
    std::string_view("LimitExceededException"),
    std::string_view("RequestThrottled"),
    std::string_view("SlowDown"),
    std::string_view("PriorRequestNotComplete"),
    std::string_view("EC2ThrottledException"),
};

constexpr std::array transient_codes{
    std::string_view("RequestTimeout"),
    std::string_view("RequestTimeoutException"),
    std::string_view("PriorRequestNotComplete"),
    std::string_view("InternalError"),
    std::string_view("InternalFailure"),
    std::string_view("ServiceUnavailable"),
};

template <std::size_t n>
bool contains(const std::array<std::string_view, n>& list, std::string_view code) {
  return std::find(list.begin(), list.end(), code) != list.end();
}

bool contains_text(std::string_view code, std::string_view part) {
  return code.find(part) != std::string_view::npos;
}

}  // namespace

bool is_throttling_code(std::string_view code) { return contains(throttling_codes, code); }

bool is_transient_code(std::string_view code) { return contains(transient_codes, code); }

bool retryable_answer(unsigned http_status, std::string_view code) {
  if (is_throttling_code(code) || is_transient_code(code)) return true;
  return http_status == 429 || http_status == 500 || http_status == 502 || http_status == 503 ||
         http_status == 504;
}

failure_kind classify_answer(unsigned http_status, std::string_view code) {
  if (code == "MalformedResponse" && http_status < 300) return failure_kind::malformed_response;
  if (http_status == 501 || code == "UnknownOperationException" || code == "InvalidAction" ||
      code == "NotImplemented")
    return failure_kind::not_implemented;
  if (code == "AccessDenied" || code == "AccessDeniedException" ||
      code == "UnauthorizedOperation" || code == "AuthorizationError" || code == "Forbidden" ||
      contains_text(code, "NotAuthorized"))
    return failure_kind::access_denied;
  // Before the 5xx test: S3 throttles with 503 SlowDown.
  if (is_throttling_code(code) || http_status == 429) return failure_kind::throttled;
  if (contains_text(code, "NotFound") || code.substr(0, 6) == "NoSuch")
    return failure_kind::not_found;
  if (http_status >= 500) return failure_kind::server_error;
  return failure_kind::client_error;
}

std::chrono::milliseconds backoff_delay(unsigned failed_attempt, std::chrono::milliseconds base,
                                        std::chrono::milliseconds max_backoff, double random01) {
  // Capped before multiplying by the jitter, so a long outage cannot overflow the exponent.
  const double exponent = std::min(failed_attempt == 0 ? 0u : failed_attempt - 1, 30u);
  const double ceiling = std::min(std::ldexp(static_cast<double>(base.count()), static_cast<int>(exponent)),
                                  static_cast<double>(max_backoff.count()));
  return std::chrono::milliseconds(static_cast<long long>(random01 * ceiling));
}

double jitter() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  return std::uniform_real_distribution<double>(0.0, 1.0)(generator);
}

bool retry_quota::acquire(bool after_timeout, unsigned& taken) {
  taken = 0;
  if (capacity_ == 0) return true;
  const unsigned cost = after_timeout ? timeout_cost : retry_cost;
  std::lock_guard lock(mutex_);
  if (available_ < cost) return false;
  available_ -= cost;
  taken = cost;
  return true;
}

void retry_quota::release(unsigned taken) {
  if (capacity_ == 0) return;
  std::lock_guard lock(mutex_);
  available_ = std::min(capacity_, available_ + (taken ? taken : no_retry_increment));
}

unsigned retry_quota::available() const {
  std::lock_guard lock(mutex_);
  return available_;
}

}  // namespace engine::client
