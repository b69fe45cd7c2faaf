// Classic Load Balancers through HTTP (Query, 2012-06-01): DescribeLoadBalancers (names,
// LoadBalancerNotFound, Marker paging), DescribeLoadBalancerAttributes (AWS's API defaults for
// what a scenario leaves out) and DescribeLoadBalancerPolicies (a load balancer's own, the
// predefined ones, PolicyNotFound); and the elbv2 API beside it on the same signing name.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    elb:
      LoadBalancerDescriptions:
        - LoadBalancerName: portal-classic
          DNSName: portal-classic-1234567890.us-east-1.elb.amazonaws.com
          ListenerDescriptions:
            - Listener: {Protocol: HTTPS, LoadBalancerPort: 443, InstanceProtocol: HTTP, InstancePort: 80,
                         SSLCertificateId: "arn:aws:iam::123456789012:server-certificate/portal"}
              PolicyNames: [portal-tls]
          LoadBalancerAttributes:
            AccessLog: {Enabled: true, S3BucketName: clinic-elb-logs, EmitInterval: 60}
          PolicyDescriptions:
            - PolicyName: portal-tls
              PolicyTypeName: SSLNegotiationPolicyType
              PolicyAttributeDescriptions:
                - {AttributeName: Reference-Security-Policy, AttributeValue: ELBSecurityPolicy-TLS-1-2-2017-01}
        - LoadBalancerName: legacy-http
          ListenerDescriptions:
            - Listener: {Protocol: HTTP, LoadBalancerPort: 80, InstanceProtocol: HTTP, InstancePort: 80}
    elbv2:
      LoadBalancers:
        - LoadBalancerArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188
          LoadBalancerName: portal
)yaml";

TEST(elb, describe_load_balancers_lists_every_one_or_the_names_asked) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("elb", "DescribeLoadBalancers");
  ASSERT_FALSE(all.error) << all.error->message;
  const auto& lbs = all.output["LoadBalancerDescriptions"];
  ASSERT_EQ(lbs.size(), 2u);
  EXPECT_EQ(lbs[0]["LoadBalancerName"], "portal-classic");
  EXPECT_EQ(lbs[0]["Scheme"], "internet-facing") << "AWS's default";
  EXPECT_EQ(lbs[0]["ListenerDescriptions"][0]["Listener"]["SSLCertificateId"],
            "arn:aws:iam::123456789012:server-certificate/portal");
  EXPECT_EQ(lbs[0]["ListenerDescriptions"][0]["PolicyNames"], json::array({"portal-tls"}));
  EXPECT_FALSE(lbs[0].contains("LoadBalancerAttributes")) << "served by its own call only";
  auto one = client.call("elb", "DescribeLoadBalancers", {{"LoadBalancerNames", {"legacy-http"}}});
  ASSERT_FALSE(one.error);
  ASSERT_EQ(one.output["LoadBalancerDescriptions"].size(), 1u);
  EXPECT_EQ(one.output["LoadBalancerDescriptions"][0]["LoadBalancerName"], "legacy-http");
}

TEST(elb, an_unknown_name_is_load_balancer_not_found) {
  scenario_server server{scenario};
  auto out = server.client().call("elb", "DescribeLoadBalancers", {{"LoadBalancerNames", {"gone"}}});
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.http_status, 400u);
  EXPECT_EQ(out.error->code, "LoadBalancerNotFound");
  EXPECT_EQ(out.error->message, "There is no ACTIVE Load Balancer named 'gone'");
  auto attributes = server.client().call("elb", "DescribeLoadBalancerAttributes", {{"LoadBalancerName", "gone"}});
  ASSERT_TRUE(attributes.error);
  EXPECT_EQ(attributes.error->code, "LoadBalancerNotFound");
}

TEST(elb, describe_load_balancers_pages_by_marker) {
  std::string yaml = "regions:\n  us-east-1:\n    elb:\n      LoadBalancerDescriptions:\n";
  for (int i = 0; i < 5; ++i) yaml += "        - LoadBalancerName: lb-" + std::to_string(i) + "\n";
  scenario_server server{yaml};
  auto client = server.client();
  auto first = client.call("elb", "DescribeLoadBalancers", {{"PageSize", 3}});
  ASSERT_FALSE(first.error) << first.error->message;
  EXPECT_EQ(first.output["LoadBalancerDescriptions"].size(), 3u);
  ASSERT_TRUE(first.output.contains("NextMarker"));
  auto second = client.call("elb", "DescribeLoadBalancers", {{"PageSize", 3}, {"Marker", first.output["NextMarker"]}});
  ASSERT_FALSE(second.error);
  ASSERT_EQ(second.output["LoadBalancerDescriptions"].size(), 2u);
  EXPECT_EQ(second.output["LoadBalancerDescriptions"][1]["LoadBalancerName"], "lb-4");
  EXPECT_FALSE(second.output.contains("NextMarker"));
}

TEST(elb, attributes_left_out_read_as_aws_api_defaults) {
  scenario_server server{scenario};
  auto client = server.client();
  auto stated = client.call("elb", "DescribeLoadBalancerAttributes", {{"LoadBalancerName", "portal-classic"}});
  ASSERT_FALSE(stated.error) << stated.error->message;
  const auto& a = stated.output["LoadBalancerAttributes"];
  EXPECT_EQ(a["AccessLog"]["Enabled"], true);
  EXPECT_EQ(a["AccessLog"]["S3BucketName"], "clinic-elb-logs");
  EXPECT_EQ(a["CrossZoneLoadBalancing"]["Enabled"], false) << "off unless turned on (the API's default)";
  auto bare = client.call("elb", "DescribeLoadBalancerAttributes", {{"LoadBalancerName", "legacy-http"}});
  ASSERT_FALSE(bare.error);
  EXPECT_EQ(bare.output["LoadBalancerAttributes"],
            json::parse(R"({"CrossZoneLoadBalancing": {"Enabled": false}, "AccessLog": {"Enabled": false},
                            "ConnectionDraining": {"Enabled": false, "Timeout": 300},
                            "ConnectionSettings": {"IdleTimeout": 60}})"));
}

TEST(elb, policies_of_a_load_balancer_and_the_predefined_ones) {
  scenario_server server{scenario};
  auto client = server.client();
  auto own = client.call("elb", "DescribeLoadBalancerPolicies", {{"LoadBalancerName", "portal-classic"}});
  ASSERT_FALSE(own.error) << own.error->message;
  ASSERT_EQ(own.output["PolicyDescriptions"].size(), 1u);
  EXPECT_EQ(own.output["PolicyDescriptions"][0]["PolicyAttributeDescriptions"][0]["AttributeValue"],
            "ELBSecurityPolicy-TLS-1-2-2017-01");
  auto none = client.call("elb", "DescribeLoadBalancerPolicies", {{"LoadBalancerName", "legacy-http"}});
  ASSERT_FALSE(none.error);
  EXPECT_TRUE(none.output.value("PolicyDescriptions", json::array()).empty());
  auto predefined = client.call("elb", "DescribeLoadBalancerPolicies", {{"PolicyNames", {"ELBSecurityPolicy-2016-08"}}});
  ASSERT_FALSE(predefined.error);
  ASSERT_EQ(predefined.output["PolicyDescriptions"].size(), 1u);
  EXPECT_EQ(predefined.output["PolicyDescriptions"][0]["PolicyTypeName"], "SSLNegotiationPolicyType");
}

TEST(elb, an_unknown_policy_or_load_balancer_fails_describe_policies) {
  scenario_server server{scenario};
  auto client = server.client();
  auto policy = client.call("elb", "DescribeLoadBalancerPolicies",
                            {{"LoadBalancerName", "portal-classic"}, {"PolicyNames", {"nope"}}});
  ASSERT_TRUE(policy.error);
  EXPECT_EQ(policy.error->code, "PolicyNotFound");
  auto lb = client.call("elb", "DescribeLoadBalancerPolicies", {{"LoadBalancerName", "gone"}});
  ASSERT_TRUE(lb.error);
  EXPECT_EQ(lb.error->code, "LoadBalancerNotFound");
}

// Both APIs sign as elasticloadbalancing: the Version decides which answers.
TEST(elb, elb_and_elbv2_answer_side_by_side) {
  scenario_server server{scenario};
  auto client = server.client();
  auto classic = client.call("elb", "DescribeLoadBalancers");
  auto v2 = client.call("elbv2", "DescribeLoadBalancers");
  ASSERT_FALSE(classic.error);
  ASSERT_FALSE(v2.error) << v2.error->message;
  EXPECT_EQ(classic.output["LoadBalancerDescriptions"].size(), 2u);
  ASSERT_EQ(v2.output["LoadBalancers"].size(), 1u);
  EXPECT_EQ(v2.output["LoadBalancers"][0]["LoadBalancerName"], "portal");
}

}  // namespace
}  // namespace hipaasim::testing
