// Systems Manager: every rendered instance is a managed instance (DescribeInstanceInformation)
// with a Patch and an Association compliance summary, COMPLIANT (the Status written, or derived
// by mockaws from compliant items); the account's documents, private or shared with named
// accounts (never with "all").

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

void account_renderer::render_systems_manager(const region_spec& r, json& out) {
  json managed = json::array(), summaries = json::array(), documents = json::array();
  std::size_t i = 0;
  if (out.contains("ec2") && out["ec2"].contains("Reservations"))
    for (const auto& reservation : out["ec2"]["Reservations"])
      for (const auto& instance : reservation["Instances"]) {
        const instance_spec& spec = r.instances[i++ % r.instances.size()];
        std::string id = instance["InstanceId"];
        managed.push_back({{"InstanceId", id},
                           {"PingStatus", spec.agent_online ? "Online" : "ConnectionLost"},
                           {"PlatformType", "Linux"},
                           {"ResourceType", "EC2Instance"}});
        for (const char* type : {"Patch", "Association"}) {
          json summary = {{"ComplianceType", type}, {"ResourceId", id}, {"ExecutionSummary", {{"ExecutionTime", days_ago(1)}}}};
          if (spec.status_from_items)
            summary["ComplianceItems"] = json::array({{{"Id", std::string(type) + "-item-1"}, {"Status", "COMPLIANT"}, {"Severity", "UNSPECIFIED"}}});
          else
            summary["Status"] = "COMPLIANT";
          summaries.push_back(std::move(summary));
        }
      }
  for (std::size_t d = 0; d < r.ssm_documents.size(); ++d) {
    json accounts = json::array();
    for (int a = 0; a < r.ssm_documents[d]; ++a) accounts.push_back("99998888777" + std::to_string(a));
    json document = {{"Name", std::string(purpose(d)) + "-runbook-" + std::to_string(d)}, {"DocumentType", "Command"}};
    if (!accounts.empty()) document["AccountIds"] = accounts;
    documents.push_back(std::move(document));
  }
  json ssm = json::object();
  if (!managed.empty()) ssm["InstanceInformation"] = managed;
  if (!summaries.empty()) ssm["ResourceComplianceSummaryItems"] = summaries;
  if (!documents.empty()) ssm["Documents"] = documents;
  if (!ssm.empty()) out["ssm"] = ssm;
}

}  // namespace properties::rendering
