// AWS WAF Classic Regional (`waf-regional`, JSON 1.1): web ACLs and the resources (Application
// Load Balancers, API Gateway stages) associated with them.
//
// State (per region), as `aws waf-regional list-web-acls` prints each web ACL:
//   waf-regional:
//     WebACLs:
//       - Name: legacy-portal                  # WebACLId derived at load
//         ResourceArns: [arn:aws:elasticloadbalancing:...:loadbalancer/app/portal/...]
//
// GetWebACLForResource answers the summary of the web ACL whose ResourceArns holds the resource:
// none when no web ACL does, WAFNonexistentItemException for a load balancer ARN the region has
// no load balancer of. Paging: the model names no paginator; ListWebACLs pages by Limit and
// NextMarker (overlays.json), 100 a page when no Limit is given.

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::waf_regional {

namespace {

// WAF Classic's own words for an unknown item.
constexpr const char* nonexistent = "The referenced item does not exist.";

bool holds(const json& acl, const std::string& resource) {
  const json& arns = items(acl, "ResourceArns");
  return std::any_of(arns.begin(), arns.end(), [&](const json& a) { return a.is_string() && a == resource; });
}

json get_web_acl_for_resource(const call_context& c) {
  std::string resource = c.input_string("ResourceArn");
  if (resource.rfind("arn:", 0) != 0) c.fail("WAFInvalidParameterException", "The ARN is not valid: " + resource);
  for (const auto& acl : items(c.state(), "WebACLs"))
    if (holds(acl, resource))
      return {{"WebACLSummary", {{"WebACLId", string_at(acl, "WebACLId")}, {"Name", string_at(acl, "Name")}}}};
  if (resource.find(":elasticloadbalancing:") != std::string::npos &&
      !find_item(items(c.state_of("elbv2"), "LoadBalancers"), "LoadBalancerArn", resource))
    c.fail("WAFNonexistentItemException", nonexistent);
  return json::object();
}

// The web ACL's resources of one type (ResourceType: APPLICATION_LOAD_BALANCER, AWS's default,
// or API_GATEWAY).
json list_resources_for_web_acl(const call_context& c) {
  const json* acl = find_item(items(c.state(), "WebACLs"), "WebACLId", c.input_string("WebACLId"));
  if (!acl) c.fail("WAFNonexistentItemException", nonexistent);
  std::string type = c.input_string("ResourceType");
  bool gateway = type == "API_GATEWAY";
  json out = json::array();
  for (const auto& arn : items(*acl, "ResourceArns")) {
    if (!arn.is_string()) continue;
    bool is_gateway = arn.get<std::string>().find(":apigateway:") != std::string::npos;
    if (is_gateway == gateway) out.push_back(arn);
  }
  return {{"ResourceArns", std::move(out)}};
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"waf-regional", "ListWebACLs", list_read{.collection = "WebACLs"}, 100},
      {"waf-regional", "GetWebACLForResource", get_web_acl_for_resource},
      {"waf-regional", "ListResourcesForWebACL", list_resources_for_web_acl},
  };
  return entries;
}

}  // namespace mockaws::services::waf_regional
