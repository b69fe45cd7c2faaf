#pragma once
// Test support: a tiny HTTP server on 127.0.0.1:0 that answers from a script instead of serving
// AWS, to show how a client copes with failures the mock does not produce on demand: 503 then
// 200, throttling then success, a server that always fails, a connection dropped without an
// answer. It records every request it receives. It speaks HTTPS when given a certificate.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/http/message.hpp"
#include "tests/support/tls_identity.hpp"

namespace hipaasim::testing {

struct canned_response {
  unsigned status = 200;
  std::string body;
  mockaws::http::header_list headers;
  bool drop_connection = false;  // close the connection instead of answering
};

// Answers in JSON 1.0 (DynamoDB, KMS, CloudTrail): a body, or AWS's {"__type", "message"} error.
canned_response json_answer(std::string body);
canned_response json_error(unsigned status, std::string_view code, std::string_view message);
// Answers in the Query protocol's XML (IAM, RDS): AWS's <ErrorResponse>.
canned_response query_error(unsigned status, std::string_view code, std::string_view message);
canned_response dropped_connection();

class fault_server {
 public:
  // Answers the first requests with `script`, in order, and every later one with `then`; over
  // TLS with `tls`'s certificate when given.
  explicit fault_server(std::vector<canned_response> script, canned_response then = {},
                        const tls_identity* tls = nullptr);
  ~fault_server();
  fault_server(const fault_server&) = delete;
  fault_server& operator=(const fault_server&) = delete;

  std::string endpoint() const;  // "http://127.0.0.1:PORT" (https with TLS)
  std::size_t request_count() const;
  std::size_t connection_count() const;  // connections accepted
  std::vector<mockaws::http::request> requests() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// A loopback port nothing listens on: bound, then released.
unsigned short unused_port();

}  // namespace hipaasim::testing
