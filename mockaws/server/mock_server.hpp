#pragma once
// mockaws in-process: serves a store over HTTP on loopback. Tests and the engine start one, read
// its endpoint, point a client at it, and stop it.
//
//   auto server = mockaws::server::mock_server(store);
//   if (auto ec = server.start()) ...;
//   client.set_endpoint(server.endpoint());   // "http://127.0.0.1:PORT"
//   server.stop();

#include <memory>
#include <string>
#include <system_error>

#include "mockaws/http/server.hpp"
#include "mockaws/server/authenticator.hpp"
#include "mockaws/server/dispatcher.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::server {

struct mock_options {
  http::server_options http;  // host 127.0.0.1, port 0, limits and timeouts
  auth_options auth;          // signature verification on by default
};

class mock_server {
 public:
  explicit mock_server(std::shared_ptr<const store::store> store, mock_options options = {});
  ~mock_server();
  mock_server(const mock_server&) = delete;
  mock_server& operator=(const mock_server&) = delete;

  std::error_code start();
  unsigned short port() const { return http_.port(); }
  std::string endpoint() const { return http_.endpoint(); }
  void stop() { http_.stop(); }
  void wait() { http_.wait(); }

 private:
  std::unique_ptr<dispatcher> dispatcher_;
  http::server http_;
};

}  // namespace mockaws::server
