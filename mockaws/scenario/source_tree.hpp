#pragma once
// YAML as the scenario loader sees it: a tree in which every node knows the file, line and
// column it came from, so that every error can name its place, even after `extends:` has merged
// nodes from several files. Built from LibYAML's event parser: yaml-cpp took 0.65 s to parse a
// 10,000-resource scenario, LibYAML 0.08 s (BENCHMARKS.md).

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mockaws::scenario {

struct source_location {
  std::shared_ptr<const std::string> file;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based
};

// One problem found in a scenario, and where.
struct load_error {
  std::string file;
  int line = 0;    // 0 when the error concerns the whole file
  int column = 0;
  std::string message;
  std::string to_string() const;  // "file:line:column: message"
};

load_error error_at(const source_location& where, std::string message);
// "file:line:column".
std::string to_string(const source_location& where);

class source_node {
 public:
  enum class kind { null, scalar, sequence, mapping };

  kind type = kind::null;
  std::string text;      // scalars
  bool quoted = false;   // a quoted or block scalar, or one tagged !!str: always a string
  source_location where;
  std::vector<source_node> items;                              // sequences
  std::vector<std::pair<source_node, source_node>> entries;    // mappings, in file order
  std::string tag;       // "!Ref", "!If", ...: only with read_options::keep_tags, else empty

  bool is_null() const { return type == kind::null; }
  bool is_scalar() const { return type == kind::scalar; }
  bool is_sequence() const { return type == kind::sequence; }
  bool is_mapping() const { return type == kind::mapping; }
  // The value of a mapping's key, or nullptr.
  const source_node* find(std::string_view key) const;
  source_node* find(std::string_view key);
  // "a mapping", "a list", "the string 'x'", ... for messages.
  std::string describe() const;
};

// Scenarios refuse YAML tags (a scenario has no use for them, so one is a mistake). CloudFormation
// templates, which the engine reads as rule packs, write intrinsics as tags (`!Ref X`): with
// keep_tags a tagged node keeps its tag in source_node::tag instead of being refused.
struct read_options {
  bool keep_tags = false;
};

// Parses one YAML document. On a syntax error, returns nullopt and appends the error. Duplicate
// keys in a mapping are errors too (YAML forbids them; a typo'd duplicate would silently win).
std::optional<source_node> read_yaml(std::string_view text, const std::string& file_name,
                                     std::vector<load_error>& errors, read_options options = {});
std::optional<source_node> read_yaml_file(const std::string& path, std::vector<load_error>& errors,
                                          read_options options = {});

}  // namespace mockaws::scenario
