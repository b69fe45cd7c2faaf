// Mutators of RDS: DB instances (DB_INSTANCE_BACKUP_ENABLED, RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_
// ENABLED, RDS_ENHANCED_MONITORING_ENABLED, RDS_INSTANCE_PUBLIC_ACCESS_CHECK, RDS_LOGGING_ENABLED,
// RDS_MULTI_AZ_SUPPORT), DB clusters (RDS_CLUSTER_DELETION_PROTECTION_ENABLED,
// RDS_CLUSTER_MULTI_AZ_ENABLED) and snapshots of both (RDS_SNAPSHOT_ENCRYPTED,
// RDS_SNAPSHOTS_PUBLIC_PROHIBITED). RDS_STORAGE_ENCRYPTED's is in data_stores.cpp.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// The `target`-th instance (modulo their number), and the verdict its change causes.
template <typename Change>
std::optional<mutation> change_instance(json& doc, std::uint64_t target, const char* name, const char* rule,
                                        const char* what, Change change) {
  auto dbs = items_of(doc, "AWS::RDS::DBInstance");
  if (dbs.empty()) return std::nullopt;
  auto [region, db, identity] = dbs[target % dbs.size()];
  std::string reason = change(*db);
  return mutation{name, "DB instance " + identity + " (" + region + "): " + what,
                  {{rule, identity, region, reason}}, std::nullopt};
}

std::optional<mutation> db_backups_off(json& doc, std::uint64_t target, std::uint64_t) {
  return change_instance(doc, target, "db_backups_off", "DB_INSTANCE_BACKUP_ENABLED", "automated backups off",
                         [](json& db) {
                           db["BackupRetentionPeriod"] = 0;
                           return "a retention period of 0 keeps no automated backups";
                         });
}

std::optional<mutation> db_minor_upgrades_off(json& doc, std::uint64_t target, std::uint64_t) {
  return change_instance(doc, target, "db_minor_upgrades_off", "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED",
                         "automatic minor version upgrades off", [](json& db) {
                           db["AutoMinorVersionUpgrade"] = false;
                           return "minor engine patches wait for someone to apply them";
                         });
}

std::optional<mutation> db_monitoring_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  return change_instance(doc, target, "db_monitoring_off", "RDS_ENHANCED_MONITORING_ENABLED", "Enhanced Monitoring off",
                         [degree](json& db) {
                           // Turned off (0), or never turned on (absent: the API's default, 0).
                           if (degree % 2) db.erase("MonitoringInterval");
                           else db["MonitoringInterval"] = 0;
                           db.erase("MonitoringRoleArn");
                           return "no OS metrics are collected";
                         });
}

std::optional<mutation> db_made_public(json& doc, std::uint64_t target, std::uint64_t) {
  return change_instance(doc, target, "db_made_public", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "publicly accessible",
                         [](json& db) {
                           db["PubliclyAccessible"] = true;
                           return "its endpoint resolves to a public address";
                         });
}

std::optional<mutation> db_log_export_dropped(json& doc, std::uint64_t target, std::uint64_t degree) {
  return change_instance(doc, target, "db_log_export_dropped", "RDS_LOGGING_ENABLED", "a log type no longer exported",
                         [degree](json& db) {
                           json& logs = db["EnabledCloudwatchLogsExports"];
                           // One type dropped, or the exports removed altogether (the API's default: none).
                           if (degree % 2 || !logs.is_array() || logs.empty()) {
                             db.erase("EnabledCloudwatchLogsExports");
                             return std::string("no log type is exported");
                           }
                           std::size_t drop = (degree / 2) % logs.size();
                           std::string type = logs[drop].get<std::string>();
                           logs.erase(drop);
                           return "the " + type + " log is not exported";
                         });
}

std::optional<mutation> db_single_az(json& doc, std::uint64_t target, std::uint64_t degree) {
  return change_instance(doc, target, "db_single_az", "RDS_MULTI_AZ_SUPPORT", "a Single-AZ deployment",
                         [degree](json& db) {
                           if (degree % 2) db.erase("MultiAZ");  // the API's default: Single-AZ
                           else db["MultiAZ"] = false;
                           return "no standby in another zone";
                         });
}

template <typename Change>
std::optional<mutation> change_cluster(json& doc, std::uint64_t target, const char* name, const char* rule,
                                       const char* what, Change change) {
  auto clusters = items_of(doc, "AWS::RDS::DBCluster");
  if (clusters.empty()) return std::nullopt;
  auto [region, cluster, identity] = clusters[target % clusters.size()];
  std::string reason = change(*cluster);
  return mutation{name, "DB cluster " + identity + " (" + region + "): " + what,
                  {{rule, identity, region, reason}}, std::nullopt};
}

std::optional<mutation> cluster_deletion_unprotected(json& doc, std::uint64_t target, std::uint64_t degree) {
  return change_cluster(doc, target, "cluster_deletion_unprotected", "RDS_CLUSTER_DELETION_PROTECTION_ENABLED",
                        "deletion protection off", [degree](json& c) {
                          if (degree % 2) c.erase("DeletionProtection");  // the API's default: off
                          else c["DeletionProtection"] = false;
                          return "one call deletes the cluster";
                        });
}

std::optional<mutation> cluster_single_az(json& doc, std::uint64_t target, std::uint64_t degree) {
  return change_cluster(doc, target, "cluster_single_az", "RDS_CLUSTER_MULTI_AZ_ENABLED", "not Multi-AZ",
                        [degree](json& c) {
                          if (degree % 2) c.erase("MultiAZ");
                          else c["MultiAZ"] = false;
                          return "the cluster's instances share one zone";
                        });
}

// A DB snapshot or a DB cluster snapshot: the `target`-th of both lists together.
struct snapshot_choice {
  std::string region, identity;
  json* snapshot;
  bool cluster;
};

std::optional<snapshot_choice> pick_snapshot(json& doc, std::uint64_t target) {
  auto plain = items_of(doc, "AWS::RDS::DBSnapshot");
  auto of_clusters = items_of(doc, "AWS::RDS::DBClusterSnapshot");
  std::size_t all = plain.size() + of_clusters.size();
  if (all == 0) return std::nullopt;
  std::size_t k = target % all;
  bool cluster = k >= plain.size();
  const located_item& at = cluster ? of_clusters[k - plain.size()] : plain[k];
  return snapshot_choice{at.region, at.identity, at.item, cluster};
}

std::optional<mutation> snapshot_unencrypted(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto chosen = pick_snapshot(doc, target);
  if (!chosen) return std::nullopt;
  const char* member = chosen->cluster ? "StorageEncrypted" : "Encrypted";
  if (degree % 2) chosen->snapshot->erase(member);  // absent: not encrypted
  else (*chosen->snapshot)[member] = false;
  chosen->snapshot->erase("KmsKeyId");
  return mutation{"snapshot_unencrypted",
                  std::string(chosen->cluster ? "DB cluster" : "DB") + " snapshot " + chosen->identity + " (" +
                      chosen->region + "): not encrypted",
                  {{"RDS_SNAPSHOT_ENCRYPTED", chosen->identity, chosen->region, "the snapshot's data is not encrypted"}},
                  std::nullopt};
}

std::optional<mutation> snapshot_public(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto chosen = pick_snapshot(doc, target);
  if (!chosen) return std::nullopt;
  const char* member = chosen->cluster ? "DBClusterSnapshotAttributes" : "DBSnapshotAttributes";
  json values = json::array();
  if (chosen->snapshot->contains(member))
    for (const auto& a : (*chosen->snapshot)[member])
      if (a.value("AttributeName", "") == "restore") values = a.value("AttributeValues", json::array());
  // Public on its own, or beside the named accounts it was already shared with.
  if (degree % 2 == 0) values = json::array();
  values.push_back("all");
  (*chosen->snapshot)[member] = json::array({{{"AttributeName", "restore"}, {"AttributeValues", values}}});
  return mutation{"snapshot_public",
                  std::string(chosen->cluster ? "DB cluster" : "DB") + " snapshot " + chosen->identity + " (" +
                      chosen->region + "): restorable by all",
                  {{"RDS_SNAPSHOTS_PUBLIC_PROHIBITED", chosen->identity, chosen->region,
                    "any AWS account may restore the snapshot"}},
                  std::nullopt};
}

void ensure_any_snapshot(account_spec& spec) {
  for (const auto& r : spec.regions) {
    for (const auto& db : r.db_instances)
      if (!db.snapshots.empty()) return;
    for (const auto& c : r.db_clusters)
      if (c.snapshots > 0) return;
  }
  ensure_db_snapshot(spec);
}

}  // namespace

std::vector<mutator> database_mutators() {
  return {
      {"db_backups_off", "DB_INSTANCE_BACKUP_ENABLED", "a DB instance keeps no automated backups", "", ensure_db_instance,
       db_backups_off},
      {"db_minor_upgrades_off", "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED",
       "a DB instance without automatic minor upgrades", "", ensure_db_instance, db_minor_upgrades_off},
      {"db_monitoring_off", "RDS_ENHANCED_MONITORING_ENABLED", "a DB instance without Enhanced Monitoring", "",
       ensure_db_instance, db_monitoring_off},
      {"db_made_public", "RDS_INSTANCE_PUBLIC_ACCESS_CHECK", "a publicly accessible DB instance", "", ensure_db_instance,
       db_made_public},
      {"db_log_export_dropped", "RDS_LOGGING_ENABLED", "a DB instance exports fewer logs than its engine writes", "",
       ensure_db_instance, db_log_export_dropped},
      {"db_single_az", "RDS_MULTI_AZ_SUPPORT", "a Single-AZ DB instance", "", ensure_db_instance, db_single_az},
      {"cluster_deletion_unprotected", "RDS_CLUSTER_DELETION_PROTECTION_ENABLED",
       "a DB cluster without deletion protection", "", ensure_db_cluster, cluster_deletion_unprotected},
      {"cluster_single_az", "RDS_CLUSTER_MULTI_AZ_ENABLED", "a DB cluster in one zone", "", ensure_db_cluster,
       cluster_single_az},
      {"snapshot_unencrypted", "RDS_SNAPSHOT_ENCRYPTED", "an unencrypted DB or DB cluster snapshot", "",
       ensure_any_snapshot, snapshot_unencrypted},
      {"snapshot_public", "RDS_SNAPSHOTS_PUBLIC_PROHIBITED", "a public DB or DB cluster snapshot", "",
       ensure_any_snapshot, snapshot_public},
  };
}

}  // namespace properties
