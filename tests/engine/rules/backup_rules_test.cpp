// AWS Backup: schedule expressions and the frequency-and-retention rule; the rules over
// selections (*_IN_BACKUP_PLAN), protected resources, recovery points and vault policies.

#include <gtest/gtest.h>

#include "engine/rules/backup/schedule.hpp"
#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;
using rules::longest_gap_hours;

TEST(backup_schedule, longest_gap_between_runs) {
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * * *)"), 24);
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * SUN *)"), 168);
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * MON-FRI *)"), 72) << "Friday to Monday";
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * 1,4 *)"), 96) << "AWS numbers Sunday 1";
  EXPECT_EQ(longest_gap_hours("cron(0 */12 * * ? *)"), 12);
  EXPECT_EQ(longest_gap_hours("cron(0 5,17 * * ? *)"), 12);
  EXPECT_EQ(longest_gap_hours("cron(0 5 1 * ? *)"), 744) << "monthly: up to 31 days";
  EXPECT_EQ(longest_gap_hours("rate(12 hours)"), 12);
  EXPECT_EQ(longest_gap_hours("rate(1 day)"), 24);
  EXPECT_EQ(longest_gap_hours("every day"), std::nullopt);
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? *)"), std::nullopt);
}

configuration_item plan(const std::string& name, json rules) {
  return item("AWS::Backup::BackupPlan", name + "-id",
              {{"BackupPlan", {{"BackupPlanName", name}, {"Rules", rules}}}}, "us-east-1", name);
}

json backup_rule(const std::string& schedule, std::optional<int> keep_days) {
  json r = {{"RuleName", "r"}, {"ScheduleExpression", schedule}, {"TargetBackupVaultName", "v"}};
  if (keep_days) r["Lifecycle"] = {{"DeleteAfterDays", *keep_days}};
  return r;
}

TEST(backup_plan_min_frequency_and_min_retention_check, one_rule_must_be_daily_and_keep_35_days) {
  inventory inv = make_inventory();
  inv.add(plan("daily-35", json::array({backup_rule("cron(0 5 ? * * *)", 35)})));
  inv.add(plan("weekly", json::array({backup_rule("cron(0 5 ? * SUN *)", 35)})));
  inv.add(plan("daily-7", json::array({backup_rule("cron(0 5 ? * * *)", 7)})));
  inv.add(plan("forever", json::array({backup_rule("rate(1 day)", std::nullopt)})));
  inv.add(plan("mixed", json::array({backup_rule("cron(0 5 ? * * *)", 7), backup_rule("cron(0 6 ? * * *)", 90)})));
  auto e = run(inv, "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK");
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[1].annotation, "rule r runs only every 168 hours (required: every 24 hours, kept 35 days)");
  EXPECT_EQ(e[2].result, compliance::non_compliant);
  EXPECT_EQ(e[3].result, compliance::compliant) << "no DeleteAfterDays: kept forever";
  EXPECT_EQ(e[4].result, compliance::compliant) << "one good rule is enough";
  auto hourly = run(inv, "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK",
                    {{"requiredFrequencyValue", "12"}, {"requiredFrequencyUnit", "hours"}});
  EXPECT_EQ(hourly[0].result, compliance::non_compliant) << "daily is not every 12 hours";
}

// ----- selections: the *_IN_BACKUP_PLAN rules -----

configuration_item selection(const std::string& name, json document, std::string region = "us-east-1") {
  return make_item("AWS::Backup::BackupSelection", name + "-id", name, "", std::move(region),
                   {{"SelectionId", name + "-id"}, {"BackupPlanId", "plan-1"}, {"BackupSelection", document}});
}

configuration_item volume(const std::string& id, json tags = json::array()) {
  return item("AWS::EC2::Volume", id, {{"VolumeId", id}, {"Tags", tags}});
}

TEST(ebs_in_backup_plan, a_volume_must_be_selected_by_its_own_arn_in_its_region) {
  inventory inv = make_inventory({"us-east-1", "us-west-2"});
  inv.add(selection("volumes-tagged", {{"Resources", {"arn:aws:ec2:*:*:volume/*"}},
                                       {"Conditions", {{"StringEquals", {{{"ConditionKey", "aws:ResourceTag/backup"},
                                                                           {"ConditionValue", "true"}}}}}}}));
  inv.add(selection("west", {{"Resources", {"*"}}}, "us-west-2"));
  inv.add(volume("vol-1", json::parse(R"([{"Key": "backup", "Value": "true"}])")));
  inv.add(volume("vol-2"));
  auto e = run(inv, "EBS_IN_BACKUP_PLAN");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[0].annotation,
            "backup selection volumes-tagged of plan plan-1 covers arn:aws:ec2:us-east-1:123456789012:volume/vol-1: "
            "Resources arn:aws:ec2:*:*:volume/*");
  EXPECT_EQ(e[1].result, compliance::non_compliant) << "untagged; the us-west-2 selection is another region's";
  EXPECT_EQ(e[1].annotation,
            "arn:aws:ec2:us-east-1:123456789012:volume/vol-2 is in no backup plan's selection (volumes-tagged: "
            "its Conditions test StringEquals aws:ResourceTag/backup=true fails)");
}

TEST(ebs_in_backup_plan, no_selection_at_all_is_non_compliant_and_an_unreadable_one_insufficient) {
  inventory inv = make_inventory();
  inv.add(volume("vol-1"));
  EXPECT_EQ(run(inv, "EBS_IN_BACKUP_PLAN")[0].result, compliance::non_compliant);
  configuration_item hidden = selection("hidden", json::object());
  hidden.unreadable["configuration"] = "AccessDeniedException (403)";
  inv.add(std::move(hidden));
  inv.add(selection("instances", {{"Resources", {"arn:aws:ec2:*:*:instance/*"}}}));
  auto e = run(inv, "EBS_IN_BACKUP_PLAN");
  EXPECT_EQ(e[0].result, compliance::insufficient_data) << "the unreadable selection may cover it";
  inv.add(selection("volumes", {{"Resources", {"arn:aws:ec2:*:*:volume/*"}}}));
  EXPECT_EQ(run(inv, "EBS_IN_BACKUP_PLAN")[0].result, compliance::compliant) << "a readable one does";
}

TEST(rds_in_backup_plan, an_instance_is_judged_by_its_own_arn_not_its_clusters) {
  inventory inv = make_inventory();
  inv.add(selection("cluster", {{"Resources", {"arn:aws:rds:us-east-1:123456789012:cluster:records"}}}));
  inv.add(make_item("AWS::RDS::DBInstance", "db-ABC", "records-1", "arn:aws:rds:us-east-1:123456789012:db:records-1",
                    "us-east-1", {{"DBInstanceIdentifier", "records-1"}, {"DBClusterIdentifier", "records"}}));
  inv.add(make_item("AWS::RDS::DBInstance", "db-DEF", "billing", "arn:aws:rds:us-east-1:123456789012:db:billing",
                    "us-east-1", {{"DBInstanceIdentifier", "billing"}, {"TagList", {{{"Key", "backup"}, {"Value", "yes"}}}}}));
  inv.add(selection("tagged", {{"ListOfTags", {{{"ConditionType", "STRINGEQUALS"}, {"ConditionKey", "backup"}, {"ConditionValue", "yes"}}}}}));
  auto e = run(inv, "RDS_IN_BACKUP_PLAN");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].result, compliance::non_compliant) << "only its cluster is selected";
  EXPECT_EQ(e[1].result, compliance::compliant) << "TagList";
}

TEST(dynamodb_in_backup_plan, tags_come_from_list_tags_of_resource) {
  inventory inv = make_inventory();
  inv.add(selection("tagged", {{"Conditions", {{"StringEquals", {{{"ConditionKey", "aws:ResourceTag/backup"}, {"ConditionValue", "daily"}}}}}}}));
  auto table = [](const std::string& name) {
    return make_item("AWS::DynamoDB::Table", name, name, "arn:aws:dynamodb:us-east-1:123456789012:table/" + name,
                     "us-east-1", {{"TableName", name}});
  };
  configuration_item visits = table("visits");
  visits.supplementary["Tags"] = json::parse(R"([{"Key": "backup", "Value": "daily"}])");
  configuration_item scratch = table("scratch");
  scratch.supplementary["Tags"] = json::array();
  configuration_item hidden = table("hidden");
  hidden.unreadable["Tags"] = "AccessDeniedException (400)";
  inv.add(std::move(visits));
  inv.add(std::move(scratch));
  inv.add(std::move(hidden));
  auto e = run(inv, "DYNAMODB_IN_BACKUP_PLAN");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[2].result, compliance::insufficient_data);
}

TEST(efs_in_backup_plan, a_file_system_is_selected_by_its_arn) {
  inventory inv = make_inventory();
  inv.add(selection("efs", {{"Resources", {"arn:aws:elasticfilesystem:*:*:file-system/*"}},
                            {"NotResources", {"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-2"}}}));
  for (std::string id : {"fs-1", "fs-2"})
    inv.add(make_item("AWS::EFS::FileSystem", id, id, "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/" + id,
                      "us-east-1", {{"FileSystemId", id}}));
  auto e = run(inv, "EFS_IN_BACKUP_PLAN");
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
}

// ----- protection: EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN -----

const std::string instance_arn = "arn:aws:ec2:us-east-1:123456789012:instance/i-1";

configuration_item instance(const std::string& id, const std::string& state = "running", json tags = json::array()) {
  return item("AWS::EC2::Instance", id, {{"InstanceId", id}, {"State", {{"Name", state}}}, {"Tags", tags}});
}

configuration_item recovery_point(const std::string& arn, const std::string& vault, const std::string& region = "us-east-1",
                                  json extra = json::object()) {
  json c = {{"RecoveryPointArn", arn + "-point-" + vault},
            {"ResourceArn", arn},
            {"BackupVaultName", vault},
            {"BackupVaultArn", "arn:aws:backup:" + region + ":123456789012:backup-vault:" + vault},
            {"Status", "COMPLETED"}};
  c.update(extra);
  return make_item("AWS::Backup::RecoveryPoint", c["RecoveryPointArn"], "", c["RecoveryPointArn"], region, c);
}

configuration_item vault(const std::string& name, json extra = json::object(), const std::string& region = "us-east-1") {
  json c = {{"BackupVaultName", name}, {"BackupVaultArn", "arn:aws:backup:" + region + ":123456789012:backup-vault:" + name}};
  c.update(extra);
  return make_item("AWS::Backup::BackupVault", name, name, c["BackupVaultArn"], region, c);
}

inventory protected_instance_inventory() {
  inventory inv = make_inventory({"us-east-1", "us-west-2"});
  inv.add(instance("i-1"));
  inv.set_document("backup.protected_resources", "us-east-1", json::array({{{"ResourceArn", instance_arn}}}));
  inv.set_document("backup.protected_resources", "us-west-2", json::array());
  inv.add(vault("daily"));
  inv.add(recovery_point(instance_arn, "daily", "us-east-1", {{"CreatedBy", {{"BackupPlanId", "plan-1"}}}}));
  return inv;
}

TEST(ec2_resources_protected_by_backup_plan, running_instances_must_be_listed_as_protected) {
  inventory inv = protected_instance_inventory();
  inv.add(instance("i-2"));
  inv.add(instance("i-3", "stopped"));
  auto e = run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[1].annotation, "EC2 instance arn:aws:ec2:us-east-1:123456789012:instance/i-2 has no backup: "
                             "ListProtectedResources does not list it");
  EXPECT_EQ(e[2].result, compliance::not_applicable);
}

TEST(ec2_resources_protected_by_backup_plan, resource_id_and_tags_narrow_what_is_judged) {
  inventory inv = protected_instance_inventory();
  inv.add(instance("i-2", "running", json::parse(R"([{"Key": "env", "Value": "prod"}])")));
  auto by_id = run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"resourceId", "i-2"}});
  EXPECT_EQ(by_id[0].result, compliance::not_applicable);
  EXPECT_EQ(by_id[1].result, compliance::non_compliant);
  auto by_tag = run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"resourceTags", R"({"env": "prod"})"}});
  EXPECT_EQ(by_tag[0].result, compliance::not_applicable);
  EXPECT_EQ(by_tag[1].result, compliance::non_compliant);
  auto broken = run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"resourceTags", "env=prod"}});
  EXPECT_EQ(broken[0].result, compliance::insufficient_data);
}

TEST(ec2_resources_protected_by_backup_plan, copies_are_recovery_points_there_or_the_plans_copy_actions) {
  inventory inv = protected_instance_inventory();
  auto none = run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"crossRegionList", "us-west-2"}});
  EXPECT_EQ(none[0].result, compliance::non_compliant);
  EXPECT_EQ(none[0].annotation, "EC2 instance " + instance_arn + " keeps no backup copy in region us-west-2 (crossRegionList)");
  inv.add(recovery_point(instance_arn, "dr", "us-west-2"));
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"crossRegionList", "us-west-2"}})[0].result,
            compliance::compliant)
      << "the copy in us-west-2's vault";
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"crossAccountList", "444455556666"}})[0].result,
            compliance::non_compliant);
  inv.add(item("AWS::Backup::BackupPlan", "plan-1",
               {{"BackupPlanId", "plan-1"},
                {"BackupPlan", {{"Rules", {{{"RuleName", "daily"},
                                             {"CopyActions", {{{"DestinationBackupVaultArn",
                                                                "arn:aws:backup:eu-west-1:444455556666:backup-vault:vault"}}}}}}}}}}));
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"crossAccountList", "444455556666"}})[0].result,
            compliance::compliant)
      << "the plan that made its recovery point copies to that account";
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"crossRegionList", "us-west-2, eu-west-1"}})[0].result,
            compliance::compliant);
}

TEST(ec2_resources_protected_by_backup_plan, an_unread_plan_leaves_its_copies_unknown) {
  inventory inv = protected_instance_inventory();
  configuration_item plan = item("AWS::Backup::BackupPlan", "plan-1", {{"BackupPlanId", "plan-1"}});
  plan.unreadable["configuration"] = "AccessDeniedException (403)";
  inv.add(std::move(plan));
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"crossAccountList", "444455556666"}})[0].result,
            compliance::insufficient_data);
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN")[0].result, compliance::compliant)
      << "without the copy parameters the plan is not read";
}

TEST(ec2_resources_protected_by_backup_plan, vault_lock_and_its_retention_bounds) {
  inventory inv = protected_instance_inventory();
  auto unlocked = run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"backupVaultLockCheck", "True"}});
  EXPECT_EQ(unlocked[0].result, compliance::non_compliant);
  EXPECT_EQ(unlocked[0].annotation, "EC2 instance " + instance_arn +
                                        " is not backed up in a locked vault within the retention asked: vault daily has no Vault Lock");
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"backupVaultLockCheck", "False"}})[0].result,
            compliance::compliant);
  inv.add(vault("locked", {{"Locked", true}, {"MinRetentionDays", 30}, {"MaxRetentionDays", 365}}));
  inv.add(recovery_point(instance_arn, "locked"));
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"backupVaultLockCheck", "true"}})[0].result,
            compliance::compliant);
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"minRetentionDays", "30"}})[0].result, compliance::compliant);
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"minRetentionDays", "31"}})[0].result,
            compliance::non_compliant);
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"maxRetentionDays", "365"}})[0].result, compliance::compliant);
  EXPECT_EQ(run(inv, "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"maxRetentionDays", "364"}})[0].result,
            compliance::non_compliant);
}

// ----- recovery points -----

TEST(backup_recovery_point_encrypted, is_encrypted_must_be_true) {
  inventory inv = make_inventory();
  inv.add(recovery_point(instance_arn, "a", "us-east-1", {{"IsEncrypted", true}}));
  inv.add(recovery_point(instance_arn, "b", "us-east-1", {{"IsEncrypted", false}}));
  inv.add(recovery_point(instance_arn, "c"));
  auto e = run(inv, "BACKUP_RECOVERY_POINT_ENCRYPTED");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[2].result, compliance::non_compliant) << "not stated: not shown encrypted";
}

TEST(backup_recovery_point_minimum_retention_check, lifecycle_must_keep_the_point_35_days) {
  inventory inv = make_inventory();
  inv.add(recovery_point(instance_arn, "a", "us-east-1", {{"Lifecycle", {{"DeleteAfterDays", 35}}}}));
  inv.add(recovery_point(instance_arn, "b", "us-east-1", {{"Lifecycle", {{"DeleteAfterDays", 34}}}}));
  inv.add(recovery_point(instance_arn, "c", "us-east-1", {{"Lifecycle", {{"MoveToColdStorageAfterDays", 10}}}}));
  inv.add(recovery_point(instance_arn, "d", "us-east-1",
                         {{"CreationDate", "2026-10-01T05:00:00Z"}, {"CalculatedLifecycle", {{"DeleteAt", "2026-10-08T05:00:00Z"}}}}));
  auto e = run(inv, "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[1].annotation, "Lifecycle.DeleteAfterDays 34: kept fewer than requiredRetentionDays 35");
  EXPECT_EQ(e[2].result, compliance::compliant) << "never deleted";
  EXPECT_EQ(e[3].result, compliance::non_compliant) << "7 days";
  EXPECT_EQ(run(inv, "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", {{"requiredRetentionDays", "7"}})[3].result,
            compliance::compliant);
}

// ----- vault policies -----

json deny_statement(json principal = "*", json resource = "*") {
  return {{"Effect", "Deny"},
          {"Principal", principal},
          {"Action", {"backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle", "backup:PutBackupVaultAccessPolicy"}},
          {"Resource", resource}};
}

std::vector<evaluation> manual_deletion(json policy, std::map<std::string, std::string> parameters = {}) {
  inventory inv = make_inventory();
  configuration_item v = vault("records");
  if (!policy.is_null()) v.supplementary["AccessPolicy"] = policy;
  inv.add(std::move(v));
  return run(inv, "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED", std::move(parameters));
}

json policy_of(std::vector<json> statements) { return {{"Version", "2012-10-17"}, {"Statement", statements}}; }

TEST(backup_recovery_point_manual_deletion_disabled, a_deny_of_the_three_actions_to_everyone_on_everything) {
  EXPECT_EQ(manual_deletion(policy_of({deny_statement()}))[0].result, compliance::compliant);
  EXPECT_EQ(manual_deletion(json())[0].result, compliance::non_compliant);
  EXPECT_EQ(manual_deletion(json())[0].annotation, "the vault has no access policy");
  json two_actions = deny_statement();
  two_actions["Action"] = {"backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"};
  auto e = manual_deletion(policy_of({two_actions}));
  EXPECT_EQ(e[0].result, compliance::non_compliant);
  EXPECT_NE(e[0].annotation.find("backup:PutBackupVaultAccessPolicy is not denied"), std::string::npos) << e[0].annotation;
  json star = deny_statement();
  star["Action"] = "backup:*";
  EXPECT_EQ(manual_deletion(policy_of({star}))[0].result, compliance::compliant) << "backup:* covers the three";
}

TEST(backup_recovery_point_manual_deletion_disabled, the_deny_must_name_every_principal_and_recovery_point) {
  EXPECT_EQ(manual_deletion(policy_of({deny_statement(json{{"AWS", "arn:aws:iam::123456789012:role/ops"}})}))[0].result,
            compliance::non_compliant);
  EXPECT_EQ(manual_deletion(policy_of({deny_statement(json{{"AWS", "*"}})}))[0].result, compliance::compliant);
  EXPECT_EQ(manual_deletion(policy_of({deny_statement(
                "*", "arn:aws:backup:us-east-1:123456789012:recovery-point:0b0b0b0b-0000-4000-8000-000000000001")}))[0]
                .result,
            compliance::non_compliant)
      << "one recovery point only";
}

TEST(backup_recovery_point_manual_deletion_disabled, exempted_principals_must_be_in_principal_arn_list) {
  json exempting = deny_statement();
  exempting["Condition"] = {{"ArnNotEquals", {{"aws:PrincipalArn", "arn:aws:iam::123456789012:role/backup-admin"}}}};
  auto without = manual_deletion(policy_of({exempting}));
  EXPECT_EQ(without[0].result, compliance::non_compliant);
  EXPECT_NE(without[0].annotation.find("role/backup-admin"), std::string::npos) << without[0].annotation;
  EXPECT_EQ(manual_deletion(policy_of({exempting}), {{"principalArnList", "arn:aws:iam::123456789012:role/backup-admin"}})[0].result,
            compliance::compliant);
  json mfa = deny_statement();
  mfa["Condition"] = {{"BoolIfExists", {{"aws:MultiFactorAuthPresent", "false"}}}};
  EXPECT_EQ(manual_deletion(policy_of({mfa}))[0].result, compliance::non_compliant) << "a caller with MFA may delete";
}

TEST(aurora_resources_protected_by_backup_plan, aurora_clusters_only_by_their_own_arn) {
  const std::string reports = "arn:aws:rds:us-east-1:123456789012:cluster:reports";
  inventory inv = make_inventory();
  inv.set_document("backup.protected_resources", "us-east-1",
                   json::array({{{"ResourceArn", reports}},
                                {{"ResourceArn", "arn:aws:rds:us-east-1:123456789012:db:scratch-1"}}}));
  auto cluster = [](const std::string& name, const std::string& engine) {
    return make_item("AWS::RDS::DBCluster", "cluster-" + name, name, "arn:aws:rds:us-east-1:123456789012:cluster:" + name,
                     "us-east-1",
                     {{"DBClusterIdentifier", name}, {"Engine", engine},
                      {"DBClusterArn", "arn:aws:rds:us-east-1:123456789012:cluster:" + name}});
  };
  inv.add(cluster("reports", "aurora-postgresql"));
  inv.add(cluster("scratch", "aurora-mysql"));  // only an instance of it was backed up
  inv.add(cluster("legacy", "aurora"));
  inv.add(cluster("billing", "postgres"));      // a Multi-AZ DB cluster, not Aurora
  inv.add(cluster("graph", "neptune"));
  auto v = run(inv, "AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_NE(v[1].annotation.find("cluster:scratch"), std::string::npos) << v[1].annotation;
  EXPECT_EQ(v[2].result, compliance::non_compliant) << "engine aurora is Aurora MySQL 5.6";
  EXPECT_EQ(v[3].result, compliance::not_applicable);
  EXPECT_EQ(v[4].result, compliance::not_applicable);
  for (const char* id : {"scratch", "cluster-scratch"}) {
    auto only = run(inv, "AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN", {{"resourceId", id}});
    EXPECT_EQ(only[0].result, compliance::not_applicable) << id;
    EXPECT_EQ(only[1].result, compliance::non_compliant) << "named by identifier or resource id: " << id;
  }
}

}  // namespace
}  // namespace engine
