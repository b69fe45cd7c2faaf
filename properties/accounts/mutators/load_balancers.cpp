// Mutators of the load balancers: the five classic rules, ELB_LOGGING_ENABLED over both kinds,
// the three ELBv2 rules and ALB_WAF_ENABLED. Each change breaks exactly its rule: an added HTTP or TCP listener
// takes no certificate and no SSL policy, an IAM certificate keeps its listener on TLS.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

constexpr const char* classic_type = "AWS::ElasticLoadBalancing::LoadBalancer";
constexpr const char* v2_type = "AWS::ElasticLoadBalancingV2::LoadBalancer";

std::string iam_certificate(const std::string& region_arn_source, const std::string& name) {
  // arn:aws:elasticloadbalancing:<region>:<account>:... or an ACM ARN: the account is field 4.
  std::size_t at = 0;
  for (int colons = 0; colons < 4 && at != std::string::npos; ++colons) at = region_arn_source.find(':', at + 1);
  std::size_t end = region_arn_source.find(':', at + 1);
  std::string account = region_arn_source.substr(at + 1, end - at - 1);
  return "arn:aws:iam::" + account + ":server-certificate/" + name;
}

std::optional<mutation> classic_plain_listener(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto lbs = items_of(doc, classic_type);
  if (lbs.empty()) return std::nullopt;
  auto [region, lb, identity] = lbs[target % lbs.size()];
  const char* protocol = degree % 2 ? "TCP" : "HTTP";
  (*lb)["ListenerDescriptions"].push_back(
      {{"Listener", {{"Protocol", protocol}, {"LoadBalancerPort", 8080}, {"InstanceProtocol", protocol}, {"InstancePort", 8080}}},
       {"PolicyNames", json::array()}});
  return mutation{"classic_plain_listener", "classic load balancer " + identity + " (" + region + "): a " + protocol + " listener added",
                  {{"ELB_TLS_HTTPS_LISTENERS_ONLY", identity, region, "a listener without TLS"}}, std::nullopt};
}

std::optional<mutation> classic_iam_certificate(json& doc, std::uint64_t target, std::uint64_t) {
  auto lbs = items_of(doc, classic_type);
  if (lbs.empty()) return std::nullopt;
  auto [region, lb, identity] = lbs[target % lbs.size()];
  json& listener = (*lb)["ListenerDescriptions"][0]["Listener"];
  listener["SSLCertificateId"] = iam_certificate(listener.value("SSLCertificateId", ""), identity + "-legacy");
  return mutation{"classic_iam_certificate", "classic load balancer " + identity + " (" + region + "): an IAM server certificate",
                  {{"ELB_ACM_CERTIFICATE_REQUIRED", identity, region, "a certificate not from ACM"}}, std::nullopt};
}

// Cross-zone turned off (degree 0) or never set (odd degrees: AWS's API default, off).
std::optional<mutation> classic_cross_zone_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto lbs = items_of(doc, classic_type);
  if (lbs.empty()) return std::nullopt;
  auto [region, lb, identity] = lbs[target % lbs.size()];
  json& attributes = (*lb)["LoadBalancerAttributes"];
  if (degree % 2) attributes.erase("CrossZoneLoadBalancing");
  else attributes["CrossZoneLoadBalancing"] = {{"Enabled", false}};
  return mutation{"classic_cross_zone_off", "classic load balancer " + identity + " (" + region + "): cross-zone off",
                  {{"ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED", identity, region, "cross-zone load balancing disabled"}},
                  std::nullopt};
}

// The negotiation policy of the listeners: the older predefined 2016 policy (degree 0) or a
// custom one listing its protocols itself (odd degrees).
std::optional<mutation> classic_weak_tls_policy(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto lbs = items_of(doc, classic_type);
  if (lbs.empty()) return std::nullopt;
  auto [region, lb, identity] = lbs[target % lbs.size()];
  json& policy = (*lb)["PolicyDescriptions"][0];
  policy["PolicyAttributeDescriptions"] =
      degree % 2 ? json::array({{{"AttributeName", "Protocol-TLSv1"}, {"AttributeValue", "true"}},
                                {{"AttributeName", "Protocol-TLSv1.2"}, {"AttributeValue", "true"}}})
                 : json::array({{{"AttributeName", "Reference-Security-Policy"}, {"AttributeValue", "ELBSecurityPolicy-2016-08"}}});
  return mutation{"classic_weak_tls_policy", "classic load balancer " + identity + " (" + region + "): another TLS policy",
                  {{"ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK", identity, region, "not the pack's predefined policy"}},
                  std::nullopt};
}

// Access logs off on a classic load balancer or an ALB: stated false (even degrees) or the
// setting removed (odd: AWS's default, off).
std::optional<mutation> access_logs_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto lbs = items_of(doc, classic_type);
  auto albs = items_of(doc, v2_type);
  lbs.insert(lbs.end(), albs.begin(), albs.end());
  if (lbs.empty()) return std::nullopt;
  auto [region, lb, identity] = lbs[target % lbs.size()];
  if (lb->contains("LoadBalancerAttributes")) {
    json& attributes = (*lb)["LoadBalancerAttributes"];
    if (degree % 2) attributes.erase("AccessLog");
    else attributes["AccessLog"] = {{"Enabled", false}};
  } else {
    json kept = json::array();
    for (const auto& a : (*lb)["Attributes"])
      if (a.value("Key", "").rfind("access_logs.", 0) != 0) kept.push_back(a);
    if (degree % 2 == 0) kept.push_back({{"Key", "access_logs.s3.enabled"}, {"Value", "false"}});
    (*lb)["Attributes"] = kept;
  }
  return mutation{"access_logs_off", "load balancer " + identity + " (" + region + "): access logs off",
                  {{"ELB_LOGGING_ENABLED", identity, region, "access logging disabled"}}, std::nullopt};
}

std::optional<mutation> deletion_protection_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto albs = items_of(doc, v2_type);
  if (albs.empty()) return std::nullopt;
  auto [region, lb, identity] = albs[target % albs.size()];
  json kept = json::array();
  for (const auto& a : (*lb)["Attributes"])
    if (a.value("Key", "") != "deletion_protection.enabled") kept.push_back(a);
  if (degree % 2 == 0) kept.push_back({{"Key", "deletion_protection.enabled"}, {"Value", "false"}});
  (*lb)["Attributes"] = kept;
  return mutation{"deletion_protection_off", "load balancer " + identity + " (" + region + "): deletion protection off",
                  {{"ELB_DELETION_PROTECTION_ENABLED", identity, region, "deletion protection disabled"}}, std::nullopt};
}

// An HTTP listener that serves instead of redirecting: the redirect listener forwards (even
// degrees) or keeps the request's protocol (odd), or, without one, a forwarding HTTP listener.
std::optional<mutation> http_not_redirected(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto albs = items_of(doc, v2_type);
  if (albs.empty()) return std::nullopt;
  auto [region, lb, identity] = albs[target % albs.size()];
  json& listeners = (*lb)["Listeners"];
  json forward = listeners[0]["DefaultActions"];
  json* http = nullptr;
  for (auto& l : listeners)
    if (l.value("Protocol", "") == "HTTP") http = &l;
  if (!http) {
    std::string arn = listeners[0].value("ListenerArn", "");
    listeners.push_back({{"ListenerArn", arn.substr(0, arn.size() - 4) + "8080"}, {"Protocol", "HTTP"}, {"Port", 8080},
                         {"DefaultActions", forward}});
  } else if (degree % 2) {
    (*http)["DefaultActions"] =
        json::array({{{"Type", "redirect"}, {"RedirectConfig", {{"Port", "8443"}, {"StatusCode", "HTTP_302"}}}}});
  } else {
    (*http)["DefaultActions"] = forward;
  }
  return mutation{"http_not_redirected", "load balancer " + identity + " (" + region + "): HTTP served, not redirected",
                  {{"ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", identity, region, "an HTTP listener without a redirect to HTTPS"}},
                  std::nullopt};
}

// An IAM server certificate on the HTTPS listener: its default one (even degrees) or an extra
// one only DescribeListenerCertificates shows (odd).
std::optional<mutation> listener_iam_certificate(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto albs = items_of(doc, v2_type);
  if (albs.empty()) return std::nullopt;
  auto [region, lb, identity] = albs[target % albs.size()];
  json& certificates = (*lb)["Listeners"][0]["Certificates"];
  std::string iam = iam_certificate(identity, (*lb).value("LoadBalancerName", "lb") + "-legacy");
  if (degree % 2) certificates.push_back({{"CertificateArn", iam}});
  else certificates[0]["CertificateArn"] = iam;
  return mutation{"listener_iam_certificate", "load balancer " + identity + " (" + region + "): an IAM server certificate",
                  {{"ELBV2_ACM_CERTIFICATE_REQUIRED", identity, region, "a listener certificate not from ACM"}}, std::nullopt};
}

// The ALB left without its web ACL: the ARN taken out of the ResourceArns of whichever web ACL,
// WAFv2 or WAF Classic Regional, holds it (the web ACL itself stays, so WAFV2_LOGGING_ENABLED
// still finds it logging).
std::optional<mutation> alb_web_acl_removed(json& doc, std::uint64_t target, std::uint64_t) {
  auto albs = items_of(doc, v2_type);
  if (albs.empty()) return std::nullopt;
  auto [region, lb, identity] = albs[target % albs.size()];
  std::string lb_arn = lb->value("LoadBalancerArn", ""), lb_region = region;
  auto unprotect = [&lb_arn, &lb_region](const std::string& where, json& acl) {
    if (where != lb_region || !acl.contains("ResourceArns")) return;
    json kept = json::array();
    for (const auto& arn : acl["ResourceArns"])
      if (arn != lb_arn) kept.push_back(arn);
    acl["ResourceArns"] = kept;
  };
  for_each_item(doc, "wafv2", "WebACLs", unprotect);
  for_each_item(doc, "waf-regional", "WebACLs", unprotect);
  return mutation{"alb_web_acl_removed", "load balancer " + identity + " (" + region + "): no web ACL",
                  {{"ALB_WAF_ENABLED", identity, region, "no web ACL protects the ALB"}}, std::nullopt};
}

}  // namespace

std::vector<mutator> load_balancer_mutators() {
  return {
      {"classic_plain_listener", "ELB_TLS_HTTPS_LISTENERS_ONLY", "a classic load balancer listening without TLS", "",
       ensure_classic_load_balancer, classic_plain_listener},
      {"classic_iam_certificate", "ELB_ACM_CERTIFICATE_REQUIRED", "a classic load balancer with an IAM certificate", "",
       ensure_classic_load_balancer, classic_iam_certificate},
      {"classic_cross_zone_off", "ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED", "a classic load balancer without cross-zone", "",
       ensure_classic_load_balancer, classic_cross_zone_off},
      {"classic_weak_tls_policy", "ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK",
       "a classic load balancer negotiating with another TLS policy", "", ensure_classic_load_balancer,
       classic_weak_tls_policy},
      {"access_logs_off", "ELB_LOGGING_ENABLED", "a load balancer without access logs", "",
       ensure_application_load_balancer, access_logs_off},
      {"deletion_protection_off", "ELB_DELETION_PROTECTION_ENABLED", "a load balancer without deletion protection", "",
       ensure_application_load_balancer, deletion_protection_off},
      {"http_not_redirected", "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK", "an ALB serving HTTP instead of redirecting", "",
       ensure_application_load_balancer, http_not_redirected},
      {"listener_iam_certificate", "ELBV2_ACM_CERTIFICATE_REQUIRED", "an ALB listener with an IAM certificate", "",
       ensure_application_load_balancer, listener_iam_certificate},
      {"alb_web_acl_removed", "ALB_WAF_ENABLED", "an ALB no web ACL protects", "", ensure_application_load_balancer,
       alb_web_acl_removed},
  };
}

}  // namespace properties
