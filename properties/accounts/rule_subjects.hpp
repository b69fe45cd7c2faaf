#pragma once
// What each implemented rule must evaluate in an account, read from the scenario document
// alone: the resources of its type, found through the schema and the collection rows
// (resources.hpp), or the account (once, or per region), each with the verdict a compliant
// account gets. With the mutators' declarations this makes the oracle complete: every
// evaluation the engine gives is predicted, none is missing, none is extra.

#include <string>
#include <string_view>
#include <vector>

#include "engine/core/compliance.hpp"
#include "properties/accounts/account_document.hpp"

namespace properties {

struct subject {
  std::string rule;
  std::string resource;  // id or name; empty for account-level rules
  std::string region;    // "global" for IAM
  engine::compliance unmutated = engine::compliance::compliant;
};

// Every subject of every rule the properties know; throws for a rule they do not.
std::vector<subject> subjects_of(const json& doc, std::string_view rule);
// Whether subjects_of knows `rule`: an implemented rule whose type the schema and the rows
// describe (the coverage meta-test walks the engine's registry).
bool knows_subjects_of(std::string_view rule);

}  // namespace properties
