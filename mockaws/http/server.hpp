#pragma once
// The HTTP/1.1 transport: a Boost.Beast server on loopback. It knows nothing of AWS; it reads
// requests within bounds, hands each complete one to a handler, and writes the answer back.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <system_error>

#include "mockaws/http/message.hpp"

namespace mockaws::http {

struct server_options {
  std::string host = "127.0.0.1";
  unsigned short port = 0;              // 0: the kernel picks a free port; see server::port()
  unsigned threads = 0;                 // I/O threads; 0: one per hardware thread
  std::size_t max_header_bytes = 16 * 1024;
  std::size_t max_body_bytes = 8 * 1024 * 1024;
  // Longest wait for the rest of a request once its first byte arrived (headers and body).
  std::chrono::milliseconds read_timeout{30'000};
  // Longest wait on a keep-alive connection for the next request to begin.
  std::chrono::milliseconds idle_timeout{60'000};
};

// Why a request was refused before its body was read.
enum class rejection { body_too_large };

// Called on an I/O thread for each complete request. It must not throw; if it does, the
// transport answers 500 with an empty body and keeps the connection.
using request_handler = std::function<response(request&&)>;

// Called when a request's headers arrived but the request cannot be accepted (its body is over
// max_body_bytes). `headers_only` has method, target and headers but no body. The answer is sent
// and the connection is then closed, because the unread body is still in flight.
using rejection_handler = std::function<response(const request& headers_only, rejection)>;

class server {
 public:
  server(server_options options, request_handler on_request, rejection_handler on_rejection);
  ~server();  // stops if still running
  server(const server&) = delete;
  server& operator=(const server&) = delete;

  // Binds and listens, then serves on background threads. Returns the bind/listen error, if any.
  std::error_code start();
  // The port actually bound (meaningful after a successful start()).
  unsigned short port() const;
  // "http://HOST:PORT".
  std::string endpoint() const;

  // Graceful stop: stops accepting, lets requests being handled finish and their responses be
  // written, closes idle connections, and joins the I/O threads. Idempotent; safe from any thread
  // except an I/O thread of this server.
  void stop();
  // Blocks until stop() has completed (from another thread or a signal handler's callback).
  void wait();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace mockaws::http
