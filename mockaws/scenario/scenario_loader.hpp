#pragma once
// Loads a scenario file into a store: the format is documented in scenarios/README.md, the
// resources' schema in mockaws/scenario/schema.yaml. Everything is checked before anything is
// served: YAML syntax, unknown keys, services, collections and regions (with a did-you-mean),
// types, timestamps, duplicate ids, references to resources that do not exist, and expectations
// about resources the scenario does not hold; every error of the file is reported at once, as
// file:line:column, and no store is returned.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/scenario/expectations.hpp"
#include "mockaws/scenario/source_tree.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::scenario {


// A scenario's `rule_parameters:` entry: an input parameter of a rule, as a conformance pack's
// InputParameters would set it, over the pack's value. Which rules and parameters exist is the
// engine's to check (it knows them); the loader checks the shape.
struct rule_parameter {
  std::string rule;   // "ENCRYPTED_VOLUMES"
  std::string name;   // "kmsId"
  std::string value;  // as AWS Config passes it: text
  source_location where;
};

struct load_result {
  std::shared_ptr<store::store> store;  // null when there are errors
  std::vector<expectation> expectations;
  std::vector<rule_parameter> rule_parameters;
  // `pack:` the rule pack its expectations are written for (a built-in name or a template
  // path), "" for the command's; the engine checks it names a pack.
  std::string pack;
  std::string description;
  std::vector<load_error> errors;       // every error found, in file order
  // References AWS lets dangle (a function's deleted role): reported, the file still loads.
  std::vector<load_error> warnings;
  std::size_t resources = 0;            // items across all collections
};

load_result load_file(const std::string& path);
load_result load_text(std::string_view text, const std::string& file_name);

}  // namespace mockaws::scenario
