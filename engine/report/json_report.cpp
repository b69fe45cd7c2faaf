#include "engine/report/json_report.hpp"

namespace engine::report {

namespace {

using ojson = nlohmann::ordered_json;

ojson control_ids(const reported_rule* rule) {
  ojson ids = ojson::array();
  if (rule)
    for (const auto* c : rule->controls) ids.push_back(c->id);
  return ids;
}

}  // namespace

ojson to_json(const scan_report& report) {
  ojson out;
  out["pack"] = report.pack;
  out["target"] = report.target;
  out["account_id"] = report.account_id;
  out["regions"] = report.regions;
  ojson summary;
  for (const auto& [name, n] : report.counts()) summary[name] = n;
  // Config rules of the pack (AWS::Config::ConfigRule resources), the unit of both counts.
  summary["rules_in_pack"] = report.config_rules;
  summary["rules_not_implemented"] = report.not_implemented.size();
  summary["awaiting_attestation"] = report.awaiting.size();
  summary["resources_collected"] = report.statistics.resources;
  summary["requests"] = report.statistics.requests;
  summary["retries"] = report.statistics.retries;
  summary["seconds"] = report.statistics.seconds;
  out["summary"] = summary;
  ojson evaluations = ojson::array();
  for (const auto& e : report.evaluations) {
    auto rule = report.rules.find(e.rule);
    const reported_rule* r = rule == report.rules.end() ? nullptr : &rule->second;
    ojson item;
    item["rule"] = e.rule;
    item["config_rule_name"] = r ? r->config_rule_name : "";
    item["resource_type"] = e.resource_type;
    item["resource_id"] = e.resource_id;
    if (!e.resource_name.empty()) item["resource_name"] = e.resource_name;
    item["region"] = e.region;
    item["compliance"] = std::string(to_string(e.result));
    item["annotation"] = e.annotation;
    item["controls"] = control_ids(r);
    evaluations.push_back(std::move(item));
  }
  out["evaluations"] = std::move(evaluations);
  ojson missing = ojson::array();
  for (const auto& id : report.not_implemented) {
    auto rule = report.rules.find(id);
    const reported_rule* r = rule == report.rules.end() ? nullptr : &rule->second;
    missing.push_back({{"rule", id}, {"config_rule_name", r ? r->config_rule_name : ""},
                       {"controls", control_ids(r)}});
  }
  out["not_implemented"] = std::move(missing);
  // Process checks no operator has attested (PutExternalEvaluation): neither COMPLIANT nor failed.
  ojson awaiting = ojson::array();
  for (const auto& a : report.awaiting) {
    auto rule = report.rules.find(a.rule.identifier);
    awaiting.push_back({{"rule", a.rule.identifier}, {"config_rule_name", a.rule.config_rule_name},
                        {"region", a.region}, {"controls", control_ids(rule == report.rules.end() ? nullptr : &rule->second)}});
  }
  out["awaiting_attestation"] = std::move(awaiting);
  ojson failures = ojson::array();
  for (const auto& f : report.failures)
    failures.push_back({{"data", f.key}, {"region", f.region}, {"reason", f.reason}});
  out["collection_failures"] = std::move(failures);
  return out;
}

}  // namespace engine::report
