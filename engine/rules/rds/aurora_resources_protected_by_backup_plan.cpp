// AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN (aurora-resources-protected-by-backup-plan): every
// Amazon Aurora DB cluster is protected by AWS Backup, as EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN
// judges instances (backup/protection.hpp: ListProtectedResources as the evidence, recovery points
// for the copy and Vault Lock options, the same optional parameters).
//
// Readings where AWS's page is silent, pinned by scenarios/rules/aurora-resources-protected-by-
// backup-plan/: only Aurora clusters are judged (Engine aurora, aurora-mysql, aurora-postgresql);
// Multi-AZ DB clusters of RDS for MySQL or PostgreSQL, and DocumentDB and Neptune clusters on the
// same API, are NOT_APPLICABLE. resourceId names the cluster by its DbClusterResourceId (AWS
// Config's resource id for it) or its identifier. A cluster is protected by its own ARN: backups
// of its instances do not count (AWS Backup backs Aurora up by cluster).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/protection.hpp"
#include "engine/rules/rds/engines.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& cluster) {
  const json& c = cluster.configuration;
  std::string engine = c.value("Engine", "");
  if (!rds::is_aurora(engine))
    return {compliance::not_applicable, "a " + (engine.empty() ? std::string("non-Aurora") : engine) +
                                            " cluster, not Aurora"};
  std::string identifier = c.value("DBClusterIdentifier", "");
  const std::string& id = ctx.text("resourceId") == identifier ? identifier : cluster.resource_id;
  if (auto outside = outside_protection_scope(ctx, id, tags_of(c.value("TagList", json::array())))) return *outside;
  return protected_by_backup_plan(ctx, c.value("DBClusterArn", cluster.arn), "Aurora cluster", cluster.region);
}

}  // namespace

rule_definition aurora_resources_protected_by_backup_plan() {
  return {.identifier = "AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
          .summary = "Aurora DB clusters are protected by AWS Backup",
          .resource_type = "AWS::RDS::DBCluster",
          .parameters = protection_parameters(),
          .reads = protection_reads("AWS::RDS::DBCluster"),
          .judge = judge,
          .reading = "Only Aurora clusters are judged (other engines' clusters are NOT_APPLICABLE); protected: "
                     "ListProtectedResources lists the cluster's ARN, as for EC2 instances; resourceId is the "
                     "DbClusterResourceId or the identifier."};
}

}  // namespace engine::rules
