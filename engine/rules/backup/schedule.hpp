#pragma once
// How often an AWS Backup rule runs, from its ScheduleExpression: "cron(0 5 ? * * *)",
// "cron(0 5 ? * SUN *)", "cron(0 */12 * * ? *)", "rate(12 hours)". The answer is the longest
// gap between two runs, in hours (a weekday schedule MON-FRI leaves a 72-hour gap over the
// weekend); nullopt when the expression cannot be read.

#include <optional>
#include <string_view>

namespace engine::rules {

std::optional<double> longest_gap_hours(std::string_view schedule_expression);

}  // namespace engine::rules
