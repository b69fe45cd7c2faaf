#include "properties/accounts/rule_subjects.hpp"

#include <functional>
#include <map>
#include <stdexcept>

#include "engine/rules/rule.hpp"
#include "properties/accounts/resources.hpp"

namespace properties {

namespace {

using engine::compliance;

// Rules whose unmutated verdict is not COMPLIANT for some of their resources in a compliant
// account, with the reading of the rule that says so: the oracle's own judgement, written apart
// from the engine's.
const std::map<std::string, std::function<compliance(const json&)>, std::less<>>& unmutated_exceptions() {
  static const std::map<std::string, std::function<compliance(const json&)>, std::less<>> table = {
      // Volumes that are not attached are NOT_APPLICABLE (AWS judges volumes in use).
      {"ENCRYPTED_VOLUMES",
       [](const json& v) { return v.value("State", "") == "in-use" ? compliance::compliant : compliance::not_applicable; }},
      // Only a VPC's default group is judged.
      {"VPC_DEFAULT_SECURITY_GROUP_CLOSED",
       [](const json& g) { return g.value("GroupName", "") == "default" ? compliance::compliant : compliance::not_applicable; }},
      // Only groups with an inbound rule from 0.0.0.0/0 or ::/0 are judged.
      {"VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS",
       [](const json& g) {
         for (const auto& p : g.value("IpPermissions", json::array())) {
           for (const auto& r : p.value("IpRanges", json::array()))
             if (r.value("CidrIp", "") == "0.0.0.0/0") return compliance::compliant;
           for (const auto& r : p.value("Ipv6Ranges", json::array()))
             if (r.value("CidrIpv6", "") == "::/0") return compliance::compliant;
         }
         return compliance::not_applicable;
       }},
      // Only running instances are judged (an instance without State renders running).
      {"EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
       [](const json& i) {
         return !i.contains("State") || i["State"].value("Name", "") == "running" ? compliance::compliant
                                                                                  : compliance::not_applicable;
       }},
      // Only Aurora clusters are judged; Multi-AZ DB clusters of RDS for MySQL/PostgreSQL are not.
      {"AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
       [](const json& c) {
         return c.value("Engine", "").rfind("aurora", 0) == 0 ? compliance::compliant : compliance::not_applicable;
       }},
      // Users without a console password are outside the check.
      {"MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS",
       [](const json& u) { return u.contains("LoginProfile") ? compliance::compliant : compliance::not_applicable; }},
      // Groups behind no load balancer (no Classic Load Balancer, no target group) are outside it.
      {"AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED",
       [](const json& g) {
         for (const char* member : {"LoadBalancerNames", "TargetGroupARNs"})
           if (g.contains(member) && !g[member].empty()) return compliance::compliant;
         return compliance::not_applicable;
       }},
  };
  return table;
}

}  // namespace

std::vector<subject> subjects_of(const json& doc, std::string_view rule) {
  const auto* definition = engine::rules::find_rule(rule);
  if (!definition) throw std::invalid_argument("properties know no subjects of rule " + std::string(rule));
  std::string id(rule);
  std::vector<subject> out;
  // A process check gives a verdict only where an operator attested it (AWS Config's compliance
  // record for the pack's config rule); generated accounts record none, the mutators add them.
  if (definition->manual) {
    for (const auto& region : regions_of(doc)) {
      const json& config = doc.at("regions").at(region).value("config", json::object());
      for (const auto& record : config.value("ComplianceByConfigRules", json::array()))
        if (record.value("ConfigRuleName", "") == "annual-risk-assessment-performed")
          out.push_back({id, "", region, compliance::compliant});
    }
    return out;
  }
  if (definition->judge) {
    // A per-resource rule: every resource of its type, where the schema keeps them.
    auto exception = unmutated_exceptions().find(rule);
    for (auto type : engine::rules::judged_types(*definition))
      for (const auto& located : items_of(doc, type))
        out.push_back({id, located.identity, located.region,
                       exception == unmutated_exceptions().end() ? compliance::compliant
                                                                 : exception->second(*located.item)});
    return out;
  }
  // An account-level rule: once, in "global", when all it reads is global (IAM), else per region.
  if (reads_only_global_data(rule)) return {{id, "", "global", compliance::compliant}};
  for (const auto& region : regions_of(doc)) out.push_back({id, "", region, compliance::compliant});
  return out;
}

bool knows_subjects_of(std::string_view rule) {
  const auto* definition = engine::rules::find_rule(rule);
  if (!definition) return false;
  if (!definition->judge) return true;
  try {
    for (auto type : engine::rules::judged_types(*definition))
      items_of(json::object(), type);  // the schema and the rows know the type
    return true;
  } catch (const std::invalid_argument&) {
    return false;
  }
}

}  // namespace properties
