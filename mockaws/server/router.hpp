#pragma once
// Which service, protocol and region a request addresses. The SigV4 credential scope names the
// service (by signing name) and region; where several services share a signing name (elb/elbv2,
// s3/s3control), or a request carries no signature, the X-Amz-Target prefix, the Query Version
// or the URI template decides. S3 virtual-hosted requests are rewritten to path style first.

#include <optional>
#include <string>

#include "mockaws/http/message.hpp"
#include "mockaws/models/model_registry.hpp"
#include "mockaws/sigv4/sigv4.hpp"

namespace mockaws::server {

struct route {
  const models::service_model* service = nullptr;  // null: no service could be determined
  models::protocol protocol = models::protocol::json;  // for a null service: a best guess
  std::string region;
  std::string signing_name;  // what the request named, for messages
};

route resolve_route(const models::model_registry& registry, const http::request& request,
                    const sigv4::parse_result& auth);

// Turns "GET /key" on host "bucket.s3.amazonaws.com" (or "bucket.localhost") into
// "GET /bucket/key". Returns false when the host names no bucket.
bool rewrite_virtual_hosted_s3(http::request& request);

}  // namespace mockaws::server
