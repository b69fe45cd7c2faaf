#pragma once
// The scenario and client helpers the AWS Backup tests share.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing::backup_tests {

inline constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    backup:
      BackupPlans:
        - BackupPlanId: plan-daily
          BackupPlanArn: arn:aws:backup:us-east-1:123456789012:backup-plan:plan-daily
          VersionId: v2
          CreationDate: 2024-01-01T00:00:00Z
          LastExecutionDate: 2024-05-31T05:00:00Z
          CreatorRequestId: req-1
          BackupPlan:
            BackupPlanName: daily-rds
            Rules:
              - RuleName: daily
                RuleId: rule-1
                TargetBackupVaultName: prod-vault
                ScheduleExpression: cron(0 5 ? * * *)
                StartWindowMinutes: 60
                CompletionWindowMinutes: 180
                Lifecycle: {DeleteAfterDays: 35}
                EnableContinuousBackup: false
                RecoveryPointTags: {team: data}
                CopyActions:
                  - DestinationBackupVaultArn: arn:aws:backup:us-west-2:123456789012:backup-vault:dr
                    Lifecycle: {DeleteAfterDays: 90}
            AdvancedBackupSettings:
              - {ResourceType: EC2, BackupOptions: {WindowsVSS: enabled}}
          Selections:
            - SelectionId: sel-rds
              CreationDate: 2024-01-02T00:00:00Z
              CreatorRequestId: req-2
              BackupSelection:
                SelectionName: rds-prod
                IamRoleArn: arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole
                Resources: [arn:aws:rds:us-east-1:123456789012:db:prod-db]
                ListOfTags:
                  - {ConditionType: STRINGEQUALS, ConditionKey: backup, ConditionValue: daily}
            - SelectionId: sel-all
              CreationDate: 2024-01-03T00:00:00Z
              BackupSelection:
                SelectionName: everything
                IamRoleArn: arn:aws:iam::123456789012:role/backup
                Resources: ["*"]
        - BackupPlanId: plan-weekly
          BackupPlanArn: arn:aws:backup:us-east-1:123456789012:backup-plan:plan-weekly
          VersionId: w1
          CreationDate: 2024-02-01T00:00:00Z
          BackupPlan:
            BackupPlanName: weekly
            Rules: [{RuleName: weekly, TargetBackupVaultName: Default}]
        - BackupPlanId: plan-old
          BackupPlanArn: arn:aws:backup:us-east-1:123456789012:backup-plan:plan-old
          VersionId: o1
          CreationDate: 2023-01-01T00:00:00Z
          DeletionDate: 2023-06-01T00:00:00Z
          BackupPlan: {BackupPlanName: retired, Rules: []}
      BackupVaults:
        - BackupVaultName: prod-vault
          BackupVaultArn: arn:aws:backup:us-east-1:123456789012:backup-vault:prod-vault
          CreationDate: 2024-01-01T00:00:00Z
          EncryptionKeyArn: arn:aws:kms:us-east-1:123456789012:key/1111
          Locked: true
          MinRetentionDays: 7
          MaxRetentionDays: 365
          AccessPolicy:
            Version: "2012-10-17"
            Statement:
              - {Effect: Deny, Principal: "*", Action: "backup:DeleteRecoveryPoint", Resource: "*"}
          RecoveryPoints:
            - RecoveryPointArn: arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-1
              ResourceArn: arn:aws:rds:us-east-1:123456789012:db:prod-db
              ResourceType: RDS
              CreatedBy: {BackupPlanId: plan-daily, BackupRuleId: rule-1}
              Status: COMPLETED
              CreationDate: 2024-05-30T05:00:00Z
              BackupSizeInBytes: 1073741824
              IsEncrypted: true
              EncryptionKeyArn: arn:aws:kms:us-east-1:123456789012:key/1111
            - RecoveryPointArn: arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-2
              ResourceArn: arn:aws:rds:us-east-1:123456789012:db:prod-db
              ResourceType: RDS
              CreatedBy: {BackupPlanId: plan-daily, BackupRuleId: rule-1}
              Status: COMPLETED
              CreationDate: 2024-05-31T05:00:00Z
            - RecoveryPointArn: arn:aws:ec2:us-east-1::image/ami-0123456789abcdef0
              ResourceArn: arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0
              ResourceType: EC2
              CreatedBy: {BackupPlanId: plan-weekly}
              Status: PARTIAL
              CreationDate: 2024-05-15T00:00:00Z
        - BackupVaultName: Default
          BackupVaultArn: arn:aws:backup:us-east-1:123456789012:backup-vault:Default
          CreationDate: 2023-01-01T00:00:00Z
          AccessPolicy: '{"Version":"2012-10-17","Statement":[]}'
          RecoveryPoints:
            - RecoveryPointArn: arn:aws:rds:us-east-1:123456789012:snapshot:awsbackup:job-0
              ResourceArn: arn:aws:rds:us-east-1:123456789012:db:prod-db
              ResourceType: RDS
              Status: COMPLETED
              CreationDate: 2024-04-01T00:00:00Z
              BackupSizeInBytes: 5
        - BackupVaultName: no-policy
          BackupVaultArn: arn:aws:backup:us-east-1:123456789012:backup-vault:no-policy
          NumberOfRecoveryPoints: 12
  eu-west-1:
    backup:
      ProtectedResources:
        - ResourceArn: arn:aws:dynamodb:eu-west-1:123456789012:table/orders
          ResourceType: DynamoDB
          LastBackupTime: 2024-05-01T00:00:00Z
)yaml";

inline constexpr const char* prod_db = "arn:aws:rds:us-east-1:123456789012:db:prod-db";

class backup_test : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  mockaws::protocol::call_outcome call(const char* operation, const json& input = json::object()) {
    return client_.call("backup", operation, input);
  }
  json ok(const char* operation, const json& input = json::object()) {
    auto outcome = call(operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    return outcome.output;
  }
  // Member `member` of each item of list `list` in a successful answer.
  json pluck(const char* operation, const json& input, const char* list, const char* member) {
    json out = json::array();
    for (const auto& item : ok(operation, input).value(list, json::array()))
      out.push_back(item[member]);
    return out;
  }
  // Walks every page with MaxResults 1: each page holds one item and the token ends the walk.
  json walk(const char* operation, json input, const char* list, const char* member) {
    json seen = json::array();
    input["MaxResults"] = 1;
    for (int page = 0; page < 20; ++page) {
      json output = ok(operation, input);
      EXPECT_LE(output.value(list, json::array()).size(), 1u);
      for (const auto& item : output.value(list, json::array())) seen.push_back(item[member]);
      if (!output.contains("NextToken")) break;
      input["NextToken"] = output["NextToken"];
    }
    return seen;
  }
  void expect_error(const char* operation, const json& input, const char* code,
                    const std::string& message, unsigned status) {
    auto outcome = call(operation, input);
    ASSERT_TRUE(outcome.error) << operation << " succeeded";
    EXPECT_EQ(outcome.error->code, code);
    EXPECT_EQ(outcome.error->message, message);
    EXPECT_EQ(outcome.http_status, status);
  }
};

}  // namespace hipaasim::testing::backup_tests
