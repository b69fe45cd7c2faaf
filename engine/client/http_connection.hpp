#pragma once
// One HTTP/1.1 connection, plain TCP or TLS, driving its own io_context from the calling thread.
// Beast's timeouts only apply to asynchronous operations, so each step is started asynchronously
// and the io_context is run until it completes: a blocking call with a deadline. Used by one
// thread at a time (http_transport's pool sees to that).

#include <chrono>
#include <memory>
#include <optional>

#include <boost/asio/ssl/context.hpp>
#include <boost/system/error_code.hpp>

#include "engine/client/endpoints.hpp"
#include "engine/client/http_transport.hpp"
#include "mockaws/http/message.hpp"

namespace engine::client {

enum class failure_stage { none, resolve, connect, handshake, write, read };

struct io_outcome {
  std::optional<mockaws::http::response> response;
  failure_stage stage = failure_stage::none;
  boost::system::error_code error;
  bool response_started = false;  // some of the response had arrived when it failed
  bool keep_alive = false;        // the connection may carry another request
};

class http_connection {
 public:
  // `tls` is null for http; it must outlive the connection.
  http_connection(endpoint_url address, boost::asio::ssl::context* tls,
                  const transport_options& options);
  ~http_connection();
  http_connection(const http_connection&) = delete;
  http_connection& operator=(const http_connection&) = delete;

  // Resolves, connects and, for https, handshakes (verifying the certificate and host name).
  io_outcome open();
  // Writes the request and reads the whole response (bounded by max_response_bytes).
  io_outcome exchange(const mockaws::http::request& request);

  bool reused() const { return exchanges_ > 0; }
  std::chrono::steady_clock::time_point last_used() const { return last_used_; }

 private:
  struct streams;
  endpoint_url address_;
  boost::asio::ssl::context* tls_;
  transport_options options_;
  std::unique_ptr<streams> streams_;
  unsigned exchanges_ = 0;
  std::chrono::steady_clock::time_point last_used_;
};

}  // namespace engine::client
