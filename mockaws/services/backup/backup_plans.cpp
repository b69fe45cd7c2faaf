// AWS Backup plans and their resource selections (state layout: backup_operations.cpp).

#include "mockaws/services/backup/backup_handlers.hpp"
#include "mockaws/services/collections.hpp"

namespace mockaws::services::backup {

namespace {

const json& plan_document(const json& plan) {
  static const json empty = json::object();
  const json* document = member(plan, "BackupPlan");
  return document && document->is_object() ? *document : empty;
}

// The plan document's AdvancedBackupSettings, which AWS repeats at the top level of list and get.
void lift_advanced_settings(const json& plan, json& out) {
  if (member(out, "AdvancedBackupSettings")) return;
  if (const json* settings = member(plan_document(plan), "AdvancedBackupSettings"))
    out["AdvancedBackupSettings"] = *settings;
}

json plan_summary(const json& plan) {
  json out = plan;
  out.erase("BackupPlan");
  out.erase("Selections");
  if (std::string name = string_at(plan_document(plan), "BackupPlanName"); !name.empty())
    out["BackupPlanName"] = name;
  lift_advanced_settings(plan, out);
  return out;
}

const json* find_plan(const call_context& c, const std::string& id) {
  return find_item(items(c.state(), "BackupPlans"), "BackupPlanId", id);
}

// The plan a selection call names. AWS answers an unknown plan here with
// InvalidParameterValueException, not ResourceNotFoundException (the Terraform provider and
// Steampipe both match on "Cannot find Backup plan with ID").
const json& selection_plan(const call_context& c) {
  std::string id = c.input_string("BackupPlanId");
  const json* plan = find_plan(c, id);
  if (!plan) c.fail("InvalidParameterValueException", "Cannot find Backup plan with ID " + id);
  return *plan;
}

const json& selection_document(const json& selection) {
  static const json empty = json::object();
  const json* document = member(selection, "BackupSelection");
  return document && document->is_object() ? *document : empty;
}

void copy_if_present(const json& from, std::string_view key, json& to) {
  if (const json* value = member(from, key)) to[std::string(key)] = *value;
}

}  // namespace

json list_backup_plans(const call_context& c) {
  const json* include_deleted = member(c.input, "IncludeDeleted");
  bool deleted_too =
      include_deleted && include_deleted->is_boolean() && include_deleted->get<bool>();
  json out = json::array();
  for (const auto& plan : items(c.state(), "BackupPlans"))
    if (deleted_too || !member(plan, "DeletionDate")) out.push_back(plan_summary(plan));
  return {{"BackupPlansList", std::move(out)}};
}

json get_backup_plan(const call_context& c) {
  std::string id = c.input_string("BackupPlanId");
  std::string version = c.input_string("VersionId");
  const json* plan = find_plan(c, id);
  // AWS words an unknown plan and an unknown version of a known plan alike.
  if (!plan || (!version.empty() && string_at(*plan, "VersionId") != version))
    c.fail("ResourceNotFoundException", "Failed reading Backup plan with provided version");
  json out = *plan;
  out.erase("Selections");
  lift_advanced_settings(*plan, out);
  return out;
}

json list_backup_selections(const call_context& c) {
  const json& plan = selection_plan(c);
  json out = json::array();
  for (const auto& selection : items(plan, "Selections")) {
    json summary = json::object();
    copy_if_present(selection, "SelectionId", summary);
    copy_if_present(selection_document(selection), "SelectionName", summary);
    summary["BackupPlanId"] = plan["BackupPlanId"];
    copy_if_present(selection, "CreationDate", summary);
    copy_if_present(selection, "CreatorRequestId", summary);
    copy_if_present(selection_document(selection), "IamRoleArn", summary);
    out.push_back(std::move(summary));
  }
  return {{"BackupSelectionsList", std::move(out)}};
}

}  // namespace mockaws::services::backup
