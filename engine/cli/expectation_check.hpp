#pragma once
// Checks a scenario's expected verdicts against a scan of it. An expectation names a rule, a
// resource (by id or name; none for account-level rules) and optionally a region; it holds when
// at least one evaluation matches and every matching one has the expected compliance. An
// expectation for a rule the engine does not implement is skipped, not failed: the scenario
// stays valid as rules arrive.

#include <string>
#include <vector>

#include "engine/report/scan_report.hpp"
#include "mockaws/scenario/expectations.hpp"

namespace engine::cli {

enum class check_outcome { passed, failed, skipped };

struct expectation_result {
  mockaws::scenario::expectation expected;
  check_outcome outcome = check_outcome::passed;
  std::string detail;  // what was found instead, or why it was skipped
};

// Whether `e` is the verdict `x` names: the same rule, region (when `x` gives one) and resource
// (by id or name; the account when `x` names none).
bool is_about(const mockaws::scenario::expectation& x, const evaluation& e);

std::vector<expectation_result> check_expectations(
    const std::vector<mockaws::scenario::expectation>& expected, const report::scan_report& report);

}  // namespace engine::cli
