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

const char* backup_account = R"yaml(
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    ec2:
      Volumes: [{VolumeId: vol-0000000000000a001, Size: 8}]
    backup:
      BackupVaults:
        - BackupVaultName: daily
          RecoveryPoints:
            - {RecoveryPointArn: "arn:aws:ec2:us-east-1::snapshot/snap-0000000000000a001", IsEncrypted: true,
               ResourceArn: "arn:aws:ec2:us-east-1:123456789012:volume/vol-0000000000000a001"}
        - BackupVaultName: weekly
          RecoveryPoints:
            - {RecoveryPointArn: "arn:aws:ec2:us-east-1::snapshot/snap-0000000000000a002", IsEncrypted: false,
               ResourceArn: "arn:aws:ec2:us-east-1:123456789012:volume/vol-0000000000000a001"}
      BackupPlans:
        - BackupPlanId: 0b0b0b0b-0000-4000-8000-00000000b001
          BackupPlan: {BackupPlanName: daily, Rules: [{RuleName: r, TargetBackupVaultName: daily, ScheduleExpression: "cron(0 5 ? * * *)"}]}
          Selections:
            - {SelectionId: s-1, BackupSelection: {SelectionName: instances, IamRoleArn: "arn:aws:iam::999988887777:role/b",
                                                   Resources: ["arn:aws:ec2:*:*:instance/*"]}}
            - {SelectionId: s-2, BackupSelection: {SelectionName: databases, IamRoleArn: "arn:aws:iam::999988887777:role/b",
                                                   Resources: ["arn:aws:rds:*:*:db:*"]}}
        - BackupPlanId: 0b0b0b0b-0000-4000-8000-00000000b002
          BackupPlan: {BackupPlanName: weekly, Rules: [{RuleName: r, TargetBackupVaultName: weekly, ScheduleExpression: "cron(0 5 ? * SUN *)"}]}
          Selections:
            - {SelectionId: s-3, BackupSelection: {SelectionName: volumes, IamRoleArn: "arn:aws:iam::999988887777:role/b",
                                                   Resources: ["arn:aws:ec2:*:*:volume/*"]}}
)yaml";

TEST(collection, backup_selections_are_read_plan_by_plan_and_selection_by_selection) {
  auto result = scan(backup_account, {"EBS_IN_BACKUP_PLAN"});
  // GetCallerIdentity, DescribeVolumes, ListBackupPlans, ListBackupSelections of each plan,
  // GetBackupSelection of each selection.
  EXPECT_EQ(result.stats.requests, 1u + 1u + 1u + 2u + 3u);
  auto selections = result.inv.items("AWS::Backup::BackupSelection");
  ASSERT_EQ(selections.size(), 3u);
  EXPECT_EQ(selections[2]->resource_id, "s-3");
  EXPECT_EQ(selections[2]->resource_name, "volumes");
  EXPECT_EQ(selections[2]->configuration["BackupSelection"]["Resources"][0], "arn:aws:ec2:*:*:volume/*");
  auto verdicts = evaluate_pack(result.inv, {{"EBS_IN_BACKUP_PLAN", "ebs-in-backup-plan", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 1u);
  EXPECT_EQ(verdicts.evaluations[0].result, compliance::compliant) << verdicts.evaluations[0].annotation;
}

TEST(collection, a_failed_selection_listing_fails_the_region_and_a_failed_selection_only_itself) {
  std::string listing = std::string(backup_account) +
                        "faults:\n  - {service: backup, operation: ListBackupSelections, code: AccessDeniedException, status: 403}\n";
  auto unlisted = scan(listing, {"EBS_IN_BACKUP_PLAN"});
  auto verdicts = evaluate_pack(unlisted.inv, {{"EBS_IN_BACKUP_PLAN", "ebs-in-backup-plan", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 1u);
  EXPECT_EQ(verdicts.evaluations[0].result, compliance::insufficient_data);
  EXPECT_EQ(verdicts.evaluations[0].resource_type, std::string(account_resource_type)) << "the whole region";
  std::string getting = std::string(backup_account) +
                        "faults:\n  - {service: backup, operation: GetBackupSelection, code: AccessDeniedException, status: 403}\n";
  auto unread = scan(getting, {"EBS_IN_BACKUP_PLAN"});
  auto selections = unread.inv.items("AWS::Backup::BackupSelection");
  ASSERT_EQ(selections.size(), 3u) << "listed, each unreadable";
  EXPECT_TRUE(selections[0]->why_unreadable("configuration"));
  EXPECT_EQ(selections[0]->resource_name, "instances");
  verdicts = evaluate_pack(unread.inv, {{"EBS_IN_BACKUP_PLAN", "ebs-in-backup-plan", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 1u);
  EXPECT_EQ(verdicts.evaluations[0].result, compliance::insufficient_data);
  EXPECT_EQ(verdicts.evaluations[0].resource_id, "vol-0000000000000a001");
}

TEST(collection, recovery_points_come_from_every_vault) {
  auto result = scan(backup_account, {"BACKUP_RECOVERY_POINT_ENCRYPTED"});
  // GetCallerIdentity, ListBackupVaults, ListRecoveryPointsByBackupVault of each vault.
  EXPECT_EQ(result.stats.requests, 1u + 1u + 2u);
  auto verdicts = evaluate_pack(result.inv, {{"BACKUP_RECOVERY_POINT_ENCRYPTED", "backup-recovery-point-encrypted", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 2u);
  EXPECT_EQ(verdicts.evaluations[0].result, compliance::compliant);
  EXPECT_EQ(verdicts.evaluations[1].result, compliance::non_compliant);
  EXPECT_EQ(verdicts.evaluations[1].resource_id, "arn:aws:ec2:us-east-1::snapshot/snap-0000000000000a002");
}

}  // namespace
}  // namespace engine
