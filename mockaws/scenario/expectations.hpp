#pragma once
// A scenario's `expect:` block: the verdicts the engine must give. Each is checked as the rest
// of the scenario is: a malformed rule identifier, a compliance value or region that does not
// exist, or a resource the scenario does not hold is an error at the value.

#include <map>
#include <set>
#include <string>
#include <vector>

#include "mockaws/scenario/source_tree.hpp"

namespace mockaws::scenario {

// One verdict the engine must give.
struct expectation {
  std::string rule;        // AWS Config managed-rule identifier: "S3_BUCKET_SSL_REQUESTS_ONLY"
  std::string resource;    // the resource's id or name; empty for account-level rules
  std::string compliance;  // COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE or INSUFFICIENT_DATA
  std::string region;      // optional: where the resource lives
  source_location where;
};

// What an expectation's `resource` may name: every id, name and ARN of the scenario's
// resources, with the regions holding it ("global" for global services).
using resource_index = std::map<std::string, std::set<std::string>>;

// The expectations of `expect`, every problem reported to `errors`. `resources` null: the
// scenario is incomplete (a base it extends could not be read), so resources are not checked.
std::vector<expectation> read_expectations(const source_node& expect,
                                           const resource_index* resources,
                                           std::vector<load_error>& errors);

}  // namespace mockaws::scenario
