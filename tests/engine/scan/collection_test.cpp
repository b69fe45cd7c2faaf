// Collection through HTTP: the scanner calls only what the selected rules read, and a resource
// whose configuration or documents could not be read is INSUFFICIENT_DATA, never judged.

#include <gtest/gtest.h>

#include "engine/scan/collectors/hand_written.hpp"
#include "engine/scan/evaluator.hpp"
#include "engine/scan/scanner.hpp"
#include "tests/engine/client/client_test_support.hpp"

namespace engine {
namespace {

const char* account = R"yaml(
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    s3:
      Buckets:
        - {Name: phi-a, CreationDate: 2024-01-01T00:00:00Z}
        - {Name: phi-b, CreationDate: 2024-01-01T00:00:00Z, Policy: {Version: "2012-10-17", Statement: []}}
        - {Name: phi-c, CreationDate: 2024-01-01T00:00:00Z}
    dynamodb:
      Tables: [{TableName: orders}, {TableName: visits}]
)yaml";

struct scanned {
  inventory inv;
  client::client_stats stats;
};

scanned scan(const std::string& yaml, std::vector<std::string> rules) {
  hipaasim::testing::scenario_server server(yaml);
  client::aws_client aws(client::testing::fast_options(server.endpoint()));
  std::vector<rule_request> requests;
  for (auto& rule : rules) requests.push_back({rule, rule, {}});
  inventory inv = collect_inventory(aws, requests, {{"us-east-1"}, std::nullopt});
  return {std::move(inv), aws.stats()};
}

TEST(collection, calls_only_what_the_selected_rules_read) {
  auto only_tls = scan(account, {"S3_BUCKET_SSL_REQUESTS_ONLY"});
  // GetCallerIdentity, ListBuckets, then GetBucketLocation and GetBucketPolicy for each bucket.
  EXPECT_EQ(only_tls.stats.requests, 2u + 3u * 2u);
  auto buckets = only_tls.inv.items("AWS::S3::Bucket");
  ASSERT_EQ(buckets.size(), 3u);
  for (const auto* bucket : buckets) {
    EXPECT_TRUE(bucket->supplementary.count("Policy")) << bucket->resource_id;
    EXPECT_FALSE(bucket->supplementary.count("ServerSideEncryptionConfiguration"));
  }
  EXPECT_EQ(buckets[0]->supplement("Policy"), nullptr) << "no policy: an answer, recorded as none";
  EXPECT_NE(buckets[1]->supplement("Policy"), nullptr);
  EXPECT_TRUE(only_tls.inv.items("AWS::DynamoDB::Table").empty()) << "no rule read tables";

  auto both = scan(account, {"S3_BUCKET_SSL_REQUESTS_ONLY", "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"});
  EXPECT_EQ(both.stats.requests, 2u + 3u * 3u) << "each bucket's documents are read once";
}

TEST(collection, a_resource_whose_description_failed_is_insufficient_data) {
  std::string yaml = std::string(account) +
                     "faults:\n  - {service: dynamodb, operation: DescribeTable, code: AccessDeniedException}\n";
  auto result = scan(yaml, {"DYNAMODB_PITR_ENABLED"});
  auto tables = result.inv.items("AWS::DynamoDB::Table");
  ASSERT_EQ(tables.size(), 2u) << "the listing still names them";
  EXPECT_EQ(tables[0]->resource_id, "orders");
  auto verdicts = evaluate_pack(result.inv, {{"DYNAMODB_PITR_ENABLED", "dynamodb-pitr-enabled", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 2u);
  for (const auto& e : verdicts.evaluations) {
    EXPECT_EQ(e.result, compliance::insufficient_data) << e.resource_id;
    EXPECT_EQ(e.annotation.rfind("could not read the resource's configuration: dynamodb:DescribeTable", 0), 0u)
        << e.annotation;
  }
  EXPECT_EQ(result.stats.requests, 2u + 2u) << "no document is read for a resource that was not";
}

const char* iam_account = R"yaml(
now: 2026-11-01T00:00:00Z
global:
  iam:
    Users:
      - {UserName: ana, CreateDate: -300d, InlinePolicies: {own: {Version: "2012-10-17", Statement: []}}}
      - {UserName: ben, CreateDate: -200d, LoginProfile: {CreateDate: -200d}, PasswordLastUsed: -3d}
    Roles:
      - RoleName: app
        AssumeRolePolicyDocument: {Version: "2012-10-17", Statement: []}
    Policies:
      - PolicyName: ops
        Path: /
        DefaultVersionId: v2
        Versions:
          - {VersionId: v1, Document: {Version: "2012-10-17", Statement: []}}
          - {VersionId: v2, Document: {Version: "2012-10-17", Statement: []}}
)yaml";

TEST(collection, iam_principals_and_policies_come_from_one_authorization_listing_each) {
  auto result = scan(iam_account, {"IAM_NO_INLINE_POLICY_CHECK", "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS"});
  // GetCallerIdentity, then GetAccountAuthorizationDetails for users, roles, groups and policies.
  EXPECT_EQ(result.stats.requests, 1u + 4u);
  auto users = result.inv.items("AWS::IAM::User");
  ASSERT_EQ(users.size(), 2u);
  EXPECT_EQ(users[0]->resource_name, "ana");
  EXPECT_EQ(users[0]->configuration["UserPolicyList"][0]["PolicyName"], "own");
  EXPECT_EQ(result.inv.items("AWS::IAM::Role").size(), 1u);
  auto policies = result.inv.items("AWS::IAM::Policy");
  ASSERT_EQ(policies.size(), 1u);
  EXPECT_EQ(policies[0]->configuration["PolicyVersionList"].size(), 2u) << "every version, the default marked";
  EXPECT_EQ(policies[0]->configuration["PolicyVersionList"][1]["IsDefaultVersion"], true);
}

TEST(collection, the_credential_report_is_generated_read_and_parsed) {
  auto result = scan(iam_account, {"IAM_USER_UNUSED_CREDENTIALS_CHECK"});
  const json* report = result.inv.document("iam.credential_report", std::string(global_region));
  ASSERT_NE(report, nullptr);
  ASSERT_TRUE(report->is_array());
  ASSERT_EQ(report->size(), 3u) << "the root's row, then one per user";
  EXPECT_EQ((*report)[0]["user"], "<root_account>");
  EXPECT_EQ((*report)[2]["user"], "ben");
  EXPECT_EQ((*report)[2]["password_enabled"], "true");
}

TEST(collection, credential_report_csv_keeps_quoted_fields_whole) {
  json rows = collectors::credential_report_rows("user,arn,note\r\nana,\"arn:aws:iam::1:user/ana\",\"a, \"\"b\"\"\"\r\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["arn"], "arn:aws:iam::1:user/ana");
  EXPECT_EQ(rows[0]["note"], "a, \"b\"");
}

TEST(collection, a_denied_authorization_listing_leaves_the_iam_rules_without_a_verdict) {
  std::string yaml = std::string(iam_account) +
                     "faults:\n  - {service: iam, operation: GetAccountAuthorizationDetails, code: AccessDenied}\n";
  auto result = scan(yaml, {"IAM_NO_INLINE_POLICY_CHECK"});
  auto verdicts = evaluate_pack(result.inv, {{"IAM_NO_INLINE_POLICY_CHECK", "iam-no-inline-policy-check", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 1u);
  EXPECT_EQ(verdicts.evaluations[0].result, compliance::insufficient_data);
  EXPECT_NE(verdicts.evaluations[0].annotation.find("iam:GetAccountAuthorizationDetails"), std::string::npos)
      << verdicts.evaluations[0].annotation;
}

}  // namespace
}  // namespace engine
