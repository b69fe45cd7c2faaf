#pragma once
// HTTP/1.1 over Boost.Beast, plain or TLS, with a keep-alive connection pool per host. Knows
// nothing of AWS: it sends a finished request and returns the response or a network failure.
// Thread-safe: a connection is used by one thread at a time, and at most max_connections per host
// are in use at once (further callers wait for one to come back).

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <system_error>

#include "engine/client/endpoints.hpp"
#include "mockaws/http/message.hpp"

namespace engine::client {

struct transport_options {
  std::chrono::milliseconds connect_timeout{10'000};
  std::chrono::milliseconds read_timeout{30'000};
  std::size_t max_response_bytes = 256u * 1024 * 1024;
  unsigned max_connections = 16;  // per host
  std::string ca_file;            // empty: the system's default CA paths
};

struct exchange_result {
  std::optional<mockaws::http::response> response;  // when the exchange completed
  // Otherwise what went wrong, naming the endpoint and the OS's words:
  // "cannot connect to http://127.0.0.1:9: Connection refused".
  std::string error;
  bool retryable = false;  // a network failure worth another try (refused, reset, timed out)
  bool timeout = false;    // the failure was a timeout or a reset (costs more retry quota)
  bool malformed = false;  // an answer, but not readable HTTP (or over max_response_bytes)
};

class http_transport {
 public:
  explicit http_transport(transport_options options);
  ~http_transport();
  http_transport(const http_transport&) = delete;
  http_transport& operator=(const http_transport&) = delete;

  // Sends `request` (which must carry its Host header) to the endpoint's address. Never throws
  // for network failures. A pooled connection the server closed while idle is replaced silently.
  exchange_result send(const endpoint& to, const mockaws::http::request& request);

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace engine::client
