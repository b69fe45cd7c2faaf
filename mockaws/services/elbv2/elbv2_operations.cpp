// Application, Network and Gateway Load Balancers (Elastic Load Balancing v2, Query, API version
// 2015-12-01). It shares the signing name elasticloadbalancing with the classic elb; the router
// tells the two apart by Version.
//
// State (per region), as `aws elbv2 describe-load-balancers`, `describe-load-balancer-attributes`,
// `describe-listeners`, `describe-listener-certificates` and `describe-rules` print them:
//   elbv2:
//     LoadBalancers:
//       - LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188
//         LoadBalancerName: portal              # Type application, Scheme internet-facing by default
//         Attributes:                           # DescribeLoadBalancerAttributes: the keys stated
//           - {Key: deletion_protection.enabled, Value: "true"}   # override AWS's defaults
//         Listeners:                            # DescribeListeners (LoadBalancerArn filled in)
//           - ListenerArn: arn:aws:elasticloadbalancing:...:listener/app/portal/50dc6c495c0c9188/f2f7dc8efc522ab2
//             Protocol: HTTPS
//             Port: 443
//             Certificates:                     # all of them: DescribeListeners shows the default
//               - {CertificateArn: "arn:aws:acm:...", IsDefault: true}   # one only, as AWS does
//             DefaultActions: [{Type: forward, TargetGroupArn: ...}]
//             Rules:                            # DescribeRules; absent: the default rule only
//               - {RuleArn: ..., Priority: "10", Conditions: [...], Actions: [...]}
//
// The default rule (Priority "default", IsDefault true, the listener's DefaultActions) is derived
// when the scenario does not state it, as AWS always has one. A listener without a certificate
// marked IsDefault takes its first one as the default.

#include "mockaws/services/service_tables.hpp"

#include <algorithm>
#include <cstdio>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::elbv2 {

namespace {

// AWS's messages for unknown resources.
constexpr const char* missing_load_balancers = "One or more load balancers not found";
constexpr const char* missing_listeners = "One or more listeners not found";
constexpr const char* missing_rules = "One or more rules not found";

// AWS answers ValidationError (not in the model) for these argument combinations.
[[noreturn]] void validation_error(std::string message) {
  throw protocol::api_error("ValidationError", std::move(message), 400);
}

std::vector<std::string> strings_of(const json& input, std::string_view member) {
  std::vector<std::string> out;
  for (const auto& v : items(input, member))
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

// Every listener of the region, with the load balancer holding it.
struct listener_ref {
  const json* load_balancer;
  const json* listener;
};

std::vector<listener_ref> all_listeners(const call_context& c) {
  std::vector<listener_ref> out;
  for (const auto& lb : items(c.state(), "LoadBalancers"))
    for (const auto& listener : items(lb, "Listeners")) out.push_back({&lb, &listener});
  return out;
}

const listener_ref* find_listener(const std::vector<listener_ref>& listeners, const std::string& arn) {
  for (const auto& ref : listeners)
    if (string_at(*ref.listener, "ListenerArn") == arn) return &ref;
  return nullptr;
}

// The listener's certificates with IsDefault stated: the one marked, else the first.
json certificates_of(const json& listener) {
  json certificates = items(listener, "Certificates");
  bool marked = std::any_of(certificates.begin(), certificates.end(),
                            [](const json& cert) { return cert.value("IsDefault", false); });
  for (std::size_t i = 0; i < certificates.size(); ++i)
    certificates[i]["IsDefault"] = marked ? certificates[i].value("IsDefault", false) : i == 0;
  return certificates;
}

// A listener as DescribeListeners answers it: its load balancer's ARN, the default certificate
// only (without IsDefault), no rules.
json listener_view(const listener_ref& ref) {
  json out = *ref.listener;
  out.erase("Rules");
  out["LoadBalancerArn"] = string_at(*ref.load_balancer, "LoadBalancerArn");
  if (out.contains("Certificates")) {
    json shown = json::array();
    for (const auto& cert : certificates_of(*ref.listener))
      if (cert["IsDefault"] == true) shown.push_back({{"CertificateArn", string_at(cert, "CertificateArn")}});
    out["Certificates"] = std::move(shown);
  }
  return out;
}

// A stable 16-hex-digit suffix for a derived ARN (FNV-1a of the text).
std::string hex16(std::string_view text) {
  unsigned long long h = 1469598103934665603ull;
  for (unsigned char ch : text) h = (h ^ ch) * 1099511628211ull;
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", h);
  return buffer;
}

// The listener's rules as DescribeRules answers them: the stated ones, then the default rule
// when none of them is it (listener-rule/<listener path>/<16 hex digits>, as AWS forms it).
json rules_of(const json& listener) {
  json rules = items(listener, "Rules");
  for (auto& rule : rules) {
    if (!rule.contains("IsDefault")) rule["IsDefault"] = rule.value("Priority", "") == "default";
    if (!rule.contains("Conditions")) rule["Conditions"] = json::array();
  }
  bool has_default = std::any_of(rules.begin(), rules.end(), [](const json& r) { return r["IsDefault"] == true; });
  if (!has_default) {
    std::string arn = string_at(listener, "ListenerArn");
    auto at = arn.find(":listener/");
    std::string rule_arn = at == std::string::npos
                               ? arn + "/default"
                               : arn.substr(0, at) + ":listener-rule/" + arn.substr(at + 10) + "/" + hex16(arn);
    rules.push_back({{"RuleArn", rule_arn}, {"Priority", "default"}, {"Conditions", json::array()},
                     {"Actions", listener.value("DefaultActions", json::array())}, {"IsDefault", true}});
  }
  return rules;
}

const json* find_load_balancer(const call_context& c, const std::string& arn) {
  return find_item(items(c.state(), "LoadBalancers"), "LoadBalancerArn", arn);
}

// DescribeLoadBalancers: by ARN (LoadBalancerArns) or by name (Names), not both; any unknown one
// fails the call.
void check_load_balancer_selection(const call_context& c) {
  if (!items(c.input, "LoadBalancerArns").empty() && !items(c.input, "Names").empty())
    validation_error("Load balancer names and load balancer ARNs cannot be specified at the same time");
}

item_test names_filter(const call_context& c) {
  auto names = strings_of(c.input, "Names");
  if (names.empty()) return {};
  for (const auto& name : names)
    if (!find_item(items(c.state(), "LoadBalancers"), "LoadBalancerName", name))
      c.fail("LoadBalancerNotFoundException", missing_load_balancers);
  return [names](const json& lb) {
    return std::find(names.begin(), names.end(), string_at(lb, "LoadBalancerName")) != names.end();
  };
}

// AWS's attribute defaults for a load balancer of `type` and `scheme` (the API reference of
// LoadBalancerAttribute), in the order AWS lists them.
std::vector<std::pair<std::string, std::string>> default_attributes(const std::string& type, const std::string& scheme) {
  std::vector<std::pair<std::string, std::string>> out = {{"deletion_protection.enabled", "false"}};
  if (type == "application" || type == "network") {
    out.insert(out.end(), {{"access_logs.s3.enabled", "false"},
                           {"access_logs.s3.bucket", ""},
                           {"access_logs.s3.prefix", ""},
                           {"ipv6.deny_all_igw_traffic", scheme == "internal" ? "true" : "false"}});
  }
  if (type == "application") {
    out.insert(out.end(), {{"idle_timeout.timeout_seconds", "60"},
                           {"routing.http.desync_mitigation_mode", "defensive"},
                           {"routing.http.drop_invalid_header_fields.enabled", "false"},
                           {"routing.http.preserve_host_header.enabled", "false"},
                           {"routing.http.x_amzn_tls_version_and_cipher_suite.enabled", "false"},
                           {"routing.http.xff_client_port.enabled", "false"},
                           {"routing.http.xff_header_processing.mode", "append"},
                           {"routing.http2.enabled", "true"},
                           {"waf.fail_open.enabled", "false"}});
  }
  // Cross-zone load balancing is always on for ALBs, off by default for NLBs and GWLBs.
  out.push_back({"load_balancing.cross_zone.enabled", type == "application" ? "true" : "false"});
  return out;
}

// DescribeLoadBalancerAttributes: AWS's defaults for the type, overridden by the stated keys,
// then stated keys AWS has no default for.
json describe_load_balancer_attributes(const call_context& c) {
  const json* lb = find_load_balancer(c, c.input_string("LoadBalancerArn"));
  if (!lb) c.fail("LoadBalancerNotFoundException", missing_load_balancers);
  const json& stated = items(*lb, "Attributes");
  json out = json::array();
  auto defaults = default_attributes(lb->value("Type", "application"), lb->value("Scheme", "internet-facing"));
  for (const auto& [key, value] : defaults) {
    const json* given = find_item(stated, "Key", key);
    out.push_back({{"Key", key}, {"Value", given ? string_at(*given, "Value") : value}});
  }
  for (const auto& attribute : stated) {
    std::string key = string_at(attribute, "Key");
    bool known = std::any_of(defaults.begin(), defaults.end(), [&](const auto& d) { return d.first == key; });
    if (!known) out.push_back({{"Key", key}, {"Value", string_at(attribute, "Value")}});
  }
  return {{"Attributes", std::move(out)}};
}

// DescribeListeners: a load balancer's listeners, or the listeners named by ARN.
json describe_listeners(const call_context& c) {
  std::string lb_arn = c.input_string("LoadBalancerArn");
  auto arns = strings_of(c.input, "ListenerArns");
  if (lb_arn.empty() && arns.empty()) validation_error("You must specify either listener ARNs or a load balancer ARN");
  if (!lb_arn.empty() && !arns.empty())
    validation_error("Listener ARNs and a load balancer ARN cannot be specified at the same time");
  json out = json::array();
  if (!lb_arn.empty()) {
    const json* lb = find_load_balancer(c, lb_arn);
    if (!lb) c.fail("LoadBalancerNotFoundException", missing_load_balancers);
    for (const auto& listener : items(*lb, "Listeners")) out.push_back(listener_view({lb, &listener}));
    return {{"Listeners", std::move(out)}};
  }
  auto listeners = all_listeners(c);
  for (const auto& arn : arns) {
    const listener_ref* ref = find_listener(listeners, arn);
    if (!ref) c.fail("ListenerNotFoundException", missing_listeners);
    out.push_back(listener_view(*ref));
  }
  return {{"Listeners", std::move(out)}};
}

// DescribeListenerCertificates: every certificate of the listener, IsDefault stated.
json describe_listener_certificates(const call_context& c) {
  auto listeners = all_listeners(c);
  const listener_ref* ref = find_listener(listeners, c.input_string("ListenerArn"));
  if (!ref) c.fail("ListenerNotFoundException", missing_listeners);
  return {{"Certificates", certificates_of(*ref->listener)}};
}

// DescribeRules: a listener's rules, or the rules named by ARN (across the region's listeners).
json describe_rules(const call_context& c) {
  std::string listener_arn = c.input_string("ListenerArn");
  auto arns = strings_of(c.input, "RuleArns");
  if (listener_arn.empty() && arns.empty()) validation_error("You must specify either listener ARN or rule ARNs");
  if (!listener_arn.empty() && !arns.empty())
    validation_error("A listener ARN and rule ARNs cannot be specified at the same time");
  auto listeners = all_listeners(c);
  if (!listener_arn.empty()) {
    const listener_ref* ref = find_listener(listeners, listener_arn);
    if (!ref) c.fail("ListenerNotFoundException", missing_listeners);
    return {{"Rules", rules_of(*ref->listener)}};
  }
  json out = json::array();
  for (const auto& arn : arns) {
    const json* found = nullptr;
    json rules;
    for (const auto& ref : listeners) {
      rules = rules_of(*ref.listener);
      if ((found = find_item(rules, "RuleArn", arn))) break;
    }
    if (!found) c.fail("RuleNotFoundException", missing_rules);
    out.push_back(*found);
  }
  return {{"Rules", std::move(out)}};
}

}  // namespace

std::span<const operation_entry> operations() {
  // PageSize 1..400 (the model) for the paged calls; AWS documents no default page size: the
  // model's maximum is answered.
  static const operation_entry entries[] = {
      {"elbv2", "DescribeLoadBalancers",
       list_read{.collection = "LoadBalancers",
                 .ids = item_key{"LoadBalancerArns", {"LoadBalancerArn"}},
                 .unknown_id = not_found{"LoadBalancerNotFoundException", missing_load_balancers},
                 .filter = names_filter,
                 .check = check_load_balancer_selection},
       400},
      // Not paged: every attribute in one answer.
      {"elbv2", "DescribeLoadBalancerAttributes", describe_load_balancer_attributes},
      {"elbv2", "DescribeListeners", describe_listeners, 400},
      {"elbv2", "DescribeListenerCertificates", describe_listener_certificates, 400},
      {"elbv2", "DescribeRules", describe_rules, 400},
  };
  return entries;
}

}  // namespace mockaws::services::elbv2
