#pragma once
// The whole path for one generated account: the document is loaded as a scenario, served by
// mockaws on 127.0.0.1, scanned over HTTP by the engine's client and collectors, evaluated by
// the pack's rules; then every evaluation of an implemented rule is compared with the oracle
// (the declared NON_COMPLIANT verdicts, and every other subject's unmutated verdict).

#include <set>
#include <string>
#include <vector>

#include "engine/cli/scan_runner.hpp"
#include "mockaws/scenario/expectations.hpp"
#include "properties/accounts/account_document.hpp"
#include "properties/accounts/mutators.hpp"

namespace properties {

using verdict_set = std::set<declared_verdict>;

struct account_check {
  std::vector<std::string> problems;  // empty: the engine found exactly what the oracle says
  std::size_t requests = 0;
  std::size_t evaluations = 0;
};

// The built-in HIPAA pack with the HIPAA Security Rule 2003 pack's rules it lacks, loaded once:
// every rule of either built-in pack is checked by the properties.
const engine::cli::loaded_pack& hipaa_pack();
// The pack with one rule's input parameter set, and how a user sets it the same way.
struct parameter_setting {
  engine::cli::loaded_pack pack;
  std::string how;  // "hipaasim test --param AccessKeysRotatedParamMaxAccessKeyAge=91"
};
parameter_setting with_parameter(const engine::cli::loaded_pack& pack, const std::string& rule,
                                 const std::string& parameter, long long value);

account_check check_account(const json& doc, const verdict_set& declared,
                            const engine::cli::loaded_pack& pack = hipaa_pack());

// The oracle as a scenario's expect block: every subject of every implemented rule with the
// verdict it must get.
std::vector<mockaws::scenario::expectation> expected_verdicts(const json& doc, const verdict_set& declared,
                                                              const engine::cli::loaded_pack& pack = hipaa_pack());

}  // namespace properties
