// SECRETSMANAGER_ROTATION_ENABLED_CHECK (secretsmanager-rotation-enabled-check): the secret is
// scheduled for rotation (RotationEnabled; absent: false, a new secret does not rotate) and,
// when maximumAllowedRotationFrequency (days) or maximumAllowedRotationFrequencyInHours (the
// HIPAA pack sets neither) is given, rotates at least that often.
//
// Readings where AWS's page is unclear (pinned by scenarios/rules/secretsmanager-rotation-enabled-check/):
//  - "Rotation frequency higher than the maximum" means the interval between rotations is
//    longer than the maximum. The interval is RotationRules.AutomaticallyAfterDays, else the
//    longest gap its ScheduleExpression leaves (rate(N days|hours), or a cron: cron(0 8 1 * ? *)
//    rotates monthly, and a month is up to 31 days).
//  - Both maxima given: both apply. A maximum given and no readable interval: NON_COMPLIANT.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/schedule.hpp"

namespace engine::rules {

namespace {

// The rotation interval in hours, or nullopt when the secret's rules do not say.
std::optional<double> interval_hours(const json& rules) {
  if (rules.contains("AutomaticallyAfterDays") && rules["AutomaticallyAfterDays"].is_number())
    return rules["AutomaticallyAfterDays"].get<double>() * 24;
  std::string schedule = rules.value("ScheduleExpression", "");
  if (schedule.empty()) return std::nullopt;
  return longest_gap_hours(schedule);
}

std::string hours_text(double hours) {
  long long h = static_cast<long long>(hours);
  return h % 24 == 0 ? std::to_string(h / 24) + " days" : std::to_string(h) + " hours";
}

verdict judge(const rule_context& ctx, const configuration_item& secret) {
  const json& s = secret.configuration;
  if (!s.value("RotationEnabled", false)) return {compliance::non_compliant, "rotation is not enabled"};
  json rules = s.value("RotationRules", json::object());
  auto interval = interval_hours(rules);
  std::string every = interval ? "rotates every " + hours_text(*interval) : "rotation is enabled";
  struct maximum {
    std::string_view parameter;
    double hours_per_unit;
  };
  for (maximum m : {maximum{"maximumAllowedRotationFrequency", 24}, maximum{"maximumAllowedRotationFrequencyInHours", 1}}) {
    if (!ctx.is_set(m.parameter)) continue;
    double limit = double(ctx.integer(m.parameter)) * m.hours_per_unit;
    if (!interval)
      return {compliance::non_compliant, "the rotation schedule cannot be read, so it cannot be shown to rotate within " +
                                             std::string(m.parameter) + " (" + hours_text(limit) + ")"};
    if (*interval > limit)
      return {compliance::non_compliant, every + ", longer than " + std::string(m.parameter) + " (" + hours_text(limit) + ")"};
  }
  return {compliance::compliant, every};
}

}  // namespace

rule_definition secretsmanager_rotation_enabled_check() {
  return {.identifier = "SECRETSMANAGER_ROTATION_ENABLED_CHECK",
          .summary = "Secrets Manager secrets rotate automatically (at least as often as the maximum, when given)",
          .resource_type = "AWS::SecretsManager::Secret",
          .parameters = {{"maximumAllowedRotationFrequency", parameter_kind::integer, "",
                          "longest allowed interval between rotations, in days"},
                         {"maximumAllowedRotationFrequencyInHours", parameter_kind::integer, "",
                          "longest allowed interval between rotations, in hours"}},
          .judge = judge,
          .reading = "The interval is AutomaticallyAfterDays, else the longest gap of ScheduleExpression (rate or "
                     "cron); it must not exceed each maximum given (both apply); with a maximum and no readable "
                     "interval, NON_COMPLIANT."};
}

}  // namespace engine::rules
