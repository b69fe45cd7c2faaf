#include "engine/rules/backup/in_backup_plan.hpp"

namespace engine::rules {

verdict in_backup_plan(const rule_context& ctx, const configuration_item& item, const std::string& arn,
                       const tag_map& tags) {
  std::string missed;
  std::optional<std::pair<std::string, std::string>> unreadable;  // selection, why
  int seen = 0;
  for (const configuration_item* selection : ctx.inv().items(backup_selection_type)) {
    if (selection->region != item.region) continue;
    ++seen;
    std::string name = selection->resource_name.empty() ? selection->resource_id : selection->resource_name;
    std::string plan = selection->configuration.value("BackupPlanId", "");
    if (auto why = selection->why_unreadable(std::string(configuration_document))) {
      if (!unreadable) unreadable.emplace("backup selection " + name + " of plan " + plan, *why);
      continue;
    }
    auto match = selection_covers(selection->configuration.value("BackupSelection", json::object()), arn, tags);
    if (match.covered)
      return {compliance::compliant, "backup selection " + name + " of plan " + plan + " covers " + arn + ": " + match.why};
    if (!missed.empty()) missed += "; ";
    missed += name + ": " + match.why;
  }
  if (unreadable) throw unreadable_document(unreadable->first, unreadable->second);
  if (seen == 0) return {compliance::non_compliant, arn + " is in no backup plan: the region has no backup selections"};
  return {compliance::non_compliant, arn + " is in no backup plan's selection (" + missed + ")"};
}

std::string partition_of(const std::string& region) {
  if (region.rfind("cn-", 0) == 0) return "aws-cn";
  if (region.rfind("us-gov-", 0) == 0) return "aws-us-gov";
  if (region.rfind("us-iso-", 0) == 0) return "aws-iso";
  if (region.rfind("us-isob-", 0) == 0) return "aws-iso-b";
  return "aws";
}

std::string regional_arn(const rule_context& ctx, const configuration_item& item, std::string_view service,
                         std::string_view resource) {
  return "arn:" + partition_of(item.region) + ":" + std::string(service) + ":" + item.region + ":" +
         ctx.inv().account_id() + ":" + std::string(resource);
}

}  // namespace engine::rules
