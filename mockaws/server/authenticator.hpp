#pragma once
// Verifies a request's SigV4 signature against the credentials the store holds, and answers a
// failure the way the addressed service does. AWS's services disagree on codes and statuses for
// the same failure; the table in authenticator.cpp lists each family's, and
// tests/mockaws/server/authentication_test.cpp pins them.

#include <optional>

#include "mockaws/http/message.hpp"
#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/api_error.hpp"
#include "mockaws/sigv4/sigv4.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::server {

struct auth_options {
  bool verify_signatures = true;  // off: any or no signature is accepted
  bool check_clock_skew = true;   // reject requests dated more than 15 minutes off
};

struct auth_result {
  const store::credential* credential = nullptr;  // null when unsigned and verification is off
  std::optional<protocol::api_error> error;
};

auth_result authenticate(const http::request& request, const sigv4::parse_result& auth,
                         const models::service_model* service, models::protocol p,
                         const store::store& store, const auth_options& options);

}  // namespace mockaws::server
