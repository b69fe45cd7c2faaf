#include "engine/rules/iam/credential_report.hpp"

namespace engine::rules {

const json* credential_report_row(const rule_context& ctx, const configuration_item& user) {
  const json* report = ctx.inv().document("iam.credential_report", std::string(global_region));
  if (!report || !report->is_array()) return nullptr;
  for (const auto& row : *report)
    if (row.value("arn", "") == user.arn || row.value("user", "") == user.resource_name) return &row;
  return nullptr;
}

}  // namespace engine::rules
