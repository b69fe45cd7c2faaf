// RDS_ENHANCED_MONITORING_ENABLED (rds-enhanced-monitoring-enabled): an RDS DB instance collects
// Enhanced Monitoring metrics (MonitoringInterval above 0; absent reads as 0, the API's default)
// and, when monitoringInterval is given (unset in the HIPAA pack; 1, 5, 10, 15, 30 or 60 seconds),
// at exactly that interval.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& db = instance.configuration;
  const json& stated = db.contains("MonitoringInterval") ? db["MonitoringInterval"] : json(0);
  if (!stated.is_number_integer())
    return {compliance::insufficient_data, "MonitoringInterval is not a number: " + stated.dump()};
  long long seconds = stated.get<long long>();
  if (seconds <= 0) return {compliance::non_compliant, "enhanced monitoring is off (MonitoringInterval 0)"};
  std::string every = "enhanced monitoring every " + std::to_string(seconds) + " s";
  if (ctx.is_set("monitoringInterval") && seconds != ctx.integer("monitoringInterval"))
    return {compliance::non_compliant, every + ", not the " + ctx.text("monitoringInterval") + " s monitoringInterval asks"};
  return {compliance::compliant, every};
}

}  // namespace

rule_definition rds_enhanced_monitoring_enabled() {
  return {.identifier = "RDS_ENHANCED_MONITORING_ENABLED",
          .summary = "RDS DB instances have Enhanced Monitoring on (at monitoringInterval, when given)",
          .resource_type = "AWS::RDS::DBInstance",
          .parameters = {{"monitoringInterval", parameter_kind::integer, "",
                          "the interval Enhanced Monitoring must collect at, in seconds", false, "1|5|10|15|30|60"}},
          .judge = judge};
}

}  // namespace engine::rules
