// DYNAMODB_PITR_ENABLED (dynamodb-pitr-enabled): point-in-time recovery is on for every table.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& table) {
  const json* backups = ctx.read(table, "ContinuousBackupsDescription");
  std::string status = backups ? backups->value("PointInTimeRecoveryDescription", json::object())
                                     .value("PointInTimeRecoveryStatus", std::string("DISABLED"))
                               : "DISABLED";
  if (status == "ENABLED") return {compliance::compliant, "point-in-time recovery is on"};
  return {compliance::non_compliant, "point-in-time recovery is " + status};
}

}  // namespace

rule_definition dynamodb_pitr_enabled() {
  return {.identifier = "DYNAMODB_PITR_ENABLED",
          .summary = "DynamoDB tables have point-in-time recovery",
          .resource_type = "AWS::DynamoDB::Table",
          .reads = {.supplements = {"ContinuousBackupsDescription"}},
          .judge = judge};
}

}  // namespace engine::rules
