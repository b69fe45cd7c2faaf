// AWS WAF (WAFv2, JSON 1.1): web ACLs of both scopes, their logging configurations and the
// resources associated with them.
//
// State (per region), as `aws wafv2 get-web-acl` prints each web ACL:
//   wafv2:
//     WebACLs:
//       - Name: clinic-portal                  # Id, ARN (regional/webacl/...) derived at load
//         DefaultAction: {Allow: {}}
//         LoggingConfiguration:                # GetLoggingConfiguration; absent: logging off
//           LogDestinationConfigs: [arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-portal]
//         ResourceArns: [arn:aws:elasticloadbalancing:...:loadbalancer/app/portal/...]
//       - Name: clinic-cdn                     # a CLOUDFRONT web ACL: in us-east-1, with its
//         ARN: arn:aws:wafv2:us-east-1:123456789012:global/webacl/clinic-cdn/<id>   # global ARN
//
// The scope of a web ACL is its ARN's (global/webacl/ is CLOUDFRONT, regional/webacl/ REGIONAL),
// as AWS writes it. CLOUDFRONT is answered only in us-east-1, as AWS answers it; a CloudFront
// distribution names its web ACL itself (its WebACLId), so ResourceArns of a CLOUDFRONT web ACL
// stays empty. GetWebACLForResource answers the REGIONAL web ACL whose ResourceArns holds the
// resource: none when no web ACL does, WAFNonexistentItemException for a load balancer ARN the
// region has no load balancer of.
//
// Paging: the model names no paginator; ListWebACLs pages by Limit (1..100) and NextMarker
// (overlays.json), 100 a page when no Limit is given (AWS documents no default).

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::wafv2 {

namespace {

// AWS's own words (WAFNonexistentItemException, with its typographic apostrophes).
constexpr const char* nonexistent = "AWS WAF couldn\u2019t perform the operation because your resource doesn\u2019t exist.";

bool is_cloudfront(const json& acl) { return string_at(acl, "ARN").find(":global/webacl/") != std::string::npos; }

// Scope is required (the model) and must be one of the two; CLOUDFRONT only in us-east-1.
item_test scope_filter(const call_context& c) {
  std::string scope = c.input_string("Scope");
  if (scope != "REGIONAL" && scope != "CLOUDFRONT")
    c.fail("WAFInvalidParameterException", "Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: " + scope);
  if (scope == "CLOUDFRONT" && c.region != "us-east-1")
    c.fail("WAFInvalidParameterException", "Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: CLOUDFRONT");
  bool cloudfront = scope == "CLOUDFRONT";
  return [cloudfront](const json& acl) { return is_cloudfront(acl) == cloudfront; };
}

void check_arn(const call_context& c, const std::string& arn) {
  if (arn.rfind("arn:", 0) != 0 || std::count(arn.begin(), arn.end(), ':') < 5)
    c.fail("WAFInvalidParameterException",
           "Error reason: The ARN isn\u2019t valid. A valid ARN begins with arn: and includes other information "
           "separated by colons or slashes., field: RESOURCE_ARN, parameter: " + arn);
}

const json& web_acl(const call_context& c, const std::string& arn) {
  check_arn(c, arn);
  if (const json* acl = find_item(items(c.state(), "WebACLs"), "ARN", arn)) return *acl;
  c.fail("WAFNonexistentItemException", nonexistent);
}

// The logging configuration names its web ACL (ResourceArn), whether the scenario wrote it or not.
json get_logging_configuration(const call_context& c) {
  std::string arn = c.input_string("ResourceArn");
  const json& acl = web_acl(c, arn);
  const json* logging = member(acl, "LoggingConfiguration");
  if (!logging || !logging->is_object()) c.fail("WAFNonexistentItemException", nonexistent);
  json out = *logging;
  out["ResourceArn"] = arn;
  if (!out.contains("ManagedByFirewallManager")) out["ManagedByFirewallManager"] = false;
  return {{"LoggingConfiguration", std::move(out)}};
}

bool holds(const json& acl, const std::string& resource) {
  const json& arns = items(acl, "ResourceArns");
  return std::any_of(arns.begin(), arns.end(), [&](const json& a) { return a.is_string() && a == resource; });
}

json get_web_acl_for_resource(const call_context& c) {
  std::string resource = c.input_string("ResourceArn");
  check_arn(c, resource);
  for (const auto& acl : items(c.state(), "WebACLs"))
    if (!is_cloudfront(acl) && holds(acl, resource)) {
      json out = acl;
      out.erase("LoggingConfiguration");
      out.erase("ResourceArns");
      return {{"WebACL", std::move(out)}};
    }
  // Load balancers are the resources the scenario describes: an unknown one does not exist.
  if (resource.find(":elasticloadbalancing:") != std::string::npos &&
      !find_item(items(c.state_of("elbv2"), "LoadBalancers"), "LoadBalancerArn", resource))
    c.fail("WAFNonexistentItemException", nonexistent);
  return json::object();
}

// Which ResourceType an associated resource's ARN is (AWS's forms for each).
std::string resource_type_of(const std::string& arn) {
  if (arn.find(":elasticloadbalancing:") != std::string::npos && arn.find(":loadbalancer/app/") != std::string::npos)
    return "APPLICATION_LOAD_BALANCER";
  if (arn.find(":apigateway:") != std::string::npos) return "API_GATEWAY";
  if (arn.find(":appsync:") != std::string::npos) return "APPSYNC";
  if (arn.find(":cognito-idp:") != std::string::npos) return "COGNITO_USER_POOL";
  if (arn.find(":apprunner:") != std::string::npos) return "APP_RUNNER_SERVICE";
  if (arn.find(":verified-access-instance/") != std::string::npos) return "VERIFIED_ACCESS_INSTANCE";
  return "";
}

// The web ACL's resources of one type (ResourceType; AWS's default APPLICATION_LOAD_BALANCER).
json list_resources_for_web_acl(const call_context& c) {
  const json& acl = web_acl(c, c.input_string("WebACLArn"));
  std::string type = c.input_string("ResourceType");
  if (type.empty()) type = "APPLICATION_LOAD_BALANCER";
  json out = json::array();
  for (const auto& arn : items(acl, "ResourceArns"))
    if (arn.is_string() && resource_type_of(arn.get<std::string>()) == type) out.push_back(arn);
  return {{"ResourceArns", std::move(out)}};
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"wafv2", "ListWebACLs", list_read{.collection = "WebACLs", .filter = scope_filter}, 100},
      {"wafv2", "GetLoggingConfiguration", get_logging_configuration},
      {"wafv2", "GetWebACLForResource", get_web_acl_for_resource},
      {"wafv2", "ListResourcesForWebACL", list_resources_for_web_acl},
  };
  return entries;
}

}  // namespace mockaws::services::wafv2
