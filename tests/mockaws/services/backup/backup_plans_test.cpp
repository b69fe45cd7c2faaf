// AWS Backup plans and selections through HTTP (REST-JSON).

#include "tests/mockaws/services/backup/backup_test_support.hpp"

namespace hipaasim::testing::backup_tests {
namespace {

TEST_F(backup_test, list_backup_plans_skips_deleted_plans_by_default) {
  EXPECT_EQ(pluck("ListBackupPlans", {}, "BackupPlansList", "BackupPlanId"),
            json({"plan-daily", "plan-weekly"}));
  EXPECT_EQ(pluck("ListBackupPlans", {{"IncludeDeleted", true}}, "BackupPlansList", "BackupPlanId"),
            json({"plan-daily", "plan-weekly", "plan-old"}));
  EXPECT_EQ(
      pluck("ListBackupPlans", {{"IncludeDeleted", false}}, "BackupPlansList", "BackupPlanId"),
      json({"plan-daily", "plan-weekly"}));
}

TEST_F(backup_test, list_backup_plans_takes_name_and_settings_from_the_plan_document) {
  json list = ok("ListBackupPlans")["BackupPlansList"];
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0], json::parse(R"({
      "BackupPlanArn": "arn:aws:backup:us-east-1:123456789012:backup-plan:plan-daily",
      "BackupPlanId": "plan-daily",
      "CreationDate": "2024-01-01T00:00:00Z",
      "VersionId": "v2",
      "BackupPlanName": "daily-rds",
      "CreatorRequestId": "req-1",
      "LastExecutionDate": "2024-05-31T05:00:00Z",
      "AdvancedBackupSettings": [{"ResourceType": "EC2", "BackupOptions": {"WindowsVSS": "enabled"}}]
    })"));
  EXPECT_EQ(list[1]["BackupPlanName"], "weekly");
  EXPECT_FALSE(list[1].contains("AdvancedBackupSettings"));
  json deleted = ok("ListBackupPlans", {{"IncludeDeleted", true}})["BackupPlansList"][2];
  EXPECT_EQ(deleted["DeletionDate"], "2023-06-01T00:00:00Z");
}

TEST_F(backup_test, list_backup_plans_pages_one_at_a_time) {
  EXPECT_EQ(walk("ListBackupPlans", {{"IncludeDeleted", true}}, "BackupPlansList", "BackupPlanId"),
            json({"plan-daily", "plan-weekly", "plan-old"}));
}

TEST_F(backup_test, get_backup_plan_returns_the_document_and_metadata) {
  json plan = ok("GetBackupPlan", {{"BackupPlanId", "plan-daily"}});
  EXPECT_EQ(plan["BackupPlanId"], "plan-daily");
  EXPECT_EQ(plan["BackupPlanArn"], "arn:aws:backup:us-east-1:123456789012:backup-plan:plan-daily");
  EXPECT_EQ(plan["VersionId"], "v2");
  EXPECT_EQ(plan["CreationDate"], "2024-01-01T00:00:00Z");
  EXPECT_EQ(plan["LastExecutionDate"], "2024-05-31T05:00:00Z");
  EXPECT_EQ(plan["CreatorRequestId"], "req-1");
  EXPECT_FALSE(plan.contains("Selections"));
  EXPECT_EQ(plan["AdvancedBackupSettings"][0]["ResourceType"], "EC2");
  const json& document = plan["BackupPlan"];
  EXPECT_EQ(document["BackupPlanName"], "daily-rds");
  EXPECT_EQ(document["Rules"][0], json::parse(R"json({
      "RuleName": "daily", "RuleId": "rule-1", "TargetBackupVaultName": "prod-vault",
      "ScheduleExpression": "cron(0 5 ? * * *)", "StartWindowMinutes": 60,
      "CompletionWindowMinutes": 180, "Lifecycle": {"DeleteAfterDays": 35},
      "EnableContinuousBackup": false, "RecoveryPointTags": {"team": "data"},
      "CopyActions": [{"DestinationBackupVaultArn": "arn:aws:backup:us-west-2:123456789012:backup-vault:dr",
                       "Lifecycle": {"DeleteAfterDays": 90}}]
    })json"));
}

TEST_F(backup_test, get_backup_plan_reads_a_version_and_deleted_plans) {
  EXPECT_EQ(ok("GetBackupPlan", {{"BackupPlanId", "plan-daily"}, {"VersionId", "v2"}})["VersionId"],
            "v2");
  json old = ok("GetBackupPlan", {{"BackupPlanId", "plan-old"}});
  EXPECT_EQ(old["DeletionDate"], "2023-06-01T00:00:00Z");
  EXPECT_EQ(old["BackupPlan"]["BackupPlanName"], "retired");
}

TEST_F(backup_test, get_backup_plan_unknown_plan_or_version_is_resource_not_found) {
  expect_error("GetBackupPlan", {{"BackupPlanId", "nope"}}, "ResourceNotFoundException",
               "Failed reading Backup plan with provided version", 400);
  expect_error("GetBackupPlan", {{"BackupPlanId", "plan-daily"}, {"VersionId", "v1"}},
               "ResourceNotFoundException", "Failed reading Backup plan with provided version",
               400);
}

TEST_F(backup_test, list_backup_selections_summarises_each_selection) {
  json list = ok("ListBackupSelections", {{"BackupPlanId", "plan-daily"}})["BackupSelectionsList"];
  EXPECT_EQ(list, json::parse(R"([
      {"SelectionId": "sel-rds", "SelectionName": "rds-prod", "BackupPlanId": "plan-daily",
       "CreationDate": "2024-01-02T00:00:00Z", "CreatorRequestId": "req-2",
       "IamRoleArn": "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole"},
      {"SelectionId": "sel-all", "SelectionName": "everything", "BackupPlanId": "plan-daily",
       "CreationDate": "2024-01-03T00:00:00Z", "IamRoleArn": "arn:aws:iam::123456789012:role/backup"}
    ])"));
  EXPECT_EQ(ok("ListBackupSelections", {{"BackupPlanId", "plan-weekly"}})["BackupSelectionsList"],
            json::array());
  EXPECT_EQ(walk("ListBackupSelections", {{"BackupPlanId", "plan-daily"}}, "BackupSelectionsList",
                 "SelectionId"),
            json({"sel-rds", "sel-all"}));
}

TEST_F(backup_test, get_backup_selection_returns_the_selection_document) {
  json selection =
      ok("GetBackupSelection", {{"BackupPlanId", "plan-daily"}, {"SelectionId", "sel-rds"}});
  EXPECT_EQ(selection, json::parse(R"({
      "BackupSelection": {
        "SelectionName": "rds-prod",
        "IamRoleArn": "arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole",
        "Resources": ["arn:aws:rds:us-east-1:123456789012:db:prod-db"],
        "ListOfTags": [{"ConditionType": "STRINGEQUALS", "ConditionKey": "backup",
                        "ConditionValue": "daily"}]},
      "SelectionId": "sel-rds", "BackupPlanId": "plan-daily",
      "CreationDate": "2024-01-02T00:00:00Z", "CreatorRequestId": "req-2"
    })"));
}

TEST_F(backup_test, selection_calls_report_unknown_plans_and_selections) {
  expect_error("ListBackupSelections", {{"BackupPlanId", "nope"}}, "InvalidParameterValueException",
               "Cannot find Backup plan with ID nope", 400);
  expect_error("GetBackupSelection", {{"BackupPlanId", "nope"}, {"SelectionId", "sel-rds"}},
               "InvalidParameterValueException", "Cannot find Backup plan with ID nope", 400);
  expect_error("GetBackupSelection", {{"BackupPlanId", "plan-daily"}, {"SelectionId", "nope"}},
               "ResourceNotFoundException", "Cannot find Backup selection with ID nope", 400);
}

TEST_F(backup_test, plans_are_regional) {
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("ListBackupPlans")["BackupPlansList"], json::array());
  expect_error("GetBackupPlan", {{"BackupPlanId", "plan-daily"}}, "ResourceNotFoundException",
               "Failed reading Backup plan with provided version", 400);
}

}  // namespace
}  // namespace hipaasim::testing::backup_tests
