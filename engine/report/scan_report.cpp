#include "engine/report/scan_report.hpp"

namespace engine::report {

std::map<std::string, std::size_t> scan_report::counts() const {
  std::map<std::string, std::size_t> out;
  for (auto c : {compliance::compliant, compliance::non_compliant, compliance::not_applicable,
                 compliance::insufficient_data})
    out[std::string(to_string(c))] = 0;
  for (const auto& e : evaluations) ++out[std::string(to_string(e.result))];
  return out;
}

bool scan_report::any(compliance c) const {
  for (const auto& e : evaluations)
    if (e.result == c) return true;
  return false;
}

scan_report make_report(std::string pack, std::string target, const inventory& inv,
                        const std::vector<rule_request>& rules, pack_evaluation evaluated,
                        const pack::control_catalog& catalog, scan_statistics statistics) {
  scan_report r;
  r.pack = std::move(pack);
  r.target = std::move(target);
  r.account_id = inv.account_id();
  r.regions = inv.regions();
  r.evaluations = std::move(evaluated.evaluations);
  for (const auto& request : rules)
    r.rules[request.identifier] = {request.identifier, request.config_rule_name,
                                   catalog.controls_for(request.identifier)};
  r.config_rules = rules.size();
  for (const auto& missing : evaluated.not_implemented) r.not_implemented.push_back(missing.identifier);
  r.awaiting = std::move(evaluated.awaiting);
  r.failures = inv.failures();
  statistics.resources = inv.size();
  r.statistics = statistics;
  r.catalog = &catalog;
  return r;
}

int exit_status(const scan_report& report) {
  if (report.any(compliance::non_compliant)) return 1;
  if (report.any(compliance::insufficient_data)) return 3;
  return 0;
}

}  // namespace engine::report
