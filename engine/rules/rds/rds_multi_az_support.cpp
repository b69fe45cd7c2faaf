// RDS_MULTI_AZ_SUPPORT (rds-multi-az-support): an RDS DB instance is a Multi-AZ deployment, with a
// synchronous standby in another Availability Zone (MultiAZ true). Absent reads as false,
// CreateDBInstance's default. Aurora, DocumentDB and Neptune instances are NOT_APPLICABLE, as AWS's
// page says (their storage spans zones at the cluster).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/rds/engines.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& instance) {
  std::string engine = instance.configuration.value("Engine", "");
  if (rds::is_aurora(engine) || rds::is_docdb_or_neptune(engine))
    return {compliance::not_applicable, "an " + engine + " instance (the rule does not judge Aurora, DocumentDB or Neptune)"};
  if (!instance.configuration.value("MultiAZ", false))
    return {compliance::non_compliant, "a Single-AZ deployment (MultiAZ false): no standby in another zone"};
  return {compliance::compliant, "a Multi-AZ deployment"};
}

}  // namespace

rule_definition rds_multi_az_support() {
  return {.identifier = "RDS_MULTI_AZ_SUPPORT",
          .summary = "RDS DB instances are Multi-AZ deployments (Aurora, DocumentDB and Neptune not judged)",
          .resource_type = "AWS::RDS::DBInstance",
          .judge = judge};
}

}  // namespace engine::rules
