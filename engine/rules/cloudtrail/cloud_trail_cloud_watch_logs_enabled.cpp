// CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED (cloud-trail-cloud-watch-logs-enabled): every trail sends
// its events to a CloudWatch Logs group (CloudWatchLogsLogGroupArn set) and, when
// expectedDeliveryWindowAge (hours) is given, delivered there within that many hours
// (GetTrailStatus's LatestCloudWatchLogsDeliveryTime; never delivered is NON_COMPLIANT).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& trail) {
  std::string group = trail.configuration.value("CloudWatchLogsLogGroupArn", "");
  if (group.empty()) return {compliance::non_compliant, "the trail sends nothing to CloudWatch Logs"};
  if (!ctx.is_set("expectedDeliveryWindowAge")) return {compliance::compliant, "events go to " + group};
  long long window = ctx.integer("expectedDeliveryWindowAge");
  const json* status = ctx.read(trail, "Status");
  auto hours = status ? ctx.hours_since(status->value("LatestCloudWatchLogsDeliveryTime", json())) : std::nullopt;
  if (!hours) return {compliance::non_compliant, "the trail has never delivered to CloudWatch Logs"};
  if (*hours > window)
    return {compliance::non_compliant, "the last delivery to CloudWatch Logs was " + std::to_string(*hours) +
                                           " hours ago (at most " + std::to_string(window) + ")"};
  return {compliance::compliant, "events go to " + group + ", last delivered " + std::to_string(*hours) + " hours ago"};
}

}  // namespace

rule_definition cloud_trail_cloud_watch_logs_enabled() {
  return {.identifier = "CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED",
          .summary = "CloudTrail trails send their events to CloudWatch Logs",
          .resource_type = "AWS::CloudTrail::Trail",
          .parameters = {{"expectedDeliveryWindowAge", parameter_kind::integer, "",
                          "hours within which the last delivery to CloudWatch Logs must fall"}},
          .reads = {.supplements = {"Status"}},
          .judge = judge,
          .reading = "With expectedDeliveryWindowAge, a trail that never delivered is NON_COMPLIANT."};
}

}  // namespace engine::rules
