// RDS_CLUSTER_DELETION_PROTECTION_ENABLED (rds-cluster-deletion-protection-enabled): an RDS DB
// cluster cannot be deleted while DeletionProtection is true. Absent reads as false,
// CreateDBCluster's default. Every cluster DescribeDBClusters lists is judged (Aurora, Multi-AZ DB
// clusters, and the DocumentDB and Neptune clusters the same API shows).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition rds_cluster_deletion_protection_enabled() {
  return field_rule({.identifier = "RDS_CLUSTER_DELETION_PROTECTION_ENABLED",
                     .summary = "RDS DB clusters have deletion protection enabled",
                     .resource_type = "AWS::RDS::DBCluster"},
                    {"DeletionProtection", true, false, "deletion protection is enabled",
                     "deletion protection is disabled"});
}

}  // namespace engine::rules
