#pragma once
// One AWS::Config::ConfigRule resource's Properties, after intrinsic functions, as a pack_rule.

#include <optional>
#include <string>
#include <vector>

#include "engine/pack/conformance_pack.hpp"
#include "mockaws/scenario/source_tree.hpp"

namespace engine::pack {

// `properties` is already resolved; the parts whose errors were reported while resolving are
// failed placeholders, which are not reported again. nullopt when the rule has errors.
std::optional<pack_rule> read_config_rule(const std::string& logical_id,
                                          const source_location& where,
                                          const mockaws::scenario::source_node& properties,
                                          std::vector<load_error>& errors);

}  // namespace engine::pack
