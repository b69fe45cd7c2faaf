#pragma once
// Turns YAML nodes into API values typed by the schema and the AWS models, reporting every value
// that does not fit with its file:line:column and its path in the scenario.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mockaws/protocol/timestamp.hpp"
#include "mockaws/scenario/schema.hpp"
#include "mockaws/scenario/source_tree.hpp"

namespace mockaws::scenario {

using json = nlohmann::json;

// The path of the value being converted, for messages: regions.us-east-1.ec2.Reservations[0].
// Segments point into the source tree, so pushing one costs nothing until an error is written.
class value_path {
 public:
  void push(std::string_view member) { segments_.push_back({member, npos}); }
  void push(std::size_t index) { segments_.push_back({{}, index}); }
  void pop() { segments_.pop_back(); }
  std::string str() const;

 private:
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  struct segment {
    std::string_view member;
    std::size_t index;
  };
  std::vector<segment> segments_;
};

class value_converter {
 public:
  // `now_written`: the scenario has a `now:` (wrong when `now` is empty: reported already).
  value_converter(std::vector<load_error>& errors, std::optional<protocol::timestamp> now,
                  bool now_written = false)
      : errors_(errors), now_(now), now_written_(now_written) {}

  // A value of the given type; null when it does not fit (after reporting why).
  json convert(const source_node& node, const type_expr& type);
  // A structure of a model shape, also accepting the given extra members (a collection item's
  // sub-documents) and leaving out the keys in `skip` (nested collections, converted by the
  // caller). Members written as null are left out.
  json convert_structure(const source_node& node, const models::shape& shape,
                         const std::vector<std::pair<std::string, type_expr>>& extra = {},
                         const std::vector<std::string>& skip = {});
  // A collection item: a model shape or an ad-hoc structure, with extras and skips as above.
  json convert_item(const source_node& node, const type_expr& type,
                    const std::vector<std::pair<std::string, type_expr>>& extra,
                    const std::vector<std::string>& skip);
  // A timestamp: ISO 8601, epoch seconds, or relative to the scenario's `now` ("-120d").
  std::optional<protocol::timestamp> timestamp_of(const source_node& node);
  // Any YAML value, typed by YAML's core schema (plain 12 is a number, quoted "12" a string).
  json convert_untyped(const source_node& node);

  value_path& path() { return path_; }
  void error(const source_node& at, const std::string& message);

 private:
  json convert_shape(const source_node& node, const models::shape& shape);
  json convert_scalar(const source_node& node, const models::shape& shape);
  json convert_list(const source_node& node, const type_expr& element);
  json convert_map(const source_node& node, const type_expr& value);
  json convert_policy(const source_node& node);
  void check_enum(const source_node& node, const models::shape& shape);

  std::vector<load_error>& errors_;
  std::optional<protocol::timestamp> now_;
  bool now_written_ = false;
  value_path path_;
};

// True for a plain null: `~`, `null`, or nothing after the colon.
bool is_plain_null(const source_node& node);

}  // namespace mockaws::scenario
