// RDS_CLUSTER_MULTI_AZ_ENABLED (rds-cluster-multi-az-enabled): an Aurora or Multi-AZ DB cluster
// has instances in more than one Availability Zone (DescribeDBClusters' MultiAZ true). Absent
// reads as false (a cluster without readers in another zone).
//
// Reading where AWS's page is silent (pinned by scenarios/rules/rds-cluster-multi-az-enabled/):
// the page names Aurora and Multi-AZ DB clusters "managed by RDS", so the DocumentDB and Neptune
// clusters the same API lists are NOT_APPLICABLE.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/rds/engines.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& cluster) {
  std::string engine = cluster.configuration.value("Engine", "");
  if (rds::is_docdb_or_neptune(engine))
    return {compliance::not_applicable, "a " + engine + " cluster (the rule judges RDS and Aurora clusters)"};
  if (!cluster.configuration.value("MultiAZ", false))
    return {compliance::non_compliant, "the cluster is not Multi-AZ (MultiAZ false): its instances share one zone"};
  return {compliance::compliant, "the cluster is Multi-AZ"};
}

}  // namespace

rule_definition rds_cluster_multi_az_enabled() {
  return {.identifier = "RDS_CLUSTER_MULTI_AZ_ENABLED",
          .summary = "Aurora and Multi-AZ DB clusters span more than one Availability Zone",
          .resource_type = "AWS::RDS::DBCluster",
          .judge = judge,
          .reading = "DocumentDB and Neptune clusters, which DescribeDBClusters lists too, are NOT_APPLICABLE."};
}

}  // namespace engine::rules
