#pragma once
// A scenario's `rule_parameters:` (scenarios/README.md): rule input parameters set by the
// account under test, over the pack's, so that a scenario can pin a verdict that depends on a
// parameter the pack leaves unset (ENCRYPTED_VOLUMES kmsId). The loader checks their shape;
// here, that each names a rule the engine implements, a parameter it takes, and a value that
// parses.

#include <string>
#include <vector>

#include "engine/cli/scan_runner.hpp"
#include "mockaws/scenario/scenario_loader.hpp"

namespace engine::cli {

// "file:line:column: message" for each rule parameter that is not right; empty when all are.
std::vector<std::string> scenario_parameter_problems(const mockaws::scenario::load_result& scenario);

// The pack's rules with the scenario's parameters applied (a rule the pack does not hold is left
// alone: the pack decides what runs).
loaded_pack with_scenario_parameters(const loaded_pack& pack, const mockaws::scenario::load_result& scenario);

}  // namespace engine::cli
