// CloudWatch, served over Query and JSON 1.0 alike (the codec differs, the handler does not).
//
// State (per region), as `aws cloudwatch describe-alarms` prints it:
//   cloudwatch:
//     MetricAlarms: [MetricAlarm...]
//     CompositeAlarms: [CompositeAlarm...]

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::cloudwatch {

namespace {

bool has_action_with_prefix(const json& alarm, const std::string& prefix) {
  for (const char* list : {"AlarmActions", "OKActions", "InsufficientDataActions"})
    for (const auto& action : items(alarm, list))
      if (action.is_string() && action.get<std::string>().compare(0, prefix.size(), prefix) == 0)
        return true;
  return false;
}

json matching(const call_context& c, const json& alarms) {
  const json* names = member(c.input, "AlarmNames");
  std::string name_prefix = c.input_string("AlarmNamePrefix");
  std::string state = c.input_string("StateValue");
  std::string action_prefix = c.input_string("ActionPrefix");
  json out = json::array();
  for (const auto& alarm : select_by(alarms, "AlarmName", names)) {
    if (string_at(alarm, "AlarmName").compare(0, name_prefix.size(), name_prefix) != 0) continue;
    if (!state.empty() && string_at(alarm, "StateValue") != state) continue;
    if (!action_prefix.empty() && !has_action_with_prefix(alarm, action_prefix)) continue;
    out.push_back(alarm);
  }
  return out;
}

json describe_alarms(const call_context& c) {
  // Without AlarmTypes, AWS returns metric alarms only (documented for DescribeAlarms).
  const json* types = member(c.input, "AlarmTypes");
  auto wants = [&](std::string_view type) {
    if (!types || types->empty()) return type == "MetricAlarm";
    return std::find(types->begin(), types->end(), type) != types->end();
  };
  json output = json::object();
  if (wants("MetricAlarm")) output["MetricAlarms"] = matching(c, items(c.state(), "MetricAlarms"));
  if (wants("CompositeAlarm"))
    output["CompositeAlarms"] = matching(c, items(c.state(), "CompositeAlarms"));
  return output;
}


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxRecords defaults to 50.
      {"cloudwatch", "DescribeAlarms", describe_alarms, 50},
  };
  return entries;
}

}  // namespace mockaws::services::cloudwatch
