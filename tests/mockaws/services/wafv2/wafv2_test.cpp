// WAFv2 through HTTP (JSON 1.1): ListWebACLs by scope (CLOUDFRONT only in us-east-1) and its
// paging, GetLoggingConfiguration (absent: WAFNonexistentItemException), GetWebACLForResource
// (the web ACL holding a load balancer, none, or an unknown load balancer) and
// ListResourcesForWebACL by resource type.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* portal_alb =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188";
constexpr const char* billing_alb =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/billing/6d0ecf831eec9f09";
constexpr const char* cdn_acl =
    "arn:aws:wafv2:us-east-1:123456789012:global/webacl/clinic-cdn/0c8c6f2e-0000-4000-8000-00000000cdn1";

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    elbv2:
      LoadBalancers:
        - {LoadBalancerName: portal, LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"}
        - {LoadBalancerName: billing, LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/billing/6d0ecf831eec9f09"}
    wafv2:
      WebACLs:
        - Name: clinic-portal
          Id: 3b1f2a4e-0000-4000-8000-000000000001
          DefaultAction: {Allow: {}}
          LoggingConfiguration:
            LogDestinationConfigs: ["arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-portal"]
          ResourceArns:
            - "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/portal/50dc6c495c0c9188"
            - "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod"
        - {Name: clinic-intranet, DefaultAction: {Block: {}}}
        - Name: clinic-cdn
          ARN: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/clinic-cdn/0c8c6f2e-0000-4000-8000-00000000cdn1"
          DefaultAction: {Allow: {}}
  us-west-2:
    wafv2:
      WebACLs:
        - {Name: clinic-west, DefaultAction: {Allow: {}}}
)yaml";

TEST(wafv2, list_web_acls_by_scope) {
  scenario_server server{scenario};
  auto client = server.client();
  auto regional = client.call("wafv2", "ListWebACLs", {{"Scope", "REGIONAL"}});
  ASSERT_FALSE(regional.error) << regional.error->message;
  ASSERT_EQ(regional.output["WebACLs"].size(), 2u);
  const auto& portal = regional.output["WebACLs"][0];
  EXPECT_EQ(portal["Name"], "clinic-portal");
  EXPECT_EQ(portal["Id"], "3b1f2a4e-0000-4000-8000-000000000001");
  EXPECT_EQ(portal["ARN"],
            "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/clinic-portal/3b1f2a4e-0000-4000-8000-000000000001");
  EXPECT_FALSE(portal.contains("DefaultAction")) << "a summary: Name, Id, Description, LockToken, ARN";
  auto cloudfront = client.call("wafv2", "ListWebACLs", {{"Scope", "CLOUDFRONT"}});
  ASSERT_FALSE(cloudfront.error) << cloudfront.error->message;
  ASSERT_EQ(cloudfront.output["WebACLs"].size(), 1u);
  EXPECT_EQ(cloudfront.output["WebACLs"][0]["ARN"], cdn_acl);

  client.set_region("us-west-2");
  auto west = client.call("wafv2", "ListWebACLs", {{"Scope", "REGIONAL"}});
  ASSERT_FALSE(west.error);
  ASSERT_EQ(west.output["WebACLs"].size(), 1u);
  EXPECT_EQ(west.output["WebACLs"][0]["Name"], "clinic-west");
  auto west_cloudfront = client.call("wafv2", "ListWebACLs", {{"Scope", "CLOUDFRONT"}});
  ASSERT_TRUE(west_cloudfront.error) << "CloudFront web ACLs are reached through us-east-1 only";
  EXPECT_EQ(west_cloudfront.error->code, "WAFInvalidParameterException");
  EXPECT_EQ(west_cloudfront.error->message,
            "Error reason: The scope is not valid., field: SCOPE_VALUE, parameter: CLOUDFRONT");
}

TEST(wafv2, list_web_acls_pages_by_limit_and_next_marker) {
  scenario_server server{scenario};
  auto client = server.client();
  auto first = client.call("wafv2", "ListWebACLs", {{"Scope", "REGIONAL"}, {"Limit", 1}});
  ASSERT_FALSE(first.error) << first.error->message;
  ASSERT_EQ(first.output["WebACLs"].size(), 1u);
  ASSERT_TRUE(first.output.contains("NextMarker"));
  auto second = client.call("wafv2", "ListWebACLs",
                            {{"Scope", "REGIONAL"}, {"Limit", 1}, {"NextMarker", first.output["NextMarker"]}});
  ASSERT_FALSE(second.error) << second.error->message;
  ASSERT_EQ(second.output["WebACLs"].size(), 1u);
  EXPECT_EQ(second.output["WebACLs"][0]["Name"], "clinic-intranet");
  EXPECT_FALSE(second.output.contains("NextMarker"));
  auto too_many = client.call("wafv2", "ListWebACLs", {{"Scope", "REGIONAL"}, {"Limit", 101}});
  ASSERT_TRUE(too_many.error) << "Limit is 1..100";
}

TEST(wafv2, get_logging_configuration) {
  scenario_server server{scenario};
  auto client = server.client();
  std::string portal_arn =
      "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/clinic-portal/3b1f2a4e-0000-4000-8000-000000000001";
  auto logging = client.call("wafv2", "GetLoggingConfiguration", {{"ResourceArn", portal_arn}});
  ASSERT_FALSE(logging.error) << logging.error->message;
  const auto& config = logging.output["LoggingConfiguration"];
  EXPECT_EQ(config["ResourceArn"], portal_arn);
  EXPECT_EQ(config["LogDestinationConfigs"][0],
            "arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-portal");
  auto none = client.call("wafv2", "GetLoggingConfiguration", {{"ResourceArn", cdn_acl}});
  ASSERT_TRUE(none.error) << "a web ACL without logging";
  EXPECT_EQ(none.http_status, 400u);
  EXPECT_EQ(none.error->code, "WAFNonexistentItemException");
  EXPECT_EQ(none.error->message, "AWS WAF couldn\u2019t perform the operation because your resource doesn\u2019t exist.");
  auto unknown = client.call("wafv2", "GetLoggingConfiguration",
                             {{"ResourceArn", "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/gone/x"}});
  ASSERT_TRUE(unknown.error);
  EXPECT_EQ(unknown.error->code, "WAFNonexistentItemException");
}

TEST(wafv2, get_web_acl_for_resource) {
  scenario_server server{scenario};
  auto client = server.client();
  auto protected_alb = client.call("wafv2", "GetWebACLForResource", {{"ResourceArn", portal_alb}});
  ASSERT_FALSE(protected_alb.error) << protected_alb.error->message;
  EXPECT_EQ(protected_alb.output["WebACL"]["Name"], "clinic-portal");
  EXPECT_EQ(protected_alb.output["WebACL"]["DefaultAction"], json({{"Allow", json::object()}}));
  EXPECT_FALSE(protected_alb.output["WebACL"].contains("ResourceArns"));
  auto bare = client.call("wafv2", "GetWebACLForResource", {{"ResourceArn", billing_alb}});
  ASSERT_FALSE(bare.error) << bare.error->message;
  EXPECT_FALSE(bare.output.contains("WebACL")) << "a load balancer without a web ACL";
  auto unknown = client.call("wafv2", "GetWebACLForResource",
                             {{"ResourceArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/gone/1"}});
  ASSERT_TRUE(unknown.error);
  EXPECT_EQ(unknown.error->code, "WAFNonexistentItemException");
  auto malformed = client.call("wafv2", "GetWebACLForResource", {{"ResourceArn", "portal-load-balancer"}});
  ASSERT_TRUE(malformed.error);
  EXPECT_EQ(malformed.error->code, "WAFInvalidParameterException");
  client.set_region("us-west-2");
  auto elsewhere = client.call("wafv2", "GetWebACLForResource", {{"ResourceArn", portal_alb}});
  ASSERT_TRUE(elsewhere.error) << "us-west-2 has no such load balancer";
}

TEST(wafv2, list_resources_for_web_acl_by_type) {
  scenario_server server{scenario};
  auto client = server.client();
  std::string portal_arn =
      "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/clinic-portal/3b1f2a4e-0000-4000-8000-000000000001";
  auto albs = client.call("wafv2", "ListResourcesForWebACL", {{"WebACLArn", portal_arn}});
  ASSERT_FALSE(albs.error) << albs.error->message;
  EXPECT_EQ(albs.output["ResourceArns"], json::array({portal_alb}));
  auto stages = client.call("wafv2", "ListResourcesForWebACL", {{"WebACLArn", portal_arn}, {"ResourceType", "API_GATEWAY"}});
  ASSERT_FALSE(stages.error);
  EXPECT_EQ(stages.output["ResourceArns"], json::array({"arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod"}));
  auto missing = client.call("wafv2", "ListResourcesForWebACL",
                             {{"WebACLArn", "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/gone/x"}});
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->code, "WAFNonexistentItemException");
}

}  // namespace
}  // namespace hipaasim::testing
