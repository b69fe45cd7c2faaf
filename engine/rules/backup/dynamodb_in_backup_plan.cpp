// DYNAMODB_IN_BACKUP_PLAN (dynamodb-in-backup-plan): every DynamoDB table is assigned to some
// AWS Backup plan by one of its selections (in_backup_plan.hpp, selection.hpp), by its TableArn
// and its tags (ListTagsOfResource: DescribeTable states none). A table whose tags could not be
// read is INSUFFICIENT_DATA.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/in_backup_plan.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& table) {
  std::string arn = !table.arn.empty() ? table.arn : regional_arn(ctx, table, "dynamodb", "table/" + table.resource_id);
  const json* tags = ctx.read(table, "Tags");
  return in_backup_plan(ctx, table, arn, tags_of(tags ? *tags : json::array()));
}

}  // namespace

rule_definition dynamodb_in_backup_plan() {
  return {.identifier = "DYNAMODB_IN_BACKUP_PLAN",
          .summary = "DynamoDB tables are assigned to an AWS Backup plan",
          .resource_type = "AWS::DynamoDB::Table",
          .reads = {.types = {"AWS::DynamoDB::Table", backup_selection_type}, .supplements = {"Tags"}},
          .judge = judge,
          .reading = "A table is in a plan when a selection of its region assigns its TableArn (Resources or "
                     "ListOfTags, then Conditions on its ListTagsOfResource tags, minus NotResources)."};
}

}  // namespace engine::rules
