// BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK: at least one rule of the backup plan runs
// at least every requiredFrequencyValue requiredFrequencyUnit (hours or days) and keeps its
// recovery points at least requiredRetentionDays. A rule without Lifecycle.DeleteAfterDays
// keeps them forever.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/schedule.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& plan) {
  double every_hours = double(ctx.integer("requiredFrequencyValue")) *
                       (ctx.text("requiredFrequencyUnit") == "hours" ? 1 : 24);
  long long retention = ctx.integer("requiredRetentionDays");
  std::string why;
  bool ok = false;
  for (const auto& rule : plan.configuration.value("BackupPlan", json::object()).value("Rules", json::array())) {
    std::string name = rule.value("RuleName", std::string("?"));
    std::string schedule = rule.value("ScheduleExpression", std::string());
    auto gap = longest_gap_hours(schedule);
    const json lifecycle = rule.value("Lifecycle", json::object());
    bool forever = !lifecycle.contains("DeleteAfterDays");
    long long kept = lifecycle.value("DeleteAfterDays", 0LL);
    if (gap && *gap <= every_hours && (forever || kept >= retention)) {
      ok = true;
      why = "rule " + name + " runs " + schedule + " and keeps points " +
            (forever ? std::string("forever") : std::to_string(kept) + " days");
      break;
    }
    if (!why.empty()) why += "; ";
    if (!gap) why += "rule " + name + ": unreadable schedule '" + schedule + "'";
    else if (*gap > every_hours)
      why += "rule " + name + " runs only every " + std::to_string(int(*gap)) + " hours";
    else
      why += "rule " + name + " keeps points " + std::to_string(kept) + " days";
  }
  if (why.empty()) why = "the plan has no rules";
  if (ok) return {compliance::compliant, why};
  return {compliance::non_compliant, why + " (required: every " + std::to_string(int(every_hours)) +
                                         " hours, kept " + std::to_string(retention) + " days)"};
}

}  // namespace

rule_definition backup_plan_min_frequency_and_min_retention_check() {
  return {.identifier = "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK",
          .summary = "backup plans run often enough and keep recovery points long enough",
          .resource_type = "AWS::Backup::BackupPlan",
          .parameters = {{"requiredFrequencyValue", parameter_kind::integer, "1", "how often, with the unit"},
                         {"requiredFrequencyUnit", parameter_kind::string, "days", "hours or days"},
                         {"requiredRetentionDays", parameter_kind::integer, "35", "days recovery points are kept"}},
          .judge = judge};
}

}  // namespace engine::rules
