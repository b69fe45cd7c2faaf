// The scenario loader: what it accepts becomes the store; what it refuses is reported as
// file:line:column, every error of the file at once, and nothing is loaded.

#include <gtest/gtest.h>

#include "mockaws/scenario/scenario_loader.hpp"

namespace mockaws::scenario {
namespace {

std::vector<std::string> errors_of(std::string_view yaml) {
  std::vector<std::string> out;
  auto result = load_text(yaml, "s.yaml");
  EXPECT_EQ(result.store, nullptr);
  for (const auto& e : result.errors) out.push_back(e.to_string());
  return out;
}

TEST(scenario_loader, loads_account_clock_credentials_and_state) {
  auto result = load_text(R"yaml(
account_id: "111122223333"
now: 2026-01-02T03:04:05Z
credentials:
  - {access_key_id: AKIA1, secret_access_key: s1}
global:
  iam:
    Users: [{UserName: alice, UserId: "0123", Age: 0123, Count: 12, Ratio: 1.5, On: true}]
regions:
  eu-west-1:
    ec2:
      Vpcs: [{VpcId: vpc-1, IsDefault: false}]
)yaml", "s.yaml");
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().to_string();
  const auto& s = *result.store;
  EXPECT_TRUE(s.clock().is_fixed());
  EXPECT_EQ(protocol::format_iso8601(s.clock().now()), "2026-01-02T03:04:05Z");
  ASSERT_NE(s.find_credential("AKIA1"), nullptr);
  EXPECT_EQ(s.find_credential("AKIA1")->account_id, "111122223333");
  EXPECT_EQ(s.find_credential("AKIAIOSFODNN7EXAMPLE"), nullptr);  // declared keys replace it
  const auto* account = s.find_account("111122223333");
  ASSERT_NE(account, nullptr);
  const auto& user = account->state("us-east-1", "iam")["Users"][0];
  EXPECT_EQ(user["UserId"], "0123");   // quoted: a string
  EXPECT_EQ(user["Age"], "0123");      // a leading zero is not a YAML 1.2 integer
  EXPECT_EQ(user["Count"], 12);
  EXPECT_EQ(user["Ratio"], 1.5);
  EXPECT_EQ(user["On"], true);
  EXPECT_EQ(account->state("eu-west-1", "ec2")["Vpcs"][0]["VpcId"], "vpc-1");
  EXPECT_TRUE(account->state("us-east-1", "ec2").empty());
}

TEST(scenario_loader, without_credentials_accepts_the_aws_documentation_pair) {
  auto result = load_text("global: {iam: {}}", "s.yaml");
  ASSERT_TRUE(result.store);
  const auto* c = result.store->find_credential("AKIAIOSFODNN7EXAMPLE");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->secret_access_key, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
  EXPECT_EQ(c->account_id, "123456789012");
}

TEST(scenario_loader, yaml_syntax_error_names_line_and_column) {
  auto errors = errors_of("global:\n  iam: {Users: [\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].substr(0, 7), "s.yaml:");
  EXPECT_NE(errors[0].find(":3:"), std::string::npos) << errors[0];
}

TEST(scenario_loader, reports_every_error_of_the_file_with_its_place) {
  auto errors = errors_of(R"yaml(account_id: "12"
now: yesterday
color: blue
global:
  ec2: {}
regions:
  us-east-1:
    iam: {}
    nosuchservice: {}
  mars-1:
    ec2: {}
)yaml");
  ASSERT_EQ(errors.size(), 7u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:1:13: account_id must be 12 digits, got '12'");
  EXPECT_EQ(errors[1], "s.yaml:2:6: now must be an ISO 8601 time, got 'yesterday'");
  EXPECT_EQ(errors[2],
            "s.yaml:3:1: unknown key 'color' (expected account_id, now, credentials, global or "
            "regions)");
  EXPECT_EQ(errors[3], "s.yaml:5:3: service 'ec2' is regional: put it under regions.<region>");
  EXPECT_EQ(errors[4], "s.yaml:8:5: service 'iam' is global: put it under global");
  EXPECT_EQ(errors[5], "s.yaml:9:5: unknown service 'nosuchservice'");
  EXPECT_EQ(errors[6], "s.yaml:10:3: 'mars-1' is not an AWS region name (e.g. us-east-1)");
}

TEST(scenario_loader, missing_file_is_an_error_naming_it) {
  auto result = load_file("/nonexistent/scenario.yaml");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].to_string(), "/nonexistent/scenario.yaml: cannot open the file");
}

}  // namespace
}  // namespace mockaws::scenario
