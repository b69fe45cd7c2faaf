#pragma once
// The mock's request pipeline, independent of the transport: route, authenticate, decode, run
// the handler, page, encode. Every failure becomes the addressed protocol's error envelope; this
// is the one boundary where api_error turns into HTTP.

#include <atomic>
#include <memory>
#include <string>

#include "mockaws/http/message.hpp"
#include "mockaws/http/server.hpp"
#include "mockaws/models/model_registry.hpp"
#include "mockaws/server/authenticator.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::server {

class dispatcher {
 public:
  dispatcher(std::shared_ptr<const store::store> store, auth_options auth);

  http::response handle(http::request request) const;
  // A request refused before its body was read (too large): answered in its protocol.
  http::response reject(const http::request& headers_only, http::rejection why) const;

 private:
  std::string next_request_id() const;

  std::shared_ptr<const store::store> store_;
  const models::model_registry& models_;
  auth_options auth_;
  mutable std::atomic<unsigned long long> request_counter_{0};
  unsigned long long request_id_seed_;
};

}  // namespace mockaws::server
