#pragma once
// Writes an account back out as a scenario: the round trip of "what you declared is what is
// served". Everything the loader filled in (ids, ARNs, defaults, relative times resolved against
// `now`) is written explicitly, so loading the output gives the same account, byte for byte in
// its state. Property tests use it to turn generated accounts into committable scenario files.

#include <string>
#include <vector>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::scenario {

std::string write_scenario(const store::store& store,
                           const std::vector<expectation>& expectations = {},
                           const std::string& description = {},
                           const std::vector<rule_parameter>& rule_parameters = {},
                           const std::string& pack = {});

}  // namespace mockaws::scenario
