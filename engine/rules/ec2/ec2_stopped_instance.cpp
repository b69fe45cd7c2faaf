// EC2_STOPPED_INSTANCE (ec2-stopped-instance): no instance has stayed stopped for more than
// AllowedDays days (default 30; the HIPAA pack keeps it). A long-stopped server is unpatched and
// unmonitored, and its volumes keep the ePHI they held.
//
// Where the stop time comes from: AWS reads how long an instance has been stopped from AWS
// Config's configuration history. hipaasim reads it from what DescribeInstances itself says: a
// stopped instance's StateTransitionReason carries the time EC2 stopped it, "User initiated
// (2024-01-01 10:00:00 GMT)" (and likewise for other initiators that EC2 stamps with a time).
// A scenario declares it there, as the CLI prints it.
//
// Readings (pinned by scenarios/rules/ec2-stopped-instance/):
//  - "More than AllowedDays days" is measured in hours: stopped 30 days and 1 hour is more than
//    30 days.
//  - A stopped instance whose reason carries no time cannot be aged: NON_COMPLIANT, as AWS
//    judges an instance whose stopped duration it cannot determine.
//  - Running, pending and stopping instances are COMPLIANT; terminated ones NOT_APPLICABLE
//    (instance_state.hpp).

#include <regex>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/instance_state.hpp"

namespace engine::rules {

namespace {

// The stop time in StateTransitionReason as ISO 8601 ("2024-01-01T10:00:00Z"); "" when none.
std::string stop_time(const json& instance) {
  static const std::regex stamped(R"(\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\))");
  std::string reason = instance.value("StateTransitionReason", "");
  std::smatch m;
  if (!std::regex_search(reason, m, stamped)) return {};
  return m[1].str() + "T" + m[2].str() + "Z";
}

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& c = instance.configuration;
  if (auto terminated = terminated_instance(c)) return *terminated;
  std::string state = instance_state(c);
  if (state != "stopped") return {compliance::compliant, "the instance is not stopped (" + (state.empty() ? "no state" : state) + ")"};
  long long allowed = ctx.integer("AllowedDays");
  std::string since = stop_time(c);
  auto hours = since.empty() ? std::nullopt : ctx.hours_since(json(since));
  if (!hours)
    return {compliance::non_compliant, "the instance is stopped and its StateTransitionReason gives no stop time ('" +
                                           c.value("StateTransitionReason", "") + "')"};
  if (*hours > allowed * 24)
    return {compliance::non_compliant, "the instance has been stopped since " + since + ", " + std::to_string(*hours / 24) +
                                           " days, more than " + std::to_string(allowed)};
  return {compliance::compliant, "the instance has been stopped since " + since + ", within " + std::to_string(allowed) + " days"};
}

}  // namespace

rule_definition ec2_stopped_instance() {
  return {.identifier = "EC2_STOPPED_INSTANCE",
          .summary = "no EC2 instance has been stopped for more than AllowedDays days",
          .resource_type = "AWS::EC2::Instance",
          .parameters = {{"AllowedDays", parameter_kind::integer, "30", "days an instance may stay stopped"}},
          .judge = judge,
          .reading = "the stop time is the one in StateTransitionReason ('User initiated (2024-01-01 10:00:00 GMT)'), "
                     "not AWS Config's history; measured in hours; a stopped instance without one is NON_COMPLIANT; "
                     "terminated instances are NOT_APPLICABLE."};
}

}  // namespace engine::rules
