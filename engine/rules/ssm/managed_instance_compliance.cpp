// The summary's Status is what AWS Config records in the AssociationCompliance / PatchCompliance
// configuration item (one per managed instance): COMPLIANT or NON_COMPLIANT. The summary's
// counts are enough to say why, so the per-item ListComplianceItems is not read.
//
// Reading where AWS's page is silent (pinned by the rules' scenarios): a summary without a
// Status (or with another value) is INSUFFICIENT_DATA, never COMPLIANT.

#include "engine/rules/ssm/managed_instance_compliance.hpp"

namespace engine::rules {

verdict judge_compliance_summary(const configuration_item& summary, std::string_view what) {
  const json& c = summary.configuration;
  std::string status = c.value("Status", "");
  std::string subject = std::string(what) + " compliance of managed instance " + summary.resource_id;
  if (status == "COMPLIANT") return {compliance::compliant, subject + " is COMPLIANT"};
  if (status == "NON_COMPLIANT") {
    long long count = 0;
    if (auto at = c.find("NonCompliantSummary"); at != c.end() && at->is_object()) count = at->value("NonCompliantCount", 0LL);
    std::string severity = c.value("OverallSeverity", "");
    std::string detail;
    if (count > 0) detail = std::to_string(count) + " non-compliant item(s)";
    if (!severity.empty() && severity != "UNSPECIFIED") detail += (detail.empty() ? "" : ", ") + std::string("severity ") + severity;
    return {compliance::non_compliant, subject + " is NON_COMPLIANT" + (detail.empty() ? "" : " (" + detail + ")")};
  }
  return {compliance::insufficient_data,
          subject + (status.empty() ? " reports no status" : " reports status " + status)};
}

}  // namespace engine::rules
