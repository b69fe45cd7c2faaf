// DB_INSTANCE_BACKUP_ENABLED (db-instance-backup-enabled): an RDS DB instance keeps automated
// backups (BackupRetentionPeriod above 0). The optional parameters, all unset in the HIPAA pack,
// add checks: backupRetentionPeriod (the retention must be exactly that many days),
// backupRetentionMinimum (at least that many), preferredBackupWindow (PreferredBackupWindow must
// be that "hh24:mi-hh24:mi" range) and checkReadReplicas.
//
// Readings where AWS's page is silent (pinned by scenarios/rules/db-instance-backup-enabled/):
//  - BackupRetentionPeriod absent reads as 1, CreateDBInstance's default (describe output always
//    states it).
//  - A read replica (ReadReplicaSourceDBInstanceIdentifier or ...DBClusterIdentifier set) is
//    judged only when checkReadReplicas is true, and NOT_APPLICABLE otherwise: replicas of
//    several engines cannot keep backups of their own, which is why the parameter exists.
//  - The window is compared as text; an instance that states none fails a required window.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

bool is_read_replica(const json& db) {
  return !db.value("ReadReplicaSourceDBInstanceIdentifier", "").empty() ||
         !db.value("ReadReplicaSourceDBClusterIdentifier", "").empty();
}

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& db = instance.configuration;
  if (is_read_replica(db) && !ctx.boolean("checkReadReplicas"))
    return {compliance::not_applicable, "a read replica (checkReadReplicas is not true)"};
  const json& stated = db.contains("BackupRetentionPeriod") ? db["BackupRetentionPeriod"] : json(1);
  if (!stated.is_number_integer())
    return {compliance::insufficient_data, "BackupRetentionPeriod is not a number: " + stated.dump()};
  long long days = stated.get<long long>();
  if (days <= 0) return {compliance::non_compliant, "automated backups are disabled (retention period 0)"};
  std::string kept = "automated backups are kept " + std::to_string(days) + " day(s)";
  if (ctx.is_set("backupRetentionPeriod") && days != ctx.integer("backupRetentionPeriod"))
    return {compliance::non_compliant, kept + ", not the " + ctx.text("backupRetentionPeriod") + " backupRetentionPeriod asks"};
  if (ctx.is_set("backupRetentionMinimum") && days < ctx.integer("backupRetentionMinimum"))
    return {compliance::non_compliant, kept + ", fewer than backupRetentionMinimum " + ctx.text("backupRetentionMinimum")};
  if (ctx.is_set("preferredBackupWindow")) {
    std::string window = db.value("PreferredBackupWindow", "");
    if (window != ctx.text("preferredBackupWindow"))
      return {compliance::non_compliant, "the backup window is " + (window.empty() ? "not stated" : "'" + window + "'") +
                                             ", not the preferredBackupWindow '" + ctx.text("preferredBackupWindow") + "'"};
    kept += " in window " + window;
  }
  return {compliance::compliant, kept};
}

}  // namespace

rule_definition db_instance_backup_enabled() {
  return {.identifier = "DB_INSTANCE_BACKUP_ENABLED",
          .summary = "RDS DB instances keep automated backups (with the retention and window given)",
          .resource_type = "AWS::RDS::DBInstance",
          .parameters = {{"backupRetentionPeriod", parameter_kind::integer, "", "the retention period backups must have, in days"},
                         {"backupRetentionMinimum", parameter_kind::integer, "", "the shortest retention period accepted, in days"},
                         {"preferredBackupWindow", parameter_kind::string, "", "the daily backup window required (hh24:mi-hh24:mi, UTC)"},
                         {"checkReadReplicas", parameter_kind::boolean, "", "judge read replicas too"}},
          .judge = judge,
          .reading = "BackupRetentionPeriod absent is 1 (the API's default); read replicas are NOT_APPLICABLE unless "
                     "checkReadReplicas is true; the window is compared as text."};
}

}  // namespace engine::rules
