// DYNAMODB_PITR_ENABLED (dynamodb-pitr-enabled): point-in-time recovery is on for every table.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* table : ctx.inv().items("AWS::DynamoDB::Table")) {
    if (auto e = ctx.unreadable(*table, "ContinuousBackupsDescription")) {
      out.push_back(*e);
      continue;
    }
    const json* backups = table->supplement("ContinuousBackupsDescription");
    std::string status = backups ? backups->value("PointInTimeRecoveryDescription", json::object())
                                       .value("PointInTimeRecoveryStatus", std::string("DISABLED"))
                                 : "DISABLED";
    out.push_back(status == "ENABLED"
                      ? ctx.about(*table, compliance::compliant, "point-in-time recovery is on")
                      : ctx.about(*table, compliance::non_compliant,
                                  "point-in-time recovery is " + status));
  }
  return out;
}

}  // namespace

rule_definition dynamodb_pitr_enabled() {
  return {"DYNAMODB_PITR_ENABLED", "DynamoDB tables have point-in-time recovery",
          "AWS::DynamoDB::Table", {}, {"dynamodb.tables"}, evaluate};
}

}  // namespace engine::rules
