// RDS_INSTANCE_PUBLIC_ACCESS_CHECK (rds-instance-public-access-check): an RDS DB instance is not
// publicly accessible (PubliclyAccessible true is NON_COMPLIANT). Absent reads as false, the API's
// default in a VPC with a DB subnet group (describe output always states it).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition rds_instance_public_access_check() {
  return field_rule({.identifier = "RDS_INSTANCE_PUBLIC_ACCESS_CHECK",
                     .summary = "RDS DB instances are not publicly accessible",
                     .resource_type = "AWS::RDS::DBInstance"},
                    {"PubliclyAccessible", false, false, "the instance is not publicly accessible",
                     "the instance is publicly accessible (PubliclyAccessible true): its endpoint resolves to a public IP"});
}

}  // namespace engine::rules
