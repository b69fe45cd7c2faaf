#pragma once
// A failing generated account, written as a scenario file a user can commit under scenarios/
// as a regression case: the account with every default explicit, and an `expect:` block that
// is the oracle (so `hipaasim test FILE` fails until the engine is fixed).

#include <string>

#include "properties/accounts/account_check.hpp"

namespace properties {

// Writes DIRECTORY/NAME.yaml (replacing it: while RapidCheck shrinks, each smaller failing
// account overwrites the last, so the file left is the minimal one) and returns its path.
std::string write_counterexample(const std::string& directory, const std::string& name, const json& doc,
                                 const verdict_set& declared, const std::string& description);

}  // namespace properties
