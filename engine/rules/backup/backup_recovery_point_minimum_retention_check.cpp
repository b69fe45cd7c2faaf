// BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK (backup-recovery-point-minimum-retention-check,
// the 2003 framework's): a recovery point is kept at least requiredRetentionDays (default 35).
// Its Lifecycle.DeleteAfterDays says how long; a point without one but with a
// CalculatedLifecycle.DeleteAt is kept from its CreationDate to then (whole days); a point with
// neither is kept until deleted by hand, and is COMPLIANT.

#include <optional>

#include "engine/rules/all_rules.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace engine::rules {

namespace {

std::optional<long long> days_between(const json& from, const json& to) {
  if (!from.is_string() || !to.is_string()) return std::nullopt;
  auto a = mockaws::protocol::parse_iso8601(from.get<std::string>());
  auto b = mockaws::protocol::parse_iso8601(to.get<std::string>());
  if (!a || !b) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::hours>(*b - *a).count() / 24;
}

verdict judge(const rule_context& ctx, const configuration_item& point) {
  const json& c = point.configuration;
  long long required = ctx.integer("requiredRetentionDays");
  std::optional<long long> kept;
  std::string how;
  const json lifecycle = c.value("Lifecycle", json::object());
  if (lifecycle.contains("DeleteAfterDays") && lifecycle["DeleteAfterDays"].is_number()) {
    kept = lifecycle["DeleteAfterDays"].get<long long>();
    how = "Lifecycle.DeleteAfterDays " + std::to_string(*kept);
  } else if (auto at = c.value("CalculatedLifecycle", json::object()); at.contains("DeleteAt")) {
    kept = days_between(c.value("CreationDate", json()), at["DeleteAt"]);
    if (!kept) return {compliance::non_compliant, "CalculatedLifecycle.DeleteAt or CreationDate is not a date"};
    how = "deleted at " + at["DeleteAt"].get<std::string>() + ", " + std::to_string(*kept) + " days after its creation";
  }
  if (!kept) return {compliance::compliant, "no lifecycle deletes it: kept until deleted"};
  if (*kept < required)
    return {compliance::non_compliant, how + ": kept fewer than requiredRetentionDays " + std::to_string(required)};
  return {compliance::compliant, how + " (required: " + std::to_string(required) + " days)"};
}

}  // namespace

rule_definition backup_recovery_point_minimum_retention_check() {
  return {.identifier = "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK",
          .summary = "AWS Backup recovery points are kept at least requiredRetentionDays",
          .resource_type = "AWS::Backup::RecoveryPoint",
          .parameters = {{"requiredRetentionDays", parameter_kind::integer, "35", "days a recovery point must be kept"}},
          .judge = judge,
          .reading = "Lifecycle.DeleteAfterDays, else CalculatedLifecycle.DeleteAt minus CreationDate in whole "
                     "days, below requiredRetentionDays is NON_COMPLIANT; a point no lifecycle deletes is COMPLIANT."};
}

}  // namespace engine::rules
