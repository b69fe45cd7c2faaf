// AWS Backup vaults, access policies, recovery points and protected resources through HTTP.

#include "tests/mockaws/services/backup/backup_test_support.hpp"

namespace hipaasim::testing::backup_tests {
namespace {

const char* job0 = "arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-0";
const char* job1 = "arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-1";
const char* job2 = "arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-2";
const char* ami = "arn:aws:ec2:us-east-1::image/ami-0123456789abcdef0";

TEST_F(backup_test, list_backup_vaults_counts_recovery_points_and_drops_sub_documents) {
  json list = ok("ListBackupVaults")["BackupVaultList"];
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list[0], json::parse(R"({
      "BackupVaultName": "prod-vault",
      "BackupVaultArn": "arn:aws:backup:us-east-1:123456789012:backup-vault:prod-vault",
      "CreationDate": "2024-01-01T00:00:00Z",
      "EncryptionKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1111",
      "NumberOfRecoveryPoints": 3, "Locked": true, "MinRetentionDays": 7, "MaxRetentionDays": 365
    })"));
  EXPECT_EQ(list[1]["NumberOfRecoveryPoints"], 1);
  EXPECT_EQ(list[2]["NumberOfRecoveryPoints"], 12);  // stated in the scenario
  EXPECT_EQ(walk("ListBackupVaults", {}, "BackupVaultList", "BackupVaultName"),
            json({"prod-vault", "Default", "no-policy"}));
}

TEST_F(backup_test, describe_backup_vault_returns_the_vault) {
  json vault = ok("DescribeBackupVault", {{"BackupVaultName", "prod-vault"}});
  EXPECT_EQ(vault["BackupVaultArn"],
            "arn:aws:backup:us-east-1:123456789012:backup-vault:prod-vault");
  EXPECT_EQ(vault["Locked"], true);
  EXPECT_EQ(vault["MinRetentionDays"], 7);
  EXPECT_EQ(vault["NumberOfRecoveryPoints"], 3);
  EXPECT_FALSE(vault.contains("RecoveryPoints"));
  EXPECT_FALSE(vault.contains("AccessPolicy"));
}

TEST_F(backup_test, unknown_vaults_are_access_denied_as_on_aws) {
  for (const char* operation :
       {"DescribeBackupVault", "GetBackupVaultAccessPolicy", "ListRecoveryPointsByBackupVault"}) {
    SCOPED_TRACE(operation);
    expect_error(operation, {{"BackupVaultName", "nope"}}, "AccessDeniedException",
                 "Insufficient privileges to perform this action.", 403);
  }
}

TEST_F(backup_test, get_backup_vault_access_policy_serialises_the_policy) {
  json answer = ok("GetBackupVaultAccessPolicy", {{"BackupVaultName", "prod-vault"}});
  EXPECT_EQ(answer["BackupVaultName"], "prod-vault");
  EXPECT_EQ(answer["BackupVaultArn"],
            "arn:aws:backup:us-east-1:123456789012:backup-vault:prod-vault");
  ASSERT_TRUE(answer["Policy"].is_string());
  EXPECT_EQ(json::parse(answer["Policy"].get<std::string>()), json::parse(R"({
      "Version": "2012-10-17",
      "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "backup:DeleteRecoveryPoint",
                     "Resource": "*"}]})"));
  // A policy given as text is returned as written.
  EXPECT_EQ(ok("GetBackupVaultAccessPolicy", {{"BackupVaultName", "Default"}})["Policy"],
            R"({"Version":"2012-10-17","Statement":[]})");
}

TEST_F(backup_test, a_vault_without_policy_is_resource_not_found) {
  expect_error("GetBackupVaultAccessPolicy", {{"BackupVaultName", "no-policy"}},
               "ResourceNotFoundException",
               "Backup Vault arn:aws:backup:us-east-1:123456789012:backup-vault:no-policy has no "
               "associated POLICY",
               400);
}

TEST_F(backup_test, list_recovery_points_by_backup_vault_names_the_vault) {
  json points =
      ok("ListRecoveryPointsByBackupVault", {{"BackupVaultName", "prod-vault"}})["RecoveryPoints"];
  ASSERT_EQ(points.size(), 3u);
  EXPECT_EQ(points[0], json::parse(R"({
      "RecoveryPointArn": "arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-1",
      "BackupVaultName": "prod-vault",
      "BackupVaultArn": "arn:aws:backup:us-east-1:123456789012:backup-vault:prod-vault",
      "ResourceArn": "arn:aws:rds:us-east-1:123456789012:db:prod-db",
      "ResourceType": "RDS",
      "CreatedBy": {"BackupPlanId": "plan-daily", "BackupRuleId": "rule-1"},
      "Status": "COMPLETED",
      "CreationDate": "2024-05-30T05:00:00Z",
      "BackupSizeInBytes": 1073741824,
      "EncryptionKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1111",
      "IsEncrypted": true
    })"));
  EXPECT_EQ(
      ok("ListRecoveryPointsByBackupVault", {{"BackupVaultName", "no-policy"}})["RecoveryPoints"],
      json::array());
}

TEST_F(backup_test, list_recovery_points_by_backup_vault_filters) {
  auto arns = [&](json input) {
    input["BackupVaultName"] = "prod-vault";
    return pluck("ListRecoveryPointsByBackupVault", input, "RecoveryPoints", "RecoveryPointArn");
  };
  EXPECT_EQ(arns({{"ByResourceType", "EC2"}}), json({ami}));
  EXPECT_EQ(arns({{"ByResourceArn", prod_db}}), json({job1, job2}));
  EXPECT_EQ(arns({{"ByBackupPlanId", "plan-weekly"}}), json({ami}));
  EXPECT_EQ(arns({{"ByCreatedAfter", "2024-05-20T00:00:00Z"}}), json({job1, job2}));
  EXPECT_EQ(arns({{"ByCreatedBefore", "2024-05-31T00:00:00Z"}}), json({job1, ami}));
  EXPECT_EQ(arns({{"ByCreatedAfter", "2024-05-20T00:00:00Z"},
                  {"ByCreatedBefore", "2024-05-31T00:00:00Z"}}),
            json({job1}));
  EXPECT_EQ(arns({{"ByResourceType", "RDS"}, {"ByBackupPlanId", "plan-weekly"}}), json::array());
  EXPECT_EQ(walk("ListRecoveryPointsByBackupVault", {{"BackupVaultName", "prod-vault"}},
                 "RecoveryPoints", "RecoveryPointArn"),
            json({job1, job2, ami}));
}

TEST_F(backup_test, list_recovery_points_by_resource_gathers_every_vault) {
  json points = ok("ListRecoveryPointsByResource", {{"ResourceArn", prod_db}})["RecoveryPoints"];
  ASSERT_EQ(points.size(), 3u);
  EXPECT_EQ(points[0], json::parse(R"({
      "RecoveryPointArn": "arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-1",
      "CreationDate": "2024-05-30T05:00:00Z",
      "Status": "COMPLETED",
      "EncryptionKeyArn": "arn:aws:kms:us-east-1:123456789012:key/1111",
      "BackupSizeBytes": 1073741824,
      "BackupVaultName": "prod-vault"
    })"));
  EXPECT_EQ(points[2]["RecoveryPointArn"], job0);
  EXPECT_EQ(points[2]["BackupVaultName"], "Default");
  EXPECT_EQ(points[2]["BackupSizeBytes"], 5);
  EXPECT_EQ(walk("ListRecoveryPointsByResource", {{"ResourceArn", prod_db}}, "RecoveryPoints",
                 "RecoveryPointArn"),
            json({job1, job2, job0}));
  EXPECT_EQ(ok("ListRecoveryPointsByResource",
               {{"ResourceArn", "arn:aws:rds:us-east-1:123456789012:db:other"}})["RecoveryPoints"],
            json::array());
}

TEST_F(backup_test, list_protected_resources_derives_from_completed_recovery_points) {
  // The EC2 instance's only recovery point is PARTIAL: not a successful backup.
  EXPECT_EQ(ok("ListProtectedResources")["Results"], json::parse(R"([
      {"ResourceArn": "arn:aws:rds:us-east-1:123456789012:db:prod-db", "ResourceType": "RDS",
       "LastBackupTime": "2024-05-31T05:00:00Z"}])"));
}

TEST_F(backup_test, list_protected_resources_returns_the_stated_collection) {
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("ListProtectedResources")["Results"], json::parse(R"([
      {"ResourceArn": "arn:aws:dynamodb:eu-west-1:123456789012:table/orders",
       "ResourceType": "DynamoDB", "LastBackupTime": "2024-05-01T00:00:00Z"}])"));
  EXPECT_EQ(ok("ListBackupVaults")["BackupVaultList"], json::array());
}

TEST(backup_paging, list_protected_resources_pages_one_at_a_time) {
  scenario_server server(R"yaml(
regions:
  us-east-1:
    backup:
      ProtectedResources:
        - {ResourceArn: "arn:aws:ec2:us-east-1:123456789012:volume/vol-1", ResourceType: EBS}
        - {ResourceArn: "arn:aws:ec2:us-east-1:123456789012:volume/vol-2", ResourceType: EBS}
        - {ResourceArn: "arn:aws:ec2:us-east-1:123456789012:volume/vol-3", ResourceType: EBS}
)yaml");
  aws_test_client client = server.client();
  json seen = json::array();
  json input = {{"MaxResults", 1}};
  for (int page = 0; page < 10; ++page) {
    auto outcome = client.call("backup", "ListProtectedResources", input);
    ASSERT_FALSE(outcome.error) << outcome.error->message;
    ASSERT_EQ(outcome.output["Results"].size(), 1u);
    seen.push_back(outcome.output["Results"][0]["ResourceArn"]);
    if (!outcome.output.contains("NextToken")) break;
    input["NextToken"] = outcome.output["NextToken"];
  }
  EXPECT_EQ(seen, json({"arn:aws:ec2:us-east-1:123456789012:volume/vol-1",
                        "arn:aws:ec2:us-east-1:123456789012:volume/vol-2",
                        "arn:aws:ec2:us-east-1:123456789012:volume/vol-3"}));
}

}  // namespace
}  // namespace hipaasim::testing::backup_tests
