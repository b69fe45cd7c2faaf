// RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED (rds-automatic-minor-version-upgrade-enabled): an RDS
// DB instance takes minor engine upgrades automatically (AutoMinorVersionUpgrade false is
// NON_COMPLIANT). Absent reads as true, CreateDBInstance's default (describe output always states
// it). As AWS's page warns, an Aurora instance is judged on its own setting, not its cluster's.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition rds_automatic_minor_version_upgrade_enabled() {
  return field_rule({.identifier = "RDS_AUTOMATIC_MINOR_VERSION_UPGRADE_ENABLED",
                     .summary = "RDS DB instances take minor engine version upgrades automatically",
                     .resource_type = "AWS::RDS::DBInstance"},
                    {"AutoMinorVersionUpgrade", true, true, "automatic minor version upgrades are enabled",
                     "automatic minor version upgrades are disabled (AutoMinorVersionUpgrade false)"});
}

}  // namespace engine::rules
