#include "engine/rules/backup/protection.hpp"

#include <algorithm>

#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

constexpr std::string_view recovery_point_type = "AWS::Backup::RecoveryPoint";
constexpr std::string_view vault_type = "AWS::Backup::BackupVault";
constexpr std::string_view plan_type = "AWS::Backup::BackupPlan";
constexpr std::string_view protected_document = "backup.protected_resources";

// The n-th colon-separated part of an ARN (3: region, 4: account), "" when it has none.
std::string arn_part(const std::string& arn, int n) {
  std::size_t at = 0;
  for (int i = 0; i < n; ++i) {
    at = arn.find(':', at);
    if (at == std::string::npos) return {};
    ++at;
  }
  return arn.substr(at, arn.find(':', at) - at);
}

bool completed(const configuration_item& point) {
  std::string status = point.configuration.value("Status", "");
  return status.empty() || status == "COMPLETED";
}

std::vector<const configuration_item*> recovery_points_of(const rule_context& ctx, const std::string& arn) {
  std::vector<const configuration_item*> out;
  for (const auto* point : ctx.inv().items(recovery_point_type))
    if (point->configuration.value("ResourceArn", "") == arn && completed(*point)) out.push_back(point);
  return out;
}

std::string vault_arn_of(const configuration_item& point) {
  std::string arn = point.configuration.value("BackupVaultArn", "");
  if (!arn.empty()) return arn;
  return "arn:aws:backup:" + point.region + "::backup-vault:" + point.configuration.value("BackupVaultName", "");
}

const configuration_item* vault_of(const rule_context& ctx, const configuration_item& point) {
  std::string name = point.configuration.value("BackupVaultName", "");
  std::string arn = point.configuration.value("BackupVaultArn", "");
  for (const auto* vault : ctx.inv().items(vault_type))
    if ((!arn.empty() && vault->arn == arn) || (vault->region == point.region && vault->resource_id == name))
      return vault;
  return nullptr;
}

// The destination vaults of the copy actions of the plans that made these recovery points.
std::vector<std::string> copy_destinations(const rule_context& ctx, const std::vector<const configuration_item*>& points) {
  std::vector<std::string> out;
  for (const auto* point : points) {
    std::string plan_id = point->configuration.value("CreatedBy", json::object()).value("BackupPlanId", "");
    if (plan_id.empty()) continue;
    for (const auto* plan : ctx.inv().items(plan_type)) {
      if (plan->resource_id != plan_id) continue;
      // Its rules (GetBackupPlan) unread: the copies it makes are unknown, not absent.
      if (auto why = plan->why_unreadable(std::string(configuration_document)))
        throw unreadable_document("backup plan " + plan_id, *why);
      for (const auto& rule : plan->configuration.value("BackupPlan", json::object()).value("Rules", json::array()))
        for (const auto& copy : rule.value("CopyActions", json::array()))
          if (std::string to = copy.value("DestinationBackupVaultArn", ""); !to.empty()) out.push_back(to);
    }
  }
  return out;
}

// The first missing copy, for crossRegionList (part 3) or crossAccountList (part 4).
std::string missing_copy(const rule_context& ctx, std::string_view parameter, int part,
                         const std::vector<const configuration_item*>& points) {
  std::vector<std::string> vaults;
  for (const auto* point : points) vaults.push_back(vault_arn_of(*point));
  for (auto& to : copy_destinations(ctx, points)) vaults.push_back(std::move(to));
  for (const auto& wanted : comma_separated(ctx.text(parameter))) {
    bool kept = std::any_of(vaults.begin(), vaults.end(), [&](const std::string& v) {
      std::string value = arn_part(v, part);
      // A vault ARN of the scanned account may leave the account out (a fallback above).
      if (value.empty() && part == 4) value = ctx.inv().account_id();
      return value == wanted;
    });
    if (!kept) return wanted;
  }
  return {};
}

// Whether some recovery point lies in a locked vault within the retention bounds; `why` says.
bool in_locked_vault(const rule_context& ctx, const std::vector<const configuration_item*>& points, std::string& why) {
  std::string missed;
  for (const auto* point : points) {
    const configuration_item* vault = vault_of(ctx, *point);
    std::string name = point->configuration.value("BackupVaultName", "?");
    if (!vault) {
      missed = "vault " + name + " is not in the inventory";
      continue;
    }
    const json& c = vault->configuration;
    if (!c.value("Locked", false)) {
      missed = "vault " + name + " has no Vault Lock";
      continue;
    }
    if (ctx.is_set("minRetentionDays") &&
        !(c.contains("MinRetentionDays") && c["MinRetentionDays"].is_number() &&
          c["MinRetentionDays"].get<long long>() >= ctx.integer("minRetentionDays"))) {
      missed = "vault " + name + "'s lock keeps points at least " +
               (c.contains("MinRetentionDays") ? c["MinRetentionDays"].dump() : std::string("(unset)")) +
               " days, not minRetentionDays " + ctx.text("minRetentionDays");
      continue;
    }
    if (ctx.is_set("maxRetentionDays") &&
        !(c.contains("MaxRetentionDays") && c["MaxRetentionDays"].is_number() &&
          c["MaxRetentionDays"].get<long long>() <= ctx.integer("maxRetentionDays"))) {
      missed = "vault " + name + "'s lock keeps points at most " +
               (c.contains("MaxRetentionDays") ? c["MaxRetentionDays"].dump() : std::string("(unbounded)")) +
               " days, over maxRetentionDays " + ctx.text("maxRetentionDays");
      continue;
    }
    why = "locked vault " + name;
    return true;
  }
  why = missed.empty() ? "it has no completed recovery point" : missed;
  return false;
}

}  // namespace

std::vector<parameter> protection_parameters() {
  return {{"resourceTags", parameter_kind::string, "", "JSON {\"tagkey\": \"tagValue\"}: only resources with these tags"},
          {"resourceId", parameter_kind::string, "", "only the resource with this id"},
          {"crossRegionList", parameter_kind::string, "", "comma-separated regions a backup copy must be kept in"},
          {"crossAccountList", parameter_kind::string, "", "comma-separated accounts a backup copy must be kept in"},
          {"maxRetentionDays", parameter_kind::integer, "", "the Vault Lock's maximum retention, in days, at most"},
          {"minRetentionDays", parameter_kind::integer, "", "the Vault Lock's minimum retention, in days, at least"},
          {"backupVaultLockCheck", parameter_kind::boolean, "", "True: backed up in a vault with Vault Lock"}};
}

rule_reads protection_reads(std::string_view judged_type) {
  return {.types = {judged_type, recovery_point_type, vault_type, plan_type},
          .documents = {protected_document}};
}

std::optional<verdict> outside_protection_scope(const rule_context& ctx, const std::string& resource_id,
                                                const tag_map& tags) {
  if (ctx.is_set("resourceId") && ctx.text("resourceId") != resource_id)
    return verdict{compliance::not_applicable, "not the resourceId " + ctx.text("resourceId")};
  if (!ctx.is_set("resourceTags")) return std::nullopt;
  json wanted = json::parse(ctx.text("resourceTags"), nullptr, false);
  if (!wanted.is_object())
    return verdict{compliance::insufficient_data, "resourceTags is not a JSON object: " + ctx.text("resourceTags")};
  for (const auto& [key, value] : wanted.items()) {
    auto it = tags.find(key);
    std::string text = value.is_string() ? value.get<std::string>() : value.dump();
    if (it == tags.end() || it->second != text)
      return verdict{compliance::not_applicable, "it lacks the tag " + key + "=" + text + " (resourceTags)"};
  }
  return std::nullopt;
}

verdict protected_by_backup_plan(const rule_context& ctx, const std::string& arn, std::string_view resource_type,
                                 const std::string& region) {
  const std::string what = std::string(resource_type) + " " + arn;
  const json* listed = ctx.inv().document(std::string(protected_document), region);
  bool is_protected = listed && listed->is_array() &&
                      std::any_of(listed->begin(), listed->end(),
                                  [&](const json& r) { return r.is_object() && r.value("ResourceArn", "") == arn; });
  if (!is_protected) return {compliance::non_compliant, what + " has no backup: ListProtectedResources does not list it"};
  auto points = recovery_points_of(ctx, arn);
  std::string why = what + " is protected (ListProtectedResources lists it)";
  for (auto [parameter, part, kind] : {std::tuple{"crossRegionList", 3, "region"}, std::tuple{"crossAccountList", 4, "account"}}) {
    if (!ctx.is_set(parameter)) continue;
    if (std::string missing = missing_copy(ctx, parameter, part, points); !missing.empty())
      return {compliance::non_compliant, what + " keeps no backup copy in " + kind + " " + missing + " (" + parameter + ")"};
    why += ", with copies in " + ctx.text(parameter);
  }
  if (ctx.boolean("backupVaultLockCheck") || ctx.is_set("minRetentionDays") || ctx.is_set("maxRetentionDays")) {
    std::string lock;
    if (!in_locked_vault(ctx, points, lock))
      return {compliance::non_compliant, what + " is not backed up in a locked vault within the retention asked: " + lock};
    why += ", in " + lock;
  }
  return {compliance::compliant, why};
}

}  // namespace engine::rules
