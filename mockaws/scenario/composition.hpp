#pragma once
// `extends: BASE.yaml`: a scenario that starts from another and changes a few resources, so a
// per-rule case stays a few lines long. The files' trees are merged before anything is checked:
//   - mappings merge key by key, the extending file winning;
//   - a collection (global.<service>.<Collection>, regions.<r>.<service>.<Collection>) merges item
//     by item on the collection's id: an item with a known id is merged into the base item, an
//     item with `_remove: true` deletes it, any other item is added;
//   - any other list, and every scalar, is replaced.
// Nodes keep the file they came from, so errors point into the right file.

#include <optional>
#include <string>
#include <vector>

#include "mockaws/scenario/schema.hpp"
#include "mockaws/scenario/source_tree.hpp"

namespace mockaws::scenario {

// Reads a scenario and everything it extends (paths relative to the extending file).
std::optional<source_node> read_composed(const std::string& path, const scenario_schema& schema,
                                         std::vector<load_error>& errors);
// The same for a scenario given as text; its `extends:` is relative to the working directory.
std::optional<source_node> compose_text(std::string_view text, const std::string& name,
                                        const scenario_schema& schema,
                                        std::vector<load_error>& errors);

}  // namespace mockaws::scenario
