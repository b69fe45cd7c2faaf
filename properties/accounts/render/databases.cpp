// RDS: DB instances with their manual snapshots, and Multi-AZ DB clusters with theirs, each as a
// compliant account keeps it (account_spec.hpp says how).

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

namespace {

struct engine_spec {
  const char* engine;
  std::vector<std::string> logs;  // every log type RDS_LOGGING_ENABLED asks of the engine
};

const engine_spec& engine_of(int n) {
  static const engine_spec engines[] = {
      {"postgres", {"postgresql", "upgrade"}},
      {"mysql", {"audit", "error", "general", "slowquery"}},
      {"mariadb", {"audit", "error", "general", "slowquery"}},
      {"oracle-ee", {"alert", "audit", "listener", "trace"}},
      {"sqlserver-se", {"agent", "error"}},
  };
  return engines[std::size_t(n) % 5];
}

// Who may restore a snapshot: nobody, or that many named accounts (never "all").
json restore_attributes(int named) {
  static const char* accounts[] = {"444455556666", "777788889999"};
  json values = json::array();
  for (int a = 0; a < named && a < 2; ++a) values.push_back(accounts[a]);
  return json::array({{{"AttributeName", "restore"}, {"AttributeValues", values}}});
}

}  // namespace

void account_renderer::render_databases(const region_spec& r, const region_keys& keys, json& out) {
  json instances = json::array(), snapshots = json::array();
  for (std::size_t d = 0; d < r.db_instances.size(); ++d) {
    const db_instance_spec& spec = r.db_instances[d];
    const engine_spec& engine = engine_of(spec.engine);
    std::string id = std::string(purpose(d)) + "-db-" + std::to_string(d);
    std::string key = spec.customer_key ? keys.arns.front() : keys.aws_rds_arn;
    json db = {{"DBInstanceIdentifier", id},
               {"Engine", engine.engine},
               {"DBInstanceClass", "db.t3.medium"},
               {"StorageEncrypted", true},
               {"KmsKeyId", key},
               {"MultiAZ", true},
               {"BackupRetentionPeriod", spec.backup_days},
               {"MonitoringInterval", spec.monitoring_interval},
               {"MonitoringRoleArn", "arn:aws:iam::" + spec_.account_id + ":role/rds-monitoring-role"},
               {"EnabledCloudwatchLogsExports", engine.logs}};
    // Left out, these read as the API's defaults: minor upgrades on, not publicly accessible.
    if (spec.defaults_stated) {
      db["AutoMinorVersionUpgrade"] = true;
      db["PubliclyAccessible"] = false;
    }
    instances.push_back(db);
    for (std::size_t s = 0; s < spec.snapshots.size(); ++s)
      snapshots.push_back({{"DBSnapshotIdentifier", id + "-manual-" + std::to_string(s)},
                           {"DBInstanceIdentifier", id},
                           {"Engine", engine.engine},
                           {"SnapshotType", "manual"},
                           {"Encrypted", true},
                           {"KmsKeyId", key},
                           {"DBSnapshotAttributes", restore_attributes(spec.snapshots[s])}});
  }
  json clusters = json::array(), cluster_snapshots = json::array();
  for (std::size_t c = 0; c < r.db_clusters.size(); ++c) {
    const db_cluster_spec& spec = r.db_clusters[c];
    std::string id = std::string(purpose(c)) + "-cluster-" + std::to_string(c);
    const char* engine = spec.aurora ? (spec.mysql ? "aurora-mysql" : "aurora-postgresql")
                                     : (spec.mysql ? "mysql" : "postgres");
    clusters.push_back({{"DBClusterIdentifier", id},
                        {"Engine", engine},
                        {"DBClusterInstanceClass", "db.m6gd.large"},
                        {"AvailabilityZones", json::array({r.name + "a", r.name + "b", r.name + "c"})},
                        {"MultiAZ", true},
                        {"DeletionProtection", true},
                        {"StorageEncrypted", true},
                        {"KmsKeyId", keys.arns.front()}});
    for (int s = 0; s < spec.snapshots; ++s)
      cluster_snapshots.push_back({{"DBClusterSnapshotIdentifier", id + "-manual-" + std::to_string(s)},
                                   {"DBClusterIdentifier", id},
                                   {"Engine", engine},
                                   {"SnapshotType", "manual"},
                                   {"StorageEncrypted", true},
                                   {"KmsKeyId", keys.arns.front()}});
  }
  json rds = json::object();
  if (!instances.empty()) rds["DBInstances"] = instances;
  if (!snapshots.empty()) rds["DBSnapshots"] = snapshots;
  if (!clusters.empty()) rds["DBClusters"] = clusters;
  if (!cluster_snapshots.empty()) rds["DBClusterSnapshots"] = cluster_snapshots;
  if (!rds.empty()) out["rds"] = rds;
}

}  // namespace properties::rendering
