// WAF Classic Regional through HTTP (JSON 1.1): ListWebACLs with paging, GetWebACLForResource
// (the summary of the web ACL holding a load balancer, none, or an unknown load balancer) and
// ListResourcesForWebACL by resource type.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* legacy_alb =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/legacy/7a1c9d5e3b2f4a60";
constexpr const char* bare_alb =
    "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/bare/1f2e3d4c5b6a7980";

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    elbv2:
      LoadBalancers:
        - {LoadBalancerName: legacy, LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/legacy/7a1c9d5e3b2f4a60"}
        - {LoadBalancerName: bare, LoadBalancerArn: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/bare/1f2e3d4c5b6a7980"}
    waf-regional:
      WebACLs:
        - Name: legacy-portal
          WebACLId: 0d7f3c1e-0000-4000-8000-0000000000a1
          ResourceArns:
            - "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/legacy/7a1c9d5e3b2f4a60"
            - "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod"
        - {Name: legacy-spare}
)yaml";

TEST(waf_regional, list_web_acls_and_pages) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("waf-regional", "ListWebACLs");
  ASSERT_FALSE(all.error) << all.error->message;
  ASSERT_EQ(all.output["WebACLs"].size(), 2u);
  EXPECT_EQ(all.output["WebACLs"][0], json({{"WebACLId", "0d7f3c1e-0000-4000-8000-0000000000a1"}, {"Name", "legacy-portal"}}));
  EXPECT_EQ(all.output["WebACLs"][1]["WebACLId"].get<std::string>().size(), 36u) << "a generated id";
  auto first = client.call("waf-regional", "ListWebACLs", {{"Limit", 1}});
  ASSERT_FALSE(first.error);
  ASSERT_EQ(first.output["WebACLs"].size(), 1u);
  ASSERT_TRUE(first.output.contains("NextMarker"));
  auto second = client.call("waf-regional", "ListWebACLs", {{"Limit", 1}, {"NextMarker", first.output["NextMarker"]}});
  ASSERT_FALSE(second.error);
  EXPECT_EQ(second.output["WebACLs"][0]["Name"], "legacy-spare");
  EXPECT_FALSE(second.output.contains("NextMarker"));
}

TEST(waf_regional, get_web_acl_for_resource) {
  scenario_server server{scenario};
  auto client = server.client();
  auto associated = client.call("waf-regional", "GetWebACLForResource", {{"ResourceArn", legacy_alb}});
  ASSERT_FALSE(associated.error) << associated.error->message;
  EXPECT_EQ(associated.output["WebACLSummary"],
            json({{"WebACLId", "0d7f3c1e-0000-4000-8000-0000000000a1"}, {"Name", "legacy-portal"}}));
  auto bare = client.call("waf-regional", "GetWebACLForResource", {{"ResourceArn", bare_alb}});
  ASSERT_FALSE(bare.error) << bare.error->message;
  EXPECT_FALSE(bare.output.contains("WebACLSummary"));
  auto unknown = client.call("waf-regional", "GetWebACLForResource",
                             {{"ResourceArn", "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/gone/1"}});
  ASSERT_TRUE(unknown.error);
  EXPECT_EQ(unknown.http_status, 400u);
  EXPECT_EQ(unknown.error->code, "WAFNonexistentItemException");
  EXPECT_EQ(unknown.error->message, "The referenced item does not exist.");
}

TEST(waf_regional, list_resources_for_web_acl_by_type) {
  scenario_server server{scenario};
  auto client = server.client();
  auto albs = client.call("waf-regional", "ListResourcesForWebACL", {{"WebACLId", "0d7f3c1e-0000-4000-8000-0000000000a1"}});
  ASSERT_FALSE(albs.error) << albs.error->message;
  EXPECT_EQ(albs.output["ResourceArns"], json::array({legacy_alb}));
  auto stages = client.call("waf-regional", "ListResourcesForWebACL",
                            {{"WebACLId", "0d7f3c1e-0000-4000-8000-0000000000a1"}, {"ResourceType", "API_GATEWAY"}});
  ASSERT_FALSE(stages.error);
  EXPECT_EQ(stages.output["ResourceArns"], json::array({"arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod"}));
  auto missing = client.call("waf-regional", "ListResourcesForWebACL", {{"WebACLId", "gone"}});
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->code, "WAFNonexistentItemException");
}

}  // namespace
}  // namespace hipaasim::testing
