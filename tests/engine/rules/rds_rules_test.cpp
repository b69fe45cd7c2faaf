// The RDS rules over hand-built inventories: instance settings and their API defaults, backup
// retention and window parameters, read replicas, per-engine log types and additionalLogs, the
// engines each availability rule skips, and snapshots (encryption, public restore, unreadable
// attributes).

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

configuration_item db(const std::string& id, json settings = json::object()) {
  settings["DBInstanceIdentifier"] = id;
  if (!settings.contains("Engine")) settings["Engine"] = "postgres";
  return item("AWS::RDS::DBInstance", id, std::move(settings));
}

std::vector<compliance> results(const std::vector<evaluation>& v) {
  std::vector<compliance> out;
  for (const auto& e : v) out.push_back(e.result);
  return out;
}

using enum compliance;

TEST(db_instance_backup_enabled, retention_zero_fails_and_absent_is_the_api_default_of_one_day) {
  inventory inv = make_inventory();
  inv.add(db("week", {{"BackupRetentionPeriod", 7}}));
  inv.add(db("off", {{"BackupRetentionPeriod", 0}}));
  inv.add(db("default"));
  inv.add(db("odd", {{"BackupRetentionPeriod", "seven"}}));
  auto v = run(inv, "DB_INSTANCE_BACKUP_ENABLED");
  EXPECT_EQ(results(v), (std::vector{compliant, non_compliant, compliant, insufficient_data}));
  EXPECT_NE(v[2].annotation.find("1 day"), std::string::npos) << v[2].annotation;
}

TEST(db_instance_backup_enabled, retention_period_is_exact_and_minimum_is_a_floor) {
  inventory inv = make_inventory();
  for (int days : {7, 14, 35}) inv.add(db("d" + std::to_string(days), {{"BackupRetentionPeriod", days}}));
  EXPECT_EQ(results(run(inv, "DB_INSTANCE_BACKUP_ENABLED", {{"backupRetentionPeriod", "14"}})),
            (std::vector{non_compliant, compliant, non_compliant}));
  EXPECT_EQ(results(run(inv, "DB_INSTANCE_BACKUP_ENABLED", {{"backupRetentionMinimum", "14"}})),
            (std::vector{non_compliant, compliant, compliant}));
}

TEST(db_instance_backup_enabled, window_is_compared_as_text_and_read_replicas_wait_for_the_flag) {
  inventory inv = make_inventory();
  inv.add(db("early", {{"PreferredBackupWindow", "03:00-04:00"}}));
  inv.add(db("late", {{"PreferredBackupWindow", "05:00-06:00"}}));
  inv.add(db("unstated"));
  EXPECT_EQ(results(run(inv, "DB_INSTANCE_BACKUP_ENABLED", {{"preferredBackupWindow", "03:00-04:00"}})),
            (std::vector{compliant, non_compliant, non_compliant}));
  inventory replicas = make_inventory();
  replicas.add(db("replica", {{"BackupRetentionPeriod", 0}, {"ReadReplicaSourceDBInstanceIdentifier", "early"}}));
  replicas.add(db("cluster-replica", {{"BackupRetentionPeriod", 3}, {"ReadReplicaSourceDBClusterIdentifier", "c"}}));
  EXPECT_EQ(results(run(replicas, "DB_INSTANCE_BACKUP_ENABLED")), (std::vector{not_applicable, not_applicable}));
  EXPECT_EQ(results(run(replicas, "DB_INSTANCE_BACKUP_ENABLED", {{"checkReadReplicas", "TRUE"}})),
            (std::vector{non_compliant, compliant}));
}

TEST(rds_instance_settings, absent_members_read_as_the_api_defaults) {
  inventory inv = make_inventory();
  inv.add(db("set", {{"AutoMinorVersionUpgrade", true}, {"PubliclyAccessible", true}, {"MultiAZ", true},
                     {"MonitoringInterval", 60}}));
  inv.add(db("unset"));
  inv.add(db("off", {{"AutoMinorVersionUpgrade", false}, {"PubliclyAccessible", false}, {"MultiAZ", false},
                     {"MonitoringInterval", 0}}));
  EXPECT_EQ(results(run(inv, "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED")),
            (std::vector{compliant, compliant, non_compliant}));
  EXPECT_EQ(results(run(inv, "RDS_INSTANCE_PUBLIC_ACCESS_CHECK")), (std::vector{non_compliant, compliant, compliant}));
  EXPECT_EQ(results(run(inv, "RDS_MULTI_AZ_SUPPORT")), (std::vector{compliant, non_compliant, non_compliant}));
  EXPECT_EQ(results(run(inv, "RDS_ENHANCED_MONITORING_ENABLED")), (std::vector{compliant, non_compliant, non_compliant}));
}

TEST(rds_enhanced_monitoring_enabled, interval_must_match_the_parameter_which_takes_only_aws_values) {
  inventory inv = make_inventory();
  inv.add(db("minute", {{"MonitoringInterval", 60}}));
  inv.add(db("half", {{"MonitoringInterval", 30}}));
  EXPECT_EQ(results(run(inv, "RDS_ENHANCED_MONITORING_ENABLED", {{"monitoringInterval", "30"}})),
            (std::vector{non_compliant, compliant}));
  auto refused = evaluate_pack(inv, {{"RDS_ENHANCED_MONITORING_ENABLED", "r", {{"monitoringInterval", "20"}}}});
  ASSERT_EQ(refused.parameter_errors.size(), 1u);
  EXPECT_NE(refused.parameter_errors[0].find("1,5,10,15,30,60"), std::string::npos) << refused.parameter_errors[0];
}

TEST(rds_multi_az_support, aurora_docdb_and_neptune_are_not_judged) {
  inventory inv = make_inventory();
  for (const char* engine : {"aurora", "aurora-mysql", "aurora-postgresql", "docdb", "neptune", "sqlserver-ee"})
    inv.add(db(engine, {{"Engine", engine}}));
  EXPECT_EQ(results(run(inv, "RDS_MULTI_AZ_SUPPORT")),
            (std::vector{not_applicable, not_applicable, not_applicable, not_applicable, not_applicable, non_compliant}));
}

TEST(rds_logging_enabled, each_engine_needs_its_own_log_types) {
  inventory inv = make_inventory();
  auto with = [](const char* engine, json exports) { return json{{"Engine", engine}, {"EnabledCloudwatchLogsExports", exports}}; };
  inv.add(db("pg", with("postgres", {"postgresql", "upgrade"})));
  inv.add(db("pg-half", with("postgres", {"postgresql"})));
  inv.add(db("maria", with("mariadb", {"audit", "error", "general", "slowquery"})));
  inv.add(db("mysql-none", {{"Engine", "mysql"}}));
  inv.add(db("sql-web", with("sqlserver-web", {"agent", "error"})));
  inv.add(db("sql-ex", with("sqlserver-ex", {"error"})));
  inv.add(db("aurora-pg", with("aurora-postgresql", {"postgresql"})));
  inv.add(db("oracle", with("oracle-ee-cdb", {"alert", "audit", "listener"})));
  inv.add(db("docs", {{"Engine", "docdb"}}));
  auto v = run(inv, "RDS_LOGGING_ENABLED");
  EXPECT_EQ(results(v), (std::vector{compliant, non_compliant, compliant, non_compliant, compliant, compliant, compliant,
                                     non_compliant, not_applicable}));
  EXPECT_NE(v[1].annotation.find("upgrade"), std::string::npos) << v[1].annotation;
  EXPECT_NE(v[7].annotation.find("trace"), std::string::npos) << v[7].annotation;
}

TEST(rds_logging_enabled, only_running_statuses_are_judged) {
  inventory inv = make_inventory();
  for (const char* status : {"available", "backing-up", "storage-optimization", "storage-full", "stopped", "modifying"})
    inv.add(db(status, {{"DBInstanceStatus", status}}));
  EXPECT_EQ(results(run(inv, "RDS_LOGGING_ENABLED")),
            (std::vector{non_compliant, non_compliant, non_compliant, non_compliant, not_applicable, not_applicable}));
}

TEST(rds_logging_enabled, additional_logs_name_an_engine_or_its_family_in_any_case) {
  inventory inv = make_inventory();
  inv.add(db("pg", {{"EnabledCloudwatchLogsExports", {"postgresql", "upgrade"}}}));
  inv.add(db("oracle", {{"Engine", "oracle-se2"}, {"EnabledCloudwatchLogsExports", {"alert", "audit", "listener", "trace"}}}));
  inv.add(db("aurora", {{"Engine", "aurora-mysql"}, {"EnabledCloudwatchLogsExports", {"audit", "error", "general", "slowquery"}}}));
  inv.add(db("graph", {{"Engine", "neptune"}, {"EnabledCloudwatchLogsExports", {"audit"}}}));
  auto v = run(inv, "RDS_LOGGING_ENABLED",
               {{"additionalLogs", "ORACLE: oemagent ; aurora: instance; neptune: audit; no colon here"}});
  EXPECT_EQ(results(v), (std::vector{compliant, non_compliant, non_compliant, compliant}));
  EXPECT_NE(v[1].annotation.find("oemagent"), std::string::npos) << v[1].annotation;
}

configuration_item cluster(const std::string& id, json settings) {
  settings["DBClusterIdentifier"] = id;
  return item("AWS::RDS::DBCluster", id, std::move(settings));
}

TEST(rds_cluster_rules, deletion_protection_and_multi_az_default_to_off) {
  inventory inv = make_inventory();
  inv.add(cluster("on", {{"Engine", "aurora-mysql"}, {"DeletionProtection", true}, {"MultiAZ", true}}));
  inv.add(cluster("unset", {{"Engine", "postgres"}}));
  inv.add(cluster("docs", {{"Engine", "docdb"}, {"MultiAZ", false}}));
  EXPECT_EQ(results(run(inv, "RDS_CLUSTER_DELETION_PROTECTION_ENABLED")), (std::vector{compliant, non_compliant, non_compliant}));
  EXPECT_EQ(results(run(inv, "RDS_CLUSTER_MULTI_AZ_ENABLED")), (std::vector{compliant, non_compliant, not_applicable}));
}

configuration_item snapshot(const std::string& id, json settings, json restore_values) {
  auto s = item("AWS::RDS::DBSnapshot", id, std::move(settings));
  if (restore_values.is_array())
    s.supplementary["DBSnapshotAttributesResult"] = {
        {"DBSnapshotIdentifier", id},
        {"DBSnapshotAttributes", json::array({{{"AttributeName", "restore"}, {"AttributeValues", restore_values}}})}};
  return s;
}

TEST(rds_snapshot_rules, encryption_of_both_kinds_of_snapshot) {
  inventory inv = make_inventory();
  inv.add(snapshot("enc", {{"Encrypted", true}}, json::array()));
  inv.add(snapshot("plain", json::object(), json::array()));
  inv.add(item("AWS::RDS::DBClusterSnapshot", "c-enc", {{"StorageEncrypted", true}}));
  inv.add(item("AWS::RDS::DBClusterSnapshot", "c-plain", {{"Encrypted", true}}));  // not the cluster's member
  EXPECT_EQ(results(run(inv, "RDS_SNAPSHOT_ENCRYPTED")), (std::vector{compliant, non_compliant, compliant, non_compliant}));
}

TEST(rds_snapshots_public_prohibited, restore_all_is_public_named_accounts_are_not) {
  inventory inv = make_inventory();
  inv.add(snapshot("private", json::object(), json::array()));
  inv.add(snapshot("shared", json::object(), {"444455556666"}));
  inv.add(snapshot("public", json::object(), {"444455556666", "all"}));
  auto denied = snapshot("denied", json::object(), nullptr);
  denied.unreadable["DBSnapshotAttributesResult"] = "rds:DescribeDBSnapshotAttributes: AccessDenied";
  inv.add(denied);
  auto c = item("AWS::RDS::DBClusterSnapshot", "cluster-public", json::object());
  c.supplementary["DBClusterSnapshotAttributesResult"] = {
      {"DBClusterSnapshotAttributes", json::array({{{"AttributeName", "restore"}, {"AttributeValues", json::array({"all"})}}})}};
  inv.add(c);
  auto v = run(inv, "RDS_SNAPSHOTS_PUBLIC_PROHIBITED");
  EXPECT_EQ(results(v), (std::vector{compliant, compliant, non_compliant, insufficient_data, non_compliant}));
  EXPECT_NE(v[1].annotation.find("1 named account"), std::string::npos) << v[1].annotation;
}

}  // namespace
}  // namespace engine
