// CloudWatch Logs through HTTP (JSON 1.1): DescribeLogGroups in name order, with
// logGroupNamePrefix, logGroupNamePattern (not both), the derived ARNs, and retention absent
// when the group never expires.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    logs:
      LogGroups:
        - {logGroupName: /aws/lambda/ehr-export, retentionInDays: 30}
        - {logGroupName: audit-trail, retentionInDays: 365}
        - {logGroupName: /aws/lambda/Billing-Sync}
)yaml";

std::vector<std::string> names(const json& output) {
  std::vector<std::string> out;
  for (const auto& g : output["logGroups"]) out.push_back(g["logGroupName"]);
  return out;
}

TEST(logs, describe_log_groups_lists_in_name_order_with_derived_arns) {
  scenario_server server{scenario};
  auto out = server.client().call("logs", "DescribeLogGroups");
  ASSERT_FALSE(out.error) << out.error->message;
  EXPECT_EQ(names(out.output), (std::vector<std::string>{"/aws/lambda/Billing-Sync", "/aws/lambda/ehr-export", "audit-trail"}));
  const json& audit = out.output["logGroups"][2];
  EXPECT_EQ(audit["retentionInDays"], 365);
  EXPECT_EQ(audit["arn"], "arn:aws:logs:us-east-1:123456789012:log-group:audit-trail:*");
  EXPECT_EQ(audit["logGroupArn"], "arn:aws:logs:us-east-1:123456789012:log-group:audit-trail");
  EXPECT_FALSE(out.output["logGroups"][0].contains("retentionInDays")) << "never expires: AWS omits it";
}

TEST(logs, prefix_and_pattern_select_groups) {
  scenario_server server{scenario};
  auto client = server.client();
  auto prefixed = client.call("logs", "DescribeLogGroups", {{"logGroupNamePrefix", "/aws/lambda/"}});
  ASSERT_FALSE(prefixed.error);
  EXPECT_EQ(names(prefixed.output), (std::vector<std::string>{"/aws/lambda/Billing-Sync", "/aws/lambda/ehr-export"}));
  // The pattern matches anywhere in the name, ignoring case.
  auto pattern = client.call("logs", "DescribeLogGroups", {{"logGroupNamePattern", "billing"}});
  ASSERT_FALSE(pattern.error);
  EXPECT_EQ(names(pattern.output), (std::vector<std::string>{"/aws/lambda/Billing-Sync"}));
  auto both = client.call("logs", "DescribeLogGroups", {{"logGroupNamePrefix", "/aws"}, {"logGroupNamePattern", "x"}});
  ASSERT_TRUE(both.error);
  EXPECT_EQ(both.error->code, "InvalidParameterException");
}

TEST(logs, a_limit_above_50_is_refused_with_logs_own_error) {
  scenario_server server{scenario};
  auto out = server.client().call("logs", "DescribeLogGroups", {{"limit", 51}});
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->code, "InvalidParameterException");
}

}  // namespace
}  // namespace hipaasim::testing
