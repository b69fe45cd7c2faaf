#include "engine/cli/expectation_check.hpp"

#include <algorithm>

namespace engine::cli {

namespace {

std::string describe(const evaluation& e) {
  std::string where = e.resource_name.empty() ? e.resource_id : e.resource_name;
  return std::string(to_string(e.result)) + " for " + where + " in " + e.region + " (" + e.annotation + ")";
}

}  // namespace

bool is_about(const mockaws::scenario::expectation& x, const evaluation& e) {
  if (e.rule != x.rule) return false;
  if (!x.region.empty() && e.region != x.region) return false;
  if (x.resource.empty()) return e.resource_type == account_resource_type;
  return e.resource_id == x.resource || e.resource_name == x.resource;
}

std::vector<expectation_result> check_expectations(
    const std::vector<mockaws::scenario::expectation>& expected, const report::scan_report& report) {
  std::vector<expectation_result> out;
  for (const auto& x : expected) {
    expectation_result r{x, check_outcome::passed, ""};
    bool in_pack = report.rules.count(x.rule) > 0;
    bool missing = std::find(report.not_implemented.begin(), report.not_implemented.end(), x.rule) !=
                   report.not_implemented.end();
    if (!in_pack) {
      r.outcome = check_outcome::failed;
      r.detail = "rule " + x.rule + " is not in pack " + report.pack;
    } else if (missing) {
      r.outcome = check_outcome::skipped;
      r.detail = "hipaasim does not implement " + x.rule + " yet";
    } else {
      std::vector<const evaluation*> found;
      for (const auto& e : report.evaluations)
        if (is_about(x, e)) found.push_back(&e);
      if (found.empty()) {
        r.outcome = check_outcome::failed;
        r.detail = "no evaluation of " + x.rule + (x.resource.empty() ? " for the account" : " for " + x.resource) +
                   (x.region.empty() ? "" : " in " + x.region);
      }
      for (const auto* e : found)
        if (std::string(to_string(e->result)) != x.compliance) {
          r.outcome = check_outcome::failed;
          r.detail += (r.detail.empty() ? "got " : "; ") + describe(*e);
        }
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace engine::cli
