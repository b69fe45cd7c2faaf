#include "mockaws/server/router.hpp"

#include "mockaws/protocol/codec.hpp"
#include "mockaws/protocol/query_request.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::server {

namespace {

using wire = models::protocol;

std::string_view host_without_port(const http::request& request) {
  std::string_view host = request.header("host");
  if (!host.empty() && host.front() == '[') return host.substr(0, host.find(']') + 1);
  return host.substr(0, host.find(':'));
}

// "ec2.us-west-2.amazonaws.com" -> ("ec2", "us-west-2"); "iam.amazonaws.com" -> ("iam", "").
std::pair<std::string, std::string> service_and_region_from_host(std::string_view host) {
  auto suffix = host.find(".amazonaws.com");
  if (suffix == std::string_view::npos) return {};
  std::string_view labels = host.substr(0, suffix);
  auto dot = labels.find('.');
  if (dot == std::string_view::npos) return {std::string(labels), {}};
  return {std::string(labels.substr(0, dot)), std::string(labels.substr(dot + 1))};
}

// A guess at the protocol of a request no service claims, so its error is at least in a shape
// the client can read.
wire guess_protocol(const http::request& request) {
  if (request.has_header("x-amz-target")) return wire::json;
  if (!mockaws::protocol::peek_param(request, "Action").empty()) return wire::query;
  return wire::rest_json;
}

// Among services sharing a signing name, the one (and its protocol) the request is addressed to.
std::optional<std::pair<const models::service_model*, wire>> pick(
    const std::vector<const models::service_model*>& candidates, const http::request& request) {
  for (const auto* service : candidates)
    for (wire p : service->protocols())
      if (mockaws::protocol::codec_for(p).addressed_to(*service, request)) return std::pair(service, p);
  return std::nullopt;
}

std::vector<const models::service_model*> candidates_without_signature(
    const models::model_registry& registry, const http::request& request) {
  if (auto target = request.header("x-amz-target"); !target.empty()) {
    if (const auto* s = registry.by_target_prefix(target.substr(0, target.rfind('.')))) return {s};
  }
  auto [host_service, region] = service_and_region_from_host(host_without_port(request));
  if (!host_service.empty()) {
    const auto& by_name = registry.by_signing_name(host_service);
    if (!by_name.empty()) return by_name;
    if (host_service.find("s3") == 0) return registry.by_signing_name("s3");
  }
  // An unsigned Query call on a bare endpoint: any service that knows this Action and Version.
  std::vector<const models::service_model*> out;
  std::string action = mockaws::protocol::peek_param(request, "Action");
  if (!action.empty())
    for (const auto* s : registry.all())
      if (s->find_operation(action)) out.push_back(s);
  return out;
}

}  // namespace

bool rewrite_virtual_hosted_s3(http::request& request) {
  std::string_view host = host_without_port(request);
  std::string bucket;
  if (auto s3 = host.find(".s3."); s3 != std::string_view::npos && s3 > 0) {
    bucket = std::string(host.substr(0, s3));
  } else if (auto s3_dash = host.find(".s3-"); s3_dash != std::string_view::npos && s3_dash > 0) {
    bucket = std::string(host.substr(0, s3_dash));
  } else if (host.size() > 10 && host.substr(host.size() - 10) == ".localhost") {
    bucket = std::string(host.substr(0, host.size() - 10));
  }
  if (bucket.empty()) return false;
  std::string_view path = request.path();
  std::string rest = request.target.substr(path.size());  // "?query" or ""
  request.target = "/" + bucket + (path == "/" ? std::string() : std::string(path)) + rest;
  return true;
}

route resolve_route(const models::model_registry& registry, const http::request& request,
                    const sigv4::parse_result& auth) {
  route r;
  std::vector<const models::service_model*> candidates;
  if (auth.status == sigv4::parse_status::ok) {
    r.signing_name = auth.auth.scope.service;
    r.region = auth.auth.scope.region;
    candidates = registry.by_signing_name(r.signing_name);
  } else {
    candidates = candidates_without_signature(registry, request);
    auto [host_service, host_region] = service_and_region_from_host(host_without_port(request));
    r.signing_name = host_service;
    r.region = host_region;
  }
  if (r.region.empty()) r.region = std::string(store::default_region);

  if (candidates.size() == 1 && candidates.front()->protocols().size() == 1) {
    r.service = candidates.front();
    r.protocol = r.service->primary_protocol();
    return r;
  }
  if (auto picked = pick(candidates, request)) {
    r.service = picked->first;
    r.protocol = picked->second;
    return r;
  }
  if (!candidates.empty()) {
    // Nothing matched exactly; let the first candidate's codec report what is wrong.
    r.service = candidates.front();
    r.protocol = r.service->primary_protocol();
    if (r.service->speaks(wire::json) && request.has_header("x-amz-target"))
      r.protocol = wire::json;
    return r;
  }
  r.protocol = guess_protocol(request);
  return r;
}

}  // namespace mockaws::server
