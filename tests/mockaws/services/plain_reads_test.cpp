// The plain read rows (mockaws/services/plain_reads.hpp) through HTTP, on the services that use
// them: pages cut while scanning (with filters, prefixes and a sort order) still hold every
// matching item exactly once, and nested rows find their parent.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

using json = nlohmann::json;

// Every page of `operation`, following `token_in` <- `token_out`; the items of `list`.
json every_page(aws_test_client&& client, const std::string& service, const std::string& operation,
                json input, const std::string& list, const std::string& token_in,
                const std::string& token_out, std::size_t page_size, int* pages) {
  json seen = json::array();
  for (*pages = 1; *pages < 200; ++*pages) {
    auto outcome = client.call(service, operation, input);
    if (outcome.error) {
      ADD_FAILURE() << operation << ": " << outcome.error->message;
      break;
    }
    EXPECT_LE(outcome.output[list].size(), page_size);
    for (const auto& item : outcome.output[list]) seen.push_back(item);
    if (!outcome.output.contains(token_out)) break;
    input[token_in] = outcome.output[token_out];
  }
  return seen;
}

TEST(plain_reads, ec2_pages_hold_each_filtered_item_once) {
  // 30 VPCs, every third one tagged prod: 10 match; pages of 5 skip the others while scanning.
  std::string yaml = "regions:\n  us-east-1:\n    ec2:\n      Vpcs:\n";
  for (int i = 0; i < 30; ++i)
    yaml += "        - {VpcId: vpc-" + std::to_string(100 + i) + ", CidrBlock: 10.0.0.0/16, Tags: [{Key: env, Value: " +
            (i % 3 == 0 ? "prod" : "dev") + "}]}\n";
  scenario_server server(yaml);
  json filters = json::array({{{"Name", "tag:env"}, {"Values", {"prod"}}}});
  int pages = 0;
  json seen = every_page(server.client(), "ec2", "DescribeVpcs", {{"Filters", filters}, {"MaxResults", 5}},
                         "Vpcs", "NextToken", "NextToken", 5, &pages);
  json ids = json::array();
  for (const auto& vpc : seen) ids.push_back(vpc["VpcId"]);
  json expected = json::array();
  for (int i = 0; i < 30; i += 3) expected.push_back("vpc-" + std::to_string(100 + i));
  EXPECT_EQ(ids, expected);
  EXPECT_EQ(pages, 2);
}

TEST(plain_reads, iam_pages_follow_a_path_prefix_and_leave_out_members) {
  std::string yaml = "global:\n  iam:\n    Users:\n";
  for (int i = 0; i < 25; ++i)
    yaml += "      - {UserName: u" + std::to_string(10 + i) + ", Path: " + (i % 2 ? "/staff/" : "/ops/") +
            ", Tags: [{Key: team, Value: x}]}\n";
  scenario_server server(yaml);
  int pages = 0;
  json seen = every_page(server.client(), "iam", "ListUsers", {{"PathPrefix", "/staff/"}, {"MaxItems", 4}},
                         "Users", "Marker", "Marker", 4, &pages);
  ASSERT_EQ(seen.size(), 12u);
  EXPECT_EQ(pages, 3);
  for (const auto& user : seen) {
    EXPECT_EQ(user["Path"], "/staff/");
    EXPECT_FALSE(user.contains("Tags")) << "ListUsers leaves Tags to GetUser";
  }
}

TEST(plain_reads, a_sorted_listing_pages_by_the_last_name) {
  std::string yaml = "regions:\n  us-east-1:\n    dynamodb:\n      Tables:\n";
  // Declared out of order; AWS lists names in byte order.
  for (int i = 0; i < 12; ++i) yaml += "        - {TableName: t" + std::to_string((i * 7) % 12 + 10) + "}\n";
  scenario_server server(yaml);
  int pages = 0;
  json seen = every_page(server.client(), "dynamodb", "ListTables", {{"Limit", 5}}, "TableNames",
                         "ExclusiveStartTableName", "LastEvaluatedTableName", 5, &pages);
  json expected = json::array();
  for (int i = 10; i < 22; ++i) expected.push_back("t" + std::to_string(i));
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(pages, 3);
}

TEST(plain_reads, a_nested_row_answers_for_the_parent_the_request_names) {
  scenario_server server(R"yaml(
regions:
  us-east-1:
    backup:
      BackupVaults: [{BackupVaultName: vault}]
      BackupPlans:
        - BackupPlanId: plan-a
          BackupPlan: {BackupPlanName: a, Rules: [{RuleName: r, TargetBackupVaultName: vault}]}
          Selections: [{SelectionId: same-id, BackupSelection: {SelectionName: in-a, IamRoleArn: "arn:aws:iam::123456789012:role/b"}}]
        - BackupPlanId: plan-b
          BackupPlan: {BackupPlanName: b, Rules: [{RuleName: r, TargetBackupVaultName: vault}]}
          Selections: [{SelectionId: same-id, BackupSelection: {SelectionName: in-b, IamRoleArn: "arn:aws:iam::123456789012:role/b"}}]
)yaml");
  auto client = server.client();
  auto b = client.call("backup", "GetBackupSelection", {{"BackupPlanId", "plan-b"}, {"SelectionId", "same-id"}});
  ASSERT_FALSE(b.error) << b.error->message;
  EXPECT_EQ(b.output["BackupSelection"]["SelectionName"], "in-b");
  EXPECT_EQ(b.output["BackupPlanId"], "plan-b");
  auto missing = client.call("backup", "GetBackupSelection", {{"BackupPlanId", "plan-c"}, {"SelectionId", "same-id"}});
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->code, "InvalidParameterValueException");
  EXPECT_EQ(missing.error->message, "Cannot find Backup plan with ID plan-c");
}

}  // namespace
}  // namespace hipaasim::testing
