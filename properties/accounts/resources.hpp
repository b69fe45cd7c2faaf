#pragma once
// A generated account's resources of a CloudFormation type, found through the tables the engine
// and the mock already have: the scenario schema says which service and collection hold the
// type and whether it is global; the engine's collection row says how AWS Config names it. The
// oracle (rule_subjects) and the mutators both find resources this way, so they agree with each
// other and with the engine on what a verdict is about.

#include <string>
#include <string_view>
#include <vector>

#include "properties/accounts/account_document.hpp"

namespace properties {

struct located_item {
  std::string region;  // "global" for global services
  json* item = nullptr;
  // How the verdicts about it name it: AWS Config's resource id when the document carries it
  // (GroupId, VolumeId), else its name (UserName: the UserId is generated at load).
  std::string identity;
};

std::vector<located_item> items_of(json& doc, std::string_view resource_type);
// The same for a document that is only read.
std::vector<located_item> items_of(const json& doc, std::string_view resource_type);

// Whether every read of the rule is global (IAM's documents): its account-level verdicts are
// then given once, in region "global", else once per region.
bool reads_only_global_data(std::string_view rule);

}  // namespace properties
