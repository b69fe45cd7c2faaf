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

struct composed_scenario {
  source_node document;
  // False when a file it extends could not be read (missing, a cycle, a syntax error): the
  // document is then the extending file alone, whose own keys and values can still be checked,
  // but whose references may name resources of the missing base.
  bool complete = true;
};

// Reads a scenario and everything it extends (paths relative to the extending file); nullopt
// when the file itself cannot be read.
std::optional<composed_scenario> read_composed(const std::string& path,
                                               const scenario_schema& schema,
                                               std::vector<load_error>& errors);
// The same for a scenario given as text; its `extends:` is relative to the working directory.
std::optional<composed_scenario> compose_text(std::string_view text, const std::string& name,
                                              const scenario_schema& schema,
                                              std::vector<load_error>& errors);

}  // namespace mockaws::scenario
