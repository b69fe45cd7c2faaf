// ELBv2 through HTTP (Query, 2015-12-01): DescribeLoadBalancers (ARNs, Names, not both,
// LoadBalancerNotFound, paging), DescribeLoadBalancerAttributes (AWS's defaults per type under the
// stated keys), DescribeListeners (the default certificate only), DescribeListenerCertificates
// (all, IsDefault stated) and DescribeRules (the derived default rule, RuleArns, RuleNotFound).

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* portal = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188";
constexpr const char* https_listener =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/portal/50dc6c495c0c9188/f2f7dc8efc522ab2";
constexpr const char* http_listener =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/portal/50dc6c495c0c9188/0467ef3c8400ae65";
constexpr const char* cert_a = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";
constexpr const char* cert_b = "arn:aws:acm:us-east-1:123456789012:certificate/66666666-7777-8888-9999-000000000000";

const std::string scenario = std::string(R"yaml(
regions:
  us-east-1:
    acm:
      Certificates:
        - {CertificateArn: )yaml") + cert_a + R"yaml(, DomainName: portal.clinic.example}
        - {CertificateArn: )yaml" + cert_b + R"yaml(, DomainName: results.clinic.example}
    elbv2:
      LoadBalancers:
        - LoadBalancerArn: )yaml" + portal + R"yaml(
          LoadBalancerName: portal
          Attributes:
            - {Key: deletion_protection.enabled, Value: "true"}
            - {Key: access_logs.s3.enabled, Value: "true"}
            - {Key: access_logs.s3.bucket, Value: clinic-alb-logs}
          Listeners:
            - ListenerArn: )yaml" + https_listener + R"yaml(
              Protocol: HTTPS
              Port: 443
              SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06
              Certificates:
                - {CertificateArn: )yaml" + cert_a + R"yaml(}
                - {CertificateArn: )yaml" + cert_b + R"yaml(, IsDefault: true}
              DefaultActions: [{Type: forward, TargetGroupArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/portal/943f017f100becff"}]
            - ListenerArn: )yaml" + http_listener + R"yaml(
              Protocol: HTTP
              Port: 80
              DefaultActions:
                - {Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}}
              Rules:
                - RuleArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/portal/50dc6c495c0c9188/0467ef3c8400ae65/9683b2d02a6cabee
                  Priority: "10"
                  Conditions: [{Field: path-pattern, Values: ["/health"]}]
                  Actions: [{Type: fixed-response, FixedResponseConfig: {StatusCode: "200"}}]
        - LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/hl7-feed/1f2e3d4c5b6a7980
          LoadBalancerName: hl7-feed
          Type: network
          Scheme: internal
)yaml";

json attribute_map(const json& attributes) {
  json out = json::object();
  for (const auto& a : attributes) out[a["Key"].get<std::string>()] = a["Value"];
  return out;
}

TEST(elbv2, describe_load_balancers_by_arn_or_name) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("elbv2", "DescribeLoadBalancers");
  ASSERT_FALSE(all.error) << all.error->message;
  ASSERT_EQ(all.output["LoadBalancers"].size(), 2u);
  EXPECT_EQ(all.output["LoadBalancers"][0]["Type"], "application") << "AWS's default";
  EXPECT_EQ(all.output["LoadBalancers"][0]["State"]["Code"], "active");
  EXPECT_EQ(all.output["LoadBalancers"][1]["Type"], "network");
  auto by_name = client.call("elbv2", "DescribeLoadBalancers", {{"Names", {"hl7-feed"}}});
  ASSERT_FALSE(by_name.error);
  ASSERT_EQ(by_name.output["LoadBalancers"].size(), 1u);
  EXPECT_EQ(by_name.output["LoadBalancers"][0]["LoadBalancerName"], "hl7-feed");
  auto by_arn = client.call("elbv2", "DescribeLoadBalancers", {{"LoadBalancerArns", {portal}}});
  ASSERT_FALSE(by_arn.error);
  ASSERT_EQ(by_arn.output["LoadBalancers"].size(), 1u);
  EXPECT_EQ(by_arn.output["LoadBalancers"][0]["LoadBalancerName"], "portal");
}

TEST(elbv2, unknown_load_balancers_and_mixed_selectors_fail) {
  scenario_server server{scenario};
  auto client = server.client();
  auto name = client.call("elbv2", "DescribeLoadBalancers", {{"Names", {"gone"}}});
  ASSERT_TRUE(name.error);
  EXPECT_EQ(name.error->code, "LoadBalancerNotFound");
  EXPECT_EQ(name.error->message, "One or more load balancers not found");
  auto arn = client.call("elbv2", "DescribeLoadBalancerAttributes",
                         {{"LoadBalancerArn", std::string(portal) + "0"}});
  ASSERT_TRUE(arn.error);
  EXPECT_EQ(arn.error->code, "LoadBalancerNotFound");
  auto both = client.call("elbv2", "DescribeLoadBalancers", {{"Names", {"portal"}}, {"LoadBalancerArns", {portal}}});
  ASSERT_TRUE(both.error);
  EXPECT_EQ(both.error->code, "ValidationError");
}

TEST(elbv2, describe_load_balancers_pages_by_marker) {
  std::string yaml = "regions:\n  us-east-1:\n    elbv2:\n      LoadBalancers:\n";
  for (int i = 0; i < 5; ++i)
    yaml += "        - {LoadBalancerName: lb-" + std::to_string(i) +
            ", LoadBalancerArn: \"arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/lb-" +
            std::to_string(i) + "/000000000000000" + std::to_string(i) + "\"}\n";
  scenario_server server{yaml};
  auto client = server.client();
  auto first = client.call("elbv2", "DescribeLoadBalancers", {{"PageSize", 2}});
  ASSERT_FALSE(first.error) << first.error->message;
  EXPECT_EQ(first.output["LoadBalancers"].size(), 2u);
  ASSERT_TRUE(first.output.contains("NextMarker"));
  json seen = first.output["LoadBalancers"];
  json marker = first.output["NextMarker"];
  while (!marker.is_null()) {
    auto page = client.call("elbv2", "DescribeLoadBalancers", {{"PageSize", 2}, {"Marker", marker}});
    ASSERT_FALSE(page.error);
    for (const auto& lb : page.output["LoadBalancers"]) seen.push_back(lb);
    marker = page.output.value("NextMarker", json());
  }
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[4]["LoadBalancerName"], "lb-4");
}

TEST(elbv2, attributes_are_aws_defaults_for_the_type_under_the_stated_keys) {
  scenario_server server{scenario};
  auto client = server.client();
  auto alb = client.call("elbv2", "DescribeLoadBalancerAttributes", {{"LoadBalancerArn", portal}});
  ASSERT_FALSE(alb.error) << alb.error->message;
  auto a = attribute_map(alb.output["Attributes"]);
  EXPECT_EQ(a["deletion_protection.enabled"], "true");
  EXPECT_EQ(a["access_logs.s3.enabled"], "true");
  EXPECT_EQ(a["access_logs.s3.bucket"], "clinic-alb-logs");
  EXPECT_EQ(a["idle_timeout.timeout_seconds"], "60");
  EXPECT_EQ(a["load_balancing.cross_zone.enabled"], "true") << "always on for ALBs";
  auto nlb = client.call("elbv2", "DescribeLoadBalancerAttributes",
                         {{"LoadBalancerArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/hl7-feed/1f2e3d4c5b6a7980"}});
  ASSERT_FALSE(nlb.error);
  auto n = attribute_map(nlb.output["Attributes"]);
  EXPECT_EQ(n["deletion_protection.enabled"], "false");
  EXPECT_EQ(n["access_logs.s3.enabled"], "false");
  EXPECT_EQ(n["ipv6.deny_all_igw_traffic"], "true") << "internal";
  EXPECT_EQ(n["load_balancing.cross_zone.enabled"], "false");
  EXPECT_FALSE(n.contains("idle_timeout.timeout_seconds")) << "an ALB attribute";
}

TEST(elbv2, describe_listeners_shows_the_default_certificate_only) {
  scenario_server server{scenario};
  auto client = server.client();
  auto out = client.call("elbv2", "DescribeListeners", {{"LoadBalancerArn", portal}});
  ASSERT_FALSE(out.error) << out.error->message;
  const auto& listeners = out.output["Listeners"];
  ASSERT_EQ(listeners.size(), 2u);
  EXPECT_EQ(listeners[0]["LoadBalancerArn"], portal);
  EXPECT_EQ(listeners[0]["Certificates"], json::array({{{"CertificateArn", cert_b}}}));
  EXPECT_EQ(listeners[0]["SslPolicy"], "ELBSecurityPolicy-TLS13-1-2-2021-06");
  EXPECT_EQ(listeners[1]["DefaultActions"][0]["RedirectConfig"]["Protocol"], "HTTPS");
  auto by_arn = client.call("elbv2", "DescribeListeners", {{"ListenerArns", {http_listener}}});
  ASSERT_FALSE(by_arn.error);
  ASSERT_EQ(by_arn.output["Listeners"].size(), 1u);
  EXPECT_EQ(by_arn.output["Listeners"][0]["Port"], 80);
  auto paged = client.call("elbv2", "DescribeListeners", {{"LoadBalancerArn", portal}, {"PageSize", 1}});
  ASSERT_FALSE(paged.error);
  EXPECT_EQ(paged.output["Listeners"].size(), 1u);
  EXPECT_TRUE(paged.output.contains("NextMarker"));
}

TEST(elbv2, unknown_listeners_and_missing_selectors_fail) {
  scenario_server server{scenario};
  auto client = server.client();
  auto listener = client.call("elbv2", "DescribeListeners", {{"ListenerArns", {std::string(http_listener) + "0"}}});
  ASSERT_TRUE(listener.error);
  EXPECT_EQ(listener.error->code, "ListenerNotFound");
  EXPECT_EQ(listener.error->message, "One or more listeners not found");
  auto none = client.call("elbv2", "DescribeListeners");
  ASSERT_TRUE(none.error);
  EXPECT_EQ(none.error->code, "ValidationError");
  auto certificates = client.call("elbv2", "DescribeListenerCertificates", {{"ListenerArn", "arn:aws:nope"}});
  ASSERT_TRUE(certificates.error);
  EXPECT_EQ(certificates.error->code, "ListenerNotFound");
  auto rules = client.call("elbv2", "DescribeRules", {{"RuleArns", {"arn:aws:nope"}}});
  ASSERT_TRUE(rules.error);
  EXPECT_EQ(rules.error->code, "RuleNotFound");
}

TEST(elbv2, describe_listener_certificates_gives_all_with_is_default) {
  scenario_server server{scenario};
  auto out = server.client().call("elbv2", "DescribeListenerCertificates", {{"ListenerArn", https_listener}});
  ASSERT_FALSE(out.error) << out.error->message;
  EXPECT_EQ(out.output["Certificates"],
            json::array({{{"CertificateArn", cert_a}, {"IsDefault", false}}, {{"CertificateArn", cert_b}, {"IsDefault", true}}}));
}

TEST(elbv2, describe_rules_adds_the_default_rule) {
  scenario_server server{scenario};
  auto client = server.client();
  auto stated = client.call("elbv2", "DescribeRules", {{"ListenerArn", http_listener}});
  ASSERT_FALSE(stated.error) << stated.error->message;
  const auto& rules = stated.output["Rules"];
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0]["Priority"], "10");
  EXPECT_EQ(rules[0]["IsDefault"], false);
  EXPECT_EQ(rules[1]["Priority"], "default");
  EXPECT_EQ(rules[1]["IsDefault"], true);
  EXPECT_EQ(rules[1]["Actions"][0]["Type"], "redirect");
  std::string default_arn = rules[1]["RuleArn"];
  EXPECT_EQ(default_arn.rfind("arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/portal/", 0), 0u);
  auto derived = client.call("elbv2", "DescribeRules", {{"ListenerArn", https_listener}});
  ASSERT_FALSE(derived.error);
  ASSERT_EQ(derived.output["Rules"].size(), 1u);
  EXPECT_EQ(derived.output["Rules"][0]["Actions"][0]["Type"], "forward");
  auto by_arn = client.call("elbv2", "DescribeRules", {{"RuleArns", {default_arn}}});
  ASSERT_FALSE(by_arn.error);
  ASSERT_EQ(by_arn.output["Rules"].size(), 1u);
  EXPECT_EQ(by_arn.output["Rules"][0]["IsDefault"], true);
}

}  // namespace
}  // namespace hipaasim::testing
