// AWS Backup vaults, their access policies and recovery points, and protected resources
// (state layout: backup_operations.cpp).

#include <optional>

#include "mockaws/services/backup/backup_handlers.hpp"
#include "mockaws/services/collections.hpp"

namespace mockaws::services::backup {

namespace {

// AWS Backup answers a vault name it does not know with AccessDeniedException (403), not
// ResourceNotFoundException, even for callers allowed to read every vault (aws-sdk-js#2625 for
// DescribeBackupVault, boto3#2269 for ListRecoveryPointsByBackupVault). The 2018-11-15 model
// does not declare the error, so it is raised with its status here.
[[noreturn]] void unknown_vault() {
  throw protocol::api_error("AccessDeniedException",
                            "Insufficient privileges to perform this action.", 403);
}

const json& find_vault(const call_context& c) {
  const json* vault = find_item(items(c.state(), "BackupVaults"), "BackupVaultName",
                                c.input_string("BackupVaultName"));
  if (!vault) unknown_vault();
  return *vault;
}

json vault_summary(const json& vault) {
  json out = vault;
  out.erase("AccessPolicy");
  out.erase("RecoveryPoints");
  if (!member(out, "NumberOfRecoveryPoints"))
    out["NumberOfRecoveryPoints"] = items(vault, "RecoveryPoints").size();
  return out;
}

// A vault's recovery points, each naming its vault as AWS's listing does.
json recovery_points(const json& vault) {
  json out = json::array();
  for (json point : items(vault, "RecoveryPoints")) {
    if (!member(point, "BackupVaultName")) point["BackupVaultName"] = vault["BackupVaultName"];
    if (!member(point, "BackupVaultArn") && member(vault, "BackupVaultArn"))
      point["BackupVaultArn"] = vault["BackupVaultArn"];
    out.push_back(std::move(point));
  }
  return out;
}

std::optional<protocol::timestamp> time_at(const json& object, std::string_view name) {
  std::string text = string_at(object, name);
  return text.empty() ? std::nullopt : protocol::parse_iso8601(text);
}

bool equals_input(const call_context& c, std::string_view input, const std::string& value) {
  std::string wanted = c.input_string(input);
  return wanted.empty() || wanted == value;
}

// ListRecoveryPointsByBackupVault's By* filters, all of which must hold.
bool passes_filters(const call_context& c, const json& point) {
  if (!equals_input(c, "ByResourceArn", string_at(point, "ResourceArn"))) return false;
  if (!equals_input(c, "ByResourceType", string_at(point, "ResourceType"))) return false;
  if (!equals_input(c, "ByParentRecoveryPointArn", string_at(point, "ParentRecoveryPointArn")))
    return false;
  const json* created_by = member(point, "CreatedBy");
  if (!equals_input(c, "ByBackupPlanId", created_by ? string_at(*created_by, "BackupPlanId") : ""))
    return false;
  auto created = time_at(point, "CreationDate");
  if (auto before = time_at(c.input, "ByCreatedBefore"); before && !(created && *created < *before))
    return false;
  if (auto after = time_at(c.input, "ByCreatedAfter"); after && !(created && *created > *after))
    return false;
  return true;
}

bool successful(const json& point) {
  std::string status = string_at(point, "Status");
  return status.empty() || status == "COMPLETED";
}

// ListProtectedResources when the scenario gives no ProtectedResources: each resource with a
// successful recovery point, first-seen order, LastBackupTime its newest backup.
json protected_from_recovery_points(const json& state) {
  json out = json::array();
  for (const auto& vault : items(state, "BackupVaults")) {
    for (const auto& point : items(vault, "RecoveryPoints")) {
      std::string arn = string_at(point, "ResourceArn");
      if (arn.empty() || !successful(point)) continue;
      json* entry = nullptr;
      for (auto& known : out)
        if (known["ResourceArn"] == arn) entry = &known;
      if (!entry) {
        out.push_back({{"ResourceArn", arn}});
        entry = &out.back();
        if (const json* type = member(point, "ResourceType")) (*entry)["ResourceType"] = *type;
      }
      auto created = time_at(point, "CreationDate");
      auto last = time_at(*entry, "LastBackupTime");
      if (created && (!last || *created > *last))
        (*entry)["LastBackupTime"] = protocol::format_iso8601(*created);
    }
  }
  return out;
}

}  // namespace

json list_backup_vaults(const call_context& c) {
  json out = json::array();
  for (const auto& vault : items(c.state(), "BackupVaults")) out.push_back(vault_summary(vault));
  return {{"BackupVaultList", std::move(out)}};
}

json describe_backup_vault(const call_context& c) { return vault_summary(find_vault(c)); }

json get_backup_vault_access_policy(const call_context& c) {
  const json& vault = find_vault(c);
  const json* policy = member(vault, "AccessPolicy");
  // AWS's words for a vault without a policy, naming the vault by ARN.
  if (!policy)
    c.fail("ResourceNotFoundException",
           "Backup Vault " + string_at(vault, "BackupVaultArn") + " has no associated POLICY");
  return {{"BackupVaultName", vault["BackupVaultName"]},
          {"BackupVaultArn", string_at(vault, "BackupVaultArn")},
          {"Policy", policy->is_string() ? policy->get<std::string>() : policy->dump()}};
}

json list_recovery_points_by_backup_vault(const call_context& c) {
  json out = json::array();
  for (auto& point : recovery_points(find_vault(c)))
    if (passes_filters(c, point)) out.push_back(std::move(point));
  return {{"RecoveryPoints", std::move(out)}};
}

json list_recovery_points_by_resource(const call_context& c) {
  std::string resource = c.input_string("ResourceArn");
  json out = json::array();
  for (const auto& vault : items(c.state(), "BackupVaults")) {
    for (json point : recovery_points(vault)) {
      if (string_at(point, "ResourceArn") != resource) continue;
      // RecoveryPointByResource names the size BackupSizeBytes, the by-vault shape
      // BackupSizeInBytes.
      if (const json* size = member(point, "BackupSizeInBytes");
          size && !member(point, "BackupSizeBytes"))
        point["BackupSizeBytes"] = *size;
      point.erase("BackupSizeInBytes");
      out.push_back(std::move(point));
    }
  }
  return {{"RecoveryPoints", std::move(out)}};
}

json list_protected_resources(const call_context& c) {
  if (member(c.state(), "ProtectedResources"))
    return {{"Results", items(c.state(), "ProtectedResources")}};
  return {{"Results", protected_from_recovery_points(c.state())}};
}

}  // namespace mockaws::services::backup
