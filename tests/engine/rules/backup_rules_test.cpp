// Backup plans: schedule expressions and the frequency-and-retention rule.

#include <gtest/gtest.h>

#include "engine/rules/backup/schedule.hpp"
#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;
using rules::longest_gap_hours;

TEST(backup_schedule, longest_gap_between_runs) {
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * * *)"), 24);
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * SUN *)"), 168);
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * MON-FRI *)"), 72) << "Friday to Monday";
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? * 1,4 *)"), 96) << "AWS numbers Sunday 1";
  EXPECT_EQ(longest_gap_hours("cron(0 */12 * * ? *)"), 12);
  EXPECT_EQ(longest_gap_hours("cron(0 5,17 * * ? *)"), 12);
  EXPECT_EQ(longest_gap_hours("cron(0 5 1 * ? *)"), 744) << "monthly: up to 31 days";
  EXPECT_EQ(longest_gap_hours("rate(12 hours)"), 12);
  EXPECT_EQ(longest_gap_hours("rate(1 day)"), 24);
  EXPECT_EQ(longest_gap_hours("every day"), std::nullopt);
  EXPECT_EQ(longest_gap_hours("cron(0 5 ? *)"), std::nullopt);
}

configuration_item plan(const std::string& name, json rules) {
  return item("AWS::Backup::BackupPlan", name + "-id",
              {{"BackupPlan", {{"BackupPlanName", name}, {"Rules", rules}}}}, "us-east-1", name);
}

json backup_rule(const std::string& schedule, std::optional<int> keep_days) {
  json r = {{"RuleName", "r"}, {"ScheduleExpression", schedule}, {"TargetBackupVaultName", "v"}};
  if (keep_days) r["Lifecycle"] = {{"DeleteAfterDays", *keep_days}};
  return r;
}

TEST(backup_plan_min_frequency_and_min_retention_check, one_rule_must_be_daily_and_keep_35_days) {
  inventory inv = make_inventory();
  inv.add(plan("daily-35", json::array({backup_rule("cron(0 5 ? * * *)", 35)})));
  inv.add(plan("weekly", json::array({backup_rule("cron(0 5 ? * SUN *)", 35)})));
  inv.add(plan("daily-7", json::array({backup_rule("cron(0 5 ? * * *)", 7)})));
  inv.add(plan("forever", json::array({backup_rule("rate(1 day)", std::nullopt)})));
  inv.add(plan("mixed", json::array({backup_rule("cron(0 5 ? * * *)", 7), backup_rule("cron(0 6 ? * * *)", 90)})));
  auto e = run(inv, "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK");
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[1].annotation, "rule r runs only every 168 hours (required: every 24 hours, kept 35 days)");
  EXPECT_EQ(e[2].result, compliance::non_compliant);
  EXPECT_EQ(e[3].result, compliance::compliant) << "no DeleteAfterDays: kept forever";
  EXPECT_EQ(e[4].result, compliance::compliant) << "one good rule is enough";
  auto hourly = run(inv, "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK",
                    {{"requiredFrequencyValue", "12"}, {"requiredFrequencyUnit", "hours"}});
  EXPECT_EQ(hourly[0].result, compliance::non_compliant) << "daily is not every 12 hours";
}

}  // namespace
}  // namespace engine
