// Monitoring mutators: CLOUDWATCH_ALARM_ACTION_CHECK, and the operator's attestation of the HIPAA
// pack's process check (AWS_CONFIG_PROCESS_CHECK, config rule annual-risk-assessment-performed).

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// An alarm that no longer notifies anyone for one of the states the pack requires.
std::optional<mutation> alarm_action_removed(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto alarms = items_of(doc, "AWS::CloudWatch::Alarm");
  if (alarms.empty()) return std::nullopt;
  auto [region, alarm, identity] = alarms[target % alarms.size()];
  // ALARM or INSUFFICIENT_DATA, emptied or never set.
  const char* member = degree % 2 ? "InsufficientDataActions" : "AlarmActions";
  if ((degree / 2) % 2) alarm->erase(member);
  else (*alarm)[member] = json::array();
  return mutation{"alarm_action_removed", "alarm " + identity + " (" + region + "): " + member + " removed",
                  {{"CLOUDWATCH_ALARM_ACTION_CHECK", identity, region, std::string("no ") + member}}, std::nullopt};
}

// An operator records, in one region, that the annual risk assessment was not done.
std::optional<mutation> risk_assessment_not_done(json& doc, std::uint64_t target, std::uint64_t) {
  std::vector<std::string> open;  // regions with no attestation yet
  for (const auto& region : regions_of(doc))
    if (!doc["regions"][region].contains("config") || !doc["regions"][region]["config"].contains("ComplianceByConfigRules"))
      open.push_back(region);
  if (open.empty()) return std::nullopt;
  const std::string& region = open[target % open.size()];
  doc["regions"][region]["config"]["ComplianceByConfigRules"] = json::array(
      {{{"ConfigRuleName", "annual-risk-assessment-performed"}, {"Compliance", {{"ComplianceType", "NON_COMPLIANT"}}}}});
  return mutation{"risk_assessment_not_done", "an operator records the annual risk assessment as not done in " + region,
                  {{"AWS_CONFIG_PROCESS_CHECK", "", region, "the attestation says NON_COMPLIANT"}}, std::nullopt};
}

}  // namespace

std::vector<mutator> monitoring_mutators() {
  return {{"alarm_action_removed", "CLOUDWATCH_ALARM_ACTION_CHECK", "an alarm that notifies nobody", "", ensure_alarm,
           alarm_action_removed},
          {"risk_assessment_not_done", "AWS_CONFIG_PROCESS_CHECK", "the process check attested as not done", "",
           nullptr, risk_assessment_not_done}};
}

}  // namespace properties
