// Classic Load Balancers (Elastic Load Balancing, Query, API version 2012-06-01). It shares the
// signing name elasticloadbalancing with elbv2; the router tells the two apart by Version.
//
// State (per region), as `aws elb describe-load-balancers`, `describe-load-balancer-attributes`
// and `describe-load-balancer-policies --load-balancer-name` print them:
//   elb:
//     LoadBalancerDescriptions:
//       - LoadBalancerName: portal-classic
//         ListenerDescriptions:
//           - Listener: {Protocol: HTTPS, LoadBalancerPort: 443, InstanceProtocol: HTTP,
//                        InstancePort: 80, SSLCertificateId: "arn:aws:acm:...:certificate/..."}
//             PolicyNames: [portal-tls]
//         LoadBalancerAttributes:           # DescribeLoadBalancerAttributes; members left out
//           AccessLog: {Enabled: true, S3BucketName: clinic-elb-logs}   # read as AWS's
//           CrossZoneLoadBalancing: {Enabled: true}                     # defaults (schema)
//         PolicyDescriptions:               # DescribeLoadBalancerPolicies(LoadBalancerName)
//           - PolicyName: portal-tls
//             PolicyTypeName: SSLNegotiationPolicyType
//             PolicyAttributeDescriptions:
//               - {AttributeName: Reference-Security-Policy,
//                  AttributeValue: ELBSecurityPolicy-TLS-1-2-2017-01}
//
// A load balancer's attributes absent read as those of one created through the API (cross-zone
// off, access logs off: the schema's `absent:`). DescribeLoadBalancerPolicies without a load
// balancer answers AWS's predefined SSL negotiation policies by name (their protocol and cipher
// attributes are not modelled: no rule reads them there).

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::elb {

namespace {

// AWS's message for an unknown name (LoadBalancerNotFound, the AccessPointNotFoundException shape).
constexpr std::string_view missing_load_balancer = "There is no ACTIVE Load Balancer named '{id}'";

// The predefined policies AWS lists for DescribeLoadBalancerPolicies without a load balancer
// name (the current and the older reference security policies).
constexpr std::string_view predefined_policies[] = {
    "ELBSecurityPolicy-2016-08",          "ELBSecurityPolicy-TLS-1-2-2017-01",
    "ELBSecurityPolicy-TLS-1-1-2017-01",  "ELBSecurityPolicy-2015-05",
    "ELBSecurityPolicy-2015-03",          "ELBSecurityPolicy-2015-02",
    "ELBSecurityPolicy-2014-10",          "ELBSecurityPolicy-2014-01",
    "ELBSecurityPolicy-2011-08",          "ELBSample-ELBDefaultCipherPolicy",
    "ELBSample-OpenSSLDefaultCipherPolicy",
};

json predefined_policy_list() {
  json out = json::array();
  for (auto name : predefined_policies)
    out.push_back({{"PolicyName", name}, {"PolicyTypeName", "SSLNegotiationPolicyType"},
                   {"PolicyAttributeDescriptions", json::array()}});
  return out;
}

// DescribeLoadBalancerPolicies: the policies of the named load balancer (LoadBalancerNotFound
// when it does not exist), or the predefined ones without a name; PolicyNames narrows them, an
// unknown one failing with PolicyNotFound.
json describe_load_balancer_policies(const call_context& c) {
  std::string name = c.input_string("LoadBalancerName");
  json policies;
  if (name.empty()) {
    policies = predefined_policy_list();
  } else {
    const json* lb = find_item(items(c.state(), "LoadBalancerDescriptions"), "LoadBalancerName", name);
    if (!lb) c.fail("AccessPointNotFoundException", "There is no ACTIVE Load Balancer named '" + name + "'");
    policies = items(*lb, "PolicyDescriptions");
  }
  json wanted = c.input.value("PolicyNames", json::array());
  if (wanted.empty()) return {{"PolicyDescriptions", policies}};
  json out = json::array();
  for (const auto& policy_name : wanted) {
    std::string text = policy_name.is_string() ? policy_name.get<std::string>() : policy_name.dump();
    const json* policy = find_item(policies, "PolicyName", text);
    if (!policy)
      c.fail("PolicyNotFoundException", name.empty() ? "There is no policy with name " + text
                                                     : "There is no policy with name " + text +
                                                           " for load balancer " + name);
    out.push_back(*policy);
  }
  return {{"PolicyDescriptions", std::move(out)}};
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // PageSize 1..400, 400 when not given (the API reference); names select, an unknown one
      // is LoadBalancerNotFound.
      {"elb", "DescribeLoadBalancers",
       list_read{.collection = "LoadBalancerDescriptions",
                 .ids = item_key{"LoadBalancerNames", {"LoadBalancerName"}},
                 .unknown_id = not_found{"AccessPointNotFoundException", missing_load_balancer}},
       400},
      {"elb", "DescribeLoadBalancerAttributes",
       sub_document_read{.collection = "LoadBalancerDescriptions",
                         .key = {"LoadBalancerName", {"LoadBalancerName"}},
                         .missing = {"AccessPointNotFoundException", missing_load_balancer},
                         .document = "LoadBalancerAttributes",
                         .output = "LoadBalancerAttributes"}},
      // Not paged (no paginator, no limit member).
      {"elb", "DescribeLoadBalancerPolicies", describe_load_balancer_policies},
  };
  return entries;
}

}  // namespace mockaws::services::elb
