#include "mockaws/server/mock_server.hpp"

namespace mockaws::server {

mock_server::mock_server(std::shared_ptr<const store::store> store, mock_options options)
    : dispatcher_(std::make_unique<dispatcher>(std::move(store), options.auth)),
      http_(
          options.http,
          [d = dispatcher_.get()](http::request&& request) { return d->handle(std::move(request)); },
          [d = dispatcher_.get()](const http::request& headers, http::rejection why) {
            return d->reject(headers, why);
          }) {}

mock_server::~mock_server() { http_.stop(); }

std::error_code mock_server::start() { return http_.start(); }

}  // namespace mockaws::server
