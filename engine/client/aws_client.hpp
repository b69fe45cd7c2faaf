#pragma once
// The engine's AWS client: encodes a call with mockaws's codecs, signs it with SigV4, sends it over
// a pooled HTTP/HTTPS connection, decodes the answer, and retries what AWS's standard retry mode
// retries. It reads configuration; it never writes. Every call returns a call_result (never
// throws for anything the network or AWS does), so a failed read becomes an explicit state that
// rules turn into INSUFFICIENT_DATA.
//
//   engine::client::aws_client client({.endpoint_url = "http://127.0.0.1:4566"});
//   auto users = client.call_all_pages("iam", "ListUsers", json::object(), "us-east-1");
//   if (users.error) std::cerr << users.error->describe() << "\n";
//
// Thread-safe: any number of threads may call at once; submit() fans calls out on the client's
// own workers (max_connections of them).

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/client/credentials.hpp"
#include "engine/client/endpoints.hpp"
#include "mockaws/sigv4/sigv4.hpp"

namespace engine::client {

using json = nlohmann::json;

struct client_options {
  // "http://127.0.0.1:4566" or "https://host[:port]": every service is sent there, as with
  // AWS_ENDPOINT_URL. Unset: the real AWS endpoints (see endpoints.hpp).
  std::optional<std::string> endpoint_url;
  mockaws::sigv4::credentials credentials;
  // AWS standard retry mode: up to max_attempts tries per request, waiting
  // min(random[0,1) * 2^(attempt-1) * base_delay, max_backoff) between them.
  unsigned max_attempts = 3;
  std::chrono::milliseconds base_delay{1000};
  std::chrono::milliseconds max_backoff{20'000};
  // Standard mode's retry quota: a retry costs 5 tokens (10 after a timeout or reset), a success
  // gives them back; when it is empty requests are no longer retried, so an outage does not turn
  // into a retry storm. 0 disables the quota.
  unsigned retry_quota = 500;
  // Concurrent requests per host, and the number of workers behind submit().
  unsigned max_connections = 16;
  std::chrono::milliseconds connect_timeout{10'000};  // resolve, connect and TLS handshake
  std::chrono::milliseconds read_timeout{30'000};     // longest silence while sending or reading
  std::size_t max_response_bytes = 256u * 1024 * 1024;
  // PEM bundle of trusted CAs (AWS_CA_BUNDLE); empty: the system's default CA paths.
  std::string ca_file;
  // Signing time. Real time by default even when the scanned mock runs on a scenario clock:
  // the mock, like AWS, checks signatures against its own clock with 15 minutes' leeway.
  std::function<mockaws::sigv4::clock_time()> now;
  std::string user_agent = "hipaasim-engine/0.1";
};

// What a failure means to the caller; rules map these to annotations.
enum class failure_kind {
  access_denied,       // AccessDenied, UnauthorizedOperation, *NotAuthorized*, ...
  throttled,           // still throttled after the last retry
  not_implemented,     // the endpoint does not know the operation (UnknownOperationException, 501)
  not_found,           // *NotFound*, NoSuch*
  client_error,        // any other 4xx, or a call this client cannot make (unknown operation)
  server_error,        // 5xx after the last retry
  network,             // connection refused, reset, timed out, TLS failure
  malformed_response,  // an answer the codec cannot read, or paging that does not end
};
std::string_view failure_kind_name(failure_kind kind);

struct call_error {
  std::string code;        // AWS's code ("AccessDenied"), or this client's ("NetworkError")
  std::string message;
  unsigned http_status = 0;  // 0: no HTTP answer
  failure_kind kind = failure_kind::client_error;
  // Which call failed, for describe().
  std::string service;
  std::string operation;
  std::string region;

  // One line for a human: "iam:ListUsers in us-east-1: AccessDenied (403): User is not ..."
  std::string describe() const;
};

struct call_result {
  json output = json::object();  // the operation's output in the API's shape; paged: every page
  std::optional<call_error> error;
  unsigned attempts = 0;  // tries the retry policy made for the last request (1: no retry)
  unsigned requests = 0;  // HTTP requests sent for this result: retries, redirects and pages
  std::string request_id;  // of the last answer

  bool ok() const { return !error; }
};

struct client_stats {
  std::uint64_t requests = 0;          // HTTP requests sent
  std::uint64_t retries = 0;           // of which retries after a retryable failure
  std::uint64_t region_redirects = 0;  // S3 requests re-sent to the bucket's region
};

class aws_client {
 public:
  // Throws std::invalid_argument for an endpoint_url that is not http(s)://host[:port].
  explicit aws_client(client_options options = {});
  ~aws_client();  // finishes the calls already submitted
  aws_client(const aws_client&) = delete;
  aws_client& operator=(const aws_client&) = delete;

  // One operation (one request, plus retries and an S3 region redirect). `service_id` is the
  // botocore id ("iam", "s3", "elbv2"), `operation` the API name ("ListUsers").
  call_result call(std::string_view service_id, std::string_view operation, const json& input,
                   std::string_view region);
  // Every page of a paged operation, following its paginator from the model; the result lists
  // are concatenated and the paging tokens dropped. Operations without a paginator are one call.
  // On a failure the error is set and `output` holds the pages read before it.
  call_result call_all_pages(std::string_view service_id, std::string_view operation,
                             const json& input, std::string_view region);

  // The same, run on the client's workers: callers fan out many calls at once.
  std::future<call_result> submit(std::string service_id, std::string operation, json input,
                                  std::string region);
  std::future<call_result> submit_all_pages(std::string service_id, std::string operation,
                                            json input, std::string region);

  client_stats stats() const;
  const client_options& options() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace engine::client
