// The load balancer rules over hand-built inventories: the classic ones (certificate source in
// both directions, listener protocols, cross-zone, predefined SSL policy), ELB_LOGGING_ENABLED
// over both types, and the ELBv2 ones (deletion protection, HTTP-to-HTTPS redirects, ACM
// certificates with AcmCertificatesAllowed; web ACLs from either WAF), with unreadable documents.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

constexpr const char* acm = "arn:aws:acm:us-east-1:123456789012:certificate/0c0c0c0c-0000-4000-8000-00000000e1b0";
constexpr const char* acm_gov = "arn:aws-us-gov:acm:us-gov-west-1:123456789012:certificate/0c0c0c0c-0000-4000-8000-00000000e1b9";
constexpr const char* iam = "arn:aws:iam::123456789012:server-certificate/portal";

json listener(const std::string& protocol, const std::string& certificate = "", json policies = json::array()) {
  json l = {{"Protocol", protocol}, {"LoadBalancerPort", 443}, {"InstanceProtocol", "HTTP"}, {"InstancePort", 80}};
  if (!certificate.empty()) l["SSLCertificateId"] = certificate;
  return {{"Listener", l}, {"PolicyNames", policies}};
}

configuration_item classic(const std::string& name, json listeners) {
  return item("AWS::ElasticLoadBalancing::LoadBalancer", name,
              {{"LoadBalancerName", name}, {"ListenerDescriptions", std::move(listeners)}});
}

TEST(elb_acm_certificate_required, acm_passes_and_iam_fails_not_the_other_way_round) {
  inventory inv = make_inventory();
  inv.add(classic("acm", json::array({listener("HTTPS", acm), listener("HTTP")})));
  inv.add(classic("gov", json::array({listener("SSL", acm_gov)})));
  inv.add(classic("iam", json::array({listener("HTTPS", iam)})));
  inv.add(classic("mixed", json::array({listener("HTTPS", acm), listener("SSL", iam)})));
  inv.add(classic("plain", json::array({listener("HTTP"), listener("TCP")})));
  auto v = run(inv, "ELB_ACM_CERTIFICATE_REQUIRED");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::compliant) << "any partition's ACM";
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_NE(v[2].annotation.find(iam), std::string::npos) << v[2].annotation;
  EXPECT_EQ(v[3].result, compliance::non_compliant);
  EXPECT_EQ(v[4].result, compliance::not_applicable);
}

TEST(elb_tls_https_listeners_only, one_plain_listener_fails_and_none_is_not_applicable) {
  inventory inv = make_inventory();
  inv.add(classic("tls", json::array({listener("HTTPS", acm), listener("SSL", acm)})));
  inv.add(classic("mixed", json::array({listener("HTTPS", acm), listener("HTTP")})));
  inv.add(classic("tcp", json::array({listener("TCP")})));
  inv.add(classic("empty", json::array()));
  auto v = run(inv, "ELB_TLS_HTTPS_LISTENERS_ONLY");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_NE(v[1].annotation.find("HTTP on port 443"), std::string::npos) << v[1].annotation;
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_EQ(v[3].result, compliance::not_applicable);
}

TEST(elb_cross_zone_load_balancing_enabled, absent_reads_as_off_and_unreadable_is_insufficient) {
  inventory inv = make_inventory();
  auto on = classic("on", json::array());
  on.supplementary["LoadBalancerAttributes"] = {{"CrossZoneLoadBalancing", {{"Enabled", true}}}};
  auto off = classic("off", json::array());
  off.supplementary["LoadBalancerAttributes"] = {{"CrossZoneLoadBalancing", {{"Enabled", false}}}};
  auto unset = classic("unset", json::array());
  unset.supplementary["LoadBalancerAttributes"] = json::object();
  auto denied = classic("denied", json::array());
  denied.unreadable["LoadBalancerAttributes"] = "elb:DescribeLoadBalancerAttributes: AccessDenied";
  for (auto* lb : {&on, &off, &unset, &denied}) inv.add(*lb);
  auto v = run(inv, "ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_EQ(v[3].result, compliance::insufficient_data);
}

json negotiation(const std::string& name, const std::string& reference) {
  json attributes = json::array({{{"AttributeName", "Protocol-TLSv1.2"}, {"AttributeValue", "true"}}});
  if (!reference.empty())
    attributes.push_back({{"AttributeName", "Reference-Security-Policy"}, {"AttributeValue", reference}});
  return {{"PolicyName", name}, {"PolicyTypeName", "SSLNegotiationPolicyType"}, {"PolicyAttributeDescriptions", attributes}};
}

TEST(elb_predefined_security_policy_ssl_check, the_reference_policy_must_be_the_one_named) {
  inventory inv = make_inventory();
  auto add = [&](const std::string& name, json listeners, json policies) {
    auto lb = classic(name, std::move(listeners));
    lb.supplementary["PolicyDescriptions"] = std::move(policies);
    inv.add(lb);
  };
  add("tls12", json::array({listener("HTTPS", acm, {"p"})}), json::array({negotiation("p", "ELBSecurityPolicy-TLS-1-2-2017-01")}));
  add("old", json::array({listener("SSL", acm, {"p"})}), json::array({negotiation("p", "ELBSecurityPolicy-2016-08")}));
  add("custom", json::array({listener("HTTPS", acm, {"p"})}), json::array({negotiation("p", "")}));
  add("none", json::array({listener("HTTPS", acm)}), json::array());
  add("unknown", json::array({listener("HTTPS", acm, {"ghost"})}), json::array());
  add("plain", json::array({listener("HTTP")}), json::array());
  auto v = run(inv, "ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK", {{"predefinedPolicyName", "ELBSecurityPolicy-TLS-1-2-2017-01"}});
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_NE(v[1].annotation.find("ELBSecurityPolicy-2016-08"), std::string::npos) << v[1].annotation;
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_NE(v[2].annotation.find("custom"), std::string::npos) << v[2].annotation;
  EXPECT_EQ(v[3].result, compliance::non_compliant);
  EXPECT_EQ(v[4].result, compliance::insufficient_data);
  EXPECT_EQ(v[5].result, compliance::not_applicable);
  auto unset = run(inv, "ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK", {{"predefinedPolicyName", ""}});
  ASSERT_EQ(unset.size(), 6u);
  EXPECT_EQ(unset[0].result, compliance::insufficient_data) << "AWS requires the parameter";
}

configuration_item v2(const std::string& name, const std::string& type, json attributes) {
  std::string arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/" +
                    std::string(type == "application" ? "app" : type == "network" ? "net" : "gwy") + "/" + name + "/0b0000000000e1b0";
  configuration_item lb = item("AWS::ElasticLoadBalancingV2::LoadBalancer", arn,
                               {{"LoadBalancerArn", arn}, {"LoadBalancerName", name}, {"Type", type}});
  lb.supplementary["Attributes"] = std::move(attributes);
  return lb;
}

json attributes(std::initializer_list<std::pair<const char*, const char*>> pairs) {
  json out = json::array();
  for (const auto& [k, v] : pairs) out.push_back({{"Key", k}, {"Value", v}});
  return out;
}

TEST(elb_logging_enabled, classic_and_application_load_balancers_with_the_bucket_list) {
  inventory inv = make_inventory();
  auto logging = classic("classic-logs", json::array());
  logging.supplementary["LoadBalancerAttributes"] = {{"AccessLog", {{"Enabled", true}, {"S3BucketName", "lb-logs"}}}};
  auto silent = classic("classic-silent", json::array());
  silent.supplementary["LoadBalancerAttributes"] = {{"AccessLog", {{"Enabled", false}}}};
  inv.add(logging);
  inv.add(silent);
  inv.add(v2("alb-logs", "application", attributes({{"access_logs.s3.enabled", "true"}, {"access_logs.s3.bucket", "other-logs"}})));
  inv.add(v2("alb-silent", "application", attributes({{"deletion_protection.enabled", "true"}})));
  inv.add(v2("nlb", "network", attributes({})));
  auto v = run(inv, "ELB_LOGGING_ENABLED");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_EQ(v[2].result, compliance::compliant);
  EXPECT_EQ(v[3].result, compliance::non_compliant) << "access_logs.s3.enabled absent: false";
  EXPECT_EQ(v[4].result, compliance::not_applicable);
  auto listed = run(inv, "ELB_LOGGING_ENABLED", {{"s3BucketNames", "lb-logs, archive"}});
  ASSERT_EQ(listed.size(), 5u);
  EXPECT_EQ(listed[0].result, compliance::compliant);
  EXPECT_EQ(listed[2].result, compliance::non_compliant);
  EXPECT_NE(listed[2].annotation.find("other-logs"), std::string::npos) << listed[2].annotation;
}

TEST(elb_deletion_protection_enabled, every_type_needs_the_attribute_true) {
  inventory inv = make_inventory();
  inv.add(v2("on", "application", attributes({{"deletion_protection.enabled", "true"}})));
  inv.add(v2("nlb-off", "network", attributes({{"deletion_protection.enabled", "false"}})));
  inv.add(v2("unset", "gateway", attributes({})));
  auto denied = v2("denied", "application", json());
  denied.unreadable["Attributes"] = "elbv2:DescribeLoadBalancerAttributes: AccessDenied";
  inv.add(denied);
  auto v = run(inv, "ELB_DELETION_PROTECTION_ENABLED");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_EQ(v[3].result, compliance::insufficient_data);
}

json http_listener(const std::string& arn, json default_actions) {
  return {{"ListenerArn", arn}, {"Protocol", "HTTP"}, {"Port", 80}, {"DefaultActions", std::move(default_actions)}};
}

json redirect(const char* protocol) {
  json config = {{"StatusCode", "HTTP_301"}};
  if (protocol) config["Protocol"] = protocol;
  return json::array({{{"Type", "redirect"}, {"RedirectConfig", config}}});
}

const json forward = json::array({{{"Type", "forward"}, {"TargetGroupArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"}}});

TEST(alb_http_to_https_redirection_check, every_rule_of_every_http_listener_redirects_to_https) {
  inventory inv = make_inventory();
  auto with = [&](const std::string& name, const std::string& type, json listeners, json rules) {
    auto lb = v2(name, type, json::array());
    lb.supplementary["Listeners"] = std::move(listeners);
    lb.supplementary["ListenerRules"] = std::move(rules);
    inv.add(lb);
  };
  json https = {{"ListenerArn", "l-https"}, {"Protocol", "HTTPS"}, {"Port", 443}, {"DefaultActions", forward}};
  with("redirects", "application", json::array({https, http_listener("l1", redirect("HTTPS"))}),
       {{"l1", json::array({{{"Priority", "default"}, {"IsDefault", true}, {"Actions", redirect("HTTPS")}}})}});
  with("forwards", "application", json::array({http_listener("l2", forward)}), json::object());
  with("keeps-http", "application", json::array({http_listener("l3", redirect(nullptr))}), json::object());
  with("one-rule-forwards", "application", json::array({http_listener("l4", redirect("HTTPS"))}),
       {{"l4", json::array({{{"Priority", "5"}, {"Actions", forward}},
                            {{"Priority", "default"}, {"IsDefault", true}, {"Actions", redirect("HTTPS")}}})}});
  with("https-only", "application", json::array({https}), json::object());
  with("nlb", "network", json::array(), json::object());
  auto denied = v2("denied", "application", json::array());
  denied.supplementary["Listeners"] = json::array({http_listener("l5", redirect("HTTPS"))});
  denied.unreadable["ListenerRules"] = "elbv2:DescribeRules: AccessDenied";
  inv.add(denied);
  auto v = run(inv, "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK");
  ASSERT_EQ(v.size(), 7u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant) << "#{protocol} keeps HTTP";
  EXPECT_EQ(v[3].result, compliance::non_compliant);
  EXPECT_NE(v[3].annotation.find("rule 5"), std::string::npos) << v[3].annotation;
  EXPECT_EQ(v[4].result, compliance::compliant);
  EXPECT_EQ(v[5].result, compliance::not_applicable);
  EXPECT_EQ(v[6].result, compliance::insufficient_data);
}

TEST(elbv2_acm_certificate_required, all_certificates_of_https_and_tls_listeners) {
  inventory inv = make_inventory();
  auto with = [&](const std::string& name, const std::string& type, json listeners, json certificates) {
    auto lb = v2(name, type, json::array());
    lb.supplementary["Listeners"] = std::move(listeners);
    lb.supplementary["ListenerCertificates"] = std::move(certificates);
    inv.add(lb);
  };
  auto secure = [](const std::string& arn, const std::string& protocol, const std::string& shown) {
    return json{{"ListenerArn", arn}, {"Protocol", protocol}, {"Port", 443},
                {"Certificates", json::array({{{"CertificateArn", shown}}})}, {"DefaultActions", forward}};
  };
  auto certs = [](std::initializer_list<const char*> arns) {
    json out = json::array();
    for (const char* a : arns) out.push_back({{"CertificateArn", a}, {"IsDefault", out.empty()}});
    return out;
  };
  with("acm", "application", json::array({secure("a1", "HTTPS", acm), http_listener("a2", redirect("HTTPS"))}),
       {{"a1", certs({acm})}});
  with("hidden-iam", "application", json::array({secure("b1", "HTTPS", acm)}), {{"b1", certs({acm, iam})}});
  with("nlb-tls", "network", json::array({secure("c1", "TLS", acm_gov)}), {{"c1", certs({acm_gov})}});
  with("http-only", "application", json::array({http_listener("d1", forward)}), json::object());
  with("gwlb", "gateway", json::array(), json::object());
  auto v = run(inv, "ELBV2_ACM_CERTIFICATE_REQUIRED");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant) << "a certificate only DescribeListenerCertificates shows";
  EXPECT_EQ(v[2].result, compliance::compliant);
  EXPECT_EQ(v[3].result, compliance::not_applicable);
  EXPECT_EQ(v[4].result, compliance::not_applicable);
  auto allowed = run(inv, "ELBV2_ACM_CERTIFICATE_REQUIRED", {{"AcmCertificatesAllowed", acm_gov}});
  ASSERT_EQ(allowed.size(), 5u);
  EXPECT_EQ(allowed[0].result, compliance::non_compliant);
  EXPECT_NE(allowed[0].annotation.find("AcmCertificatesAllowed"), std::string::npos) << allowed[0].annotation;
  EXPECT_EQ(allowed[2].result, compliance::compliant);
}

TEST(alb_waf_enabled, either_waf_protects_and_the_list_names_v2_by_arn_and_classic_by_id) {
  constexpr const char* v2_arn = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/portal/0b000000-0000-4000-8000-0000000000a1";
  inventory inv = make_inventory();
  auto alb = [&](const std::string& name, json v2, json classic, const std::string& type = "application") {
    auto lb = item("AWS::ElasticLoadBalancingV2::LoadBalancer", name, {{"LoadBalancerName", name}, {"Type", type}});
    if (!v2.is_discarded()) lb.supplementary["WAFv2WebACL"] = std::move(v2);
    if (!classic.is_discarded()) lb.supplementary["WAFRegionalWebACL"] = std::move(classic);
    return lb;
  };
  json none;  // GetWebACLForResource answered without a web ACL
  json v2 = {{"Name", "portal"}, {"Id", "0b000000-0000-4000-8000-0000000000a1"}, {"ARN", v2_arn}};
  json classic = {{"Name", "legacy"}, {"WebACLId", "0b000000-0000-4000-8000-0000000000d1"}};
  inv.add(alb("v2", v2, none));
  inv.add(alb("classic", none, classic));
  inv.add(alb("bare", none, none));
  auto v2_denied = alb("v2-denied", json(json::value_t::discarded), classic);
  v2_denied.unreadable["WAFv2WebACL"] = "wafv2:GetWebACLForResource: AccessDeniedException";
  inv.add(v2_denied);
  auto classic_denied = alb("classic-denied", none, json(json::value_t::discarded));
  classic_denied.unreadable["WAFRegionalWebACL"] = "waf-regional:GetWebACLForResource: AccessDeniedException";
  inv.add(classic_denied);
  inv.add(alb("nlb", none, none, "network"));
  auto v = run(inv, "ALB_WAF_ENABLED");
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_NE(v[0].annotation.find("portal"), std::string::npos) << v[0].annotation;
  EXPECT_EQ(v[1].result, compliance::compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_EQ(v[3].result, compliance::compliant) << "the Classic web ACL decides without WAFv2";
  EXPECT_EQ(v[4].result, compliance::insufficient_data) << "no web ACL seen, one WAF unread";
  EXPECT_NE(v[4].annotation.find("AccessDeniedException"), std::string::npos) << v[4].annotation;
  EXPECT_EQ(v[5].result, compliance::not_applicable);

  auto listed = run(inv, "ALB_WAF_ENABLED", {{"wafWebAclIds", std::string(" 0b000000-0000-4000-8000-0000000000d1 , ") + v2_arn}});
  EXPECT_EQ(listed[0].result, compliance::compliant);
  EXPECT_EQ(listed[1].result, compliance::compliant);
  auto by_id = run(inv, "ALB_WAF_ENABLED", {{"wafWebAclIds", "0b000000-0000-4000-8000-0000000000a1"}});
  EXPECT_EQ(by_id[0].result, compliance::non_compliant) << "WAFv2 web ACLs are named by ARN";
  EXPECT_NE(by_id[0].annotation.find("not in wafWebAclIds"), std::string::npos) << by_id[0].annotation;
  EXPECT_EQ(by_id[1].result, compliance::non_compliant);
  EXPECT_EQ(by_id[3].result, compliance::insufficient_data) << "the Classic web ACL is not listed; WAFv2 unread";
}

}  // namespace
}  // namespace engine
