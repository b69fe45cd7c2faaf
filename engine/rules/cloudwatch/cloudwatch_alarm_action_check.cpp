// CLOUDWATCH_ALARM_ACTION_CHECK (cloudwatch-alarm-action-check): every metric alarm has an action
// for each state the parameters require: alarmActionRequired (ALARM, default true),
// insufficientDataActionRequired (INSUFFICIENT_DATA, default true), okActionRequired (OK,
// default false), as AlarmActions, InsufficientDataActions and OKActions list them. When action1
// to action5 name ARNs, one of the alarm's actions (for any state) must be one of them. Our
// reading where AWS is silent: ActionsEnabled false does not matter (the actions are
// configured); composite alarms are another resource type and are not judged.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

struct required_state {
  const char* parameter;
  const char* member;
  const char* state;
};

constexpr required_state states[] = {{"alarmActionRequired", "AlarmActions", "ALARM"},
                                     {"insufficientDataActionRequired", "InsufficientDataActions", "INSUFFICIENT_DATA"},
                                     {"okActionRequired", "OKActions", "OK"}};

constexpr const char* action_parameters[] = {"action1", "action2", "action3", "action4", "action5"};

verdict judge(const rule_context& ctx, const configuration_item& alarm) {
  const json& config = alarm.configuration;
  std::vector<std::string> missing;
  for (const auto& s : states) {
    const json actions = config.value(s.member, json::array());
    if (ctx.boolean(s.parameter) && (!actions.is_array() || actions.empty())) missing.push_back(s.state);
  }
  if (!missing.empty()) {
    std::string why;
    for (const auto& m : missing) why += (why.empty() ? "" : ", ") + m;
    return {compliance::non_compliant, "no action for the " + why + " state"};
  }
  std::vector<std::string> wanted;
  for (const char* p : action_parameters)
    if (ctx.is_set(p)) wanted.push_back(ctx.text(p));
  if (wanted.empty()) return {compliance::compliant, "an action is configured for every required state"};
  for (const auto& s : states)
    for (const auto& action : config.value(s.member, json::array()))
      if (action.is_string() && std::find(wanted.begin(), wanted.end(), action.get<std::string>()) != wanted.end())
        return {compliance::compliant, "the alarm notifies " + action.get<std::string>()};
  return {compliance::non_compliant, "none of the alarm's actions is one of action1..action5"};
}

parameter required(const char* name, const char* fallback, const char* meaning) {
  return {name, parameter_kind::boolean, fallback, meaning};
}

parameter action(const char* name) {
  return {name, parameter_kind::string, "", "an action ARN one of the alarm's actions must be"};
}

}  // namespace

rule_definition cloudwatch_alarm_action_check() {
  return {.identifier = "CLOUDWATCH_ALARM_ACTION_CHECK",
          .summary = "CloudWatch alarms have actions for the ALARM, INSUFFICIENT_DATA (and OK) states",
          .resource_type = "AWS::CloudWatch::Alarm",
          .parameters = {required("alarmActionRequired", "true", "an action for the ALARM state is required"),
                         required("insufficientDataActionRequired", "true",
                                  "an action for the INSUFFICIENT_DATA state is required"),
                         required("okActionRequired", "false", "an action for the OK state is required"),
                         action("action1"), action("action2"), action("action3"), action("action4"),
                         action("action5")},
          .judge = judge,
          .reading = "ActionsEnabled false does not matter; with action1..action5, one action (of any state) must "
                     "be one of them."};
}

}  // namespace engine::rules
