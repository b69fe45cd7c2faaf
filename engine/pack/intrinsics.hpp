#pragma once
// CloudFormation's intrinsic functions, as far as conformance-pack templates use them: `Ref` to a
// parameter or pseudo parameter, `Fn::If` on a condition, and the condition functions
// (`Fn::Equals`, `Fn::Not`, `Fn::And`, `Fn::Or`, `Condition`). The short forms (`!Ref X`,
// `!If [...]`) are rewritten to the long forms first, so the rest of the reader sees one shape.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/pack/pack_context.hpp"
#include "mockaws/scenario/source_tree.hpp"

namespace engine::pack {

using mockaws::scenario::load_error;
using mockaws::scenario::source_location;
using mockaws::scenario::source_node;

// Rewrites every tagged node into the mapping its tag stands for (`!Ref X` -> `{Ref: X}`, in
// place, keeping its location) and reports tags that name no intrinsic function.
void expand_short_forms(source_node& node, std::vector<load_error>& errors);

// Stands in for a value whose error was already reported, so that readers of the resolved tree
// neither report it again as missing nor as having the wrong shape.
source_node failed_placeholder(const source_location& where);
bool is_failed_placeholder(const source_node& node);

// A value after its intrinsic functions ran. `no_value` is `Ref: AWS::NoValue`: the key or list
// element holding it disappears. `failed` means an error was already reported for it or inside
// it: the parts that failed are failed placeholders.
struct resolved {
  enum class state { value, no_value, failed };
  state what = state::value;
  source_node node;
};

class intrinsic_resolver {
 public:
  // `parameters`: every declared parameter, with its value or nullopt when it has none (already
  // reported); `conditions`: the template's Conditions section or nullptr; `resources`: logical
  // ids, so that a Ref to one gets a precise message.
  intrinsic_resolver(std::map<std::string, std::optional<std::string>> parameters,
                     const source_node* conditions, std::set<std::string> resources,
                     pack_context context, std::vector<load_error>& errors);

  // Evaluates every condition once, so errors in unused ones are reported too.
  void check_all_conditions();
  // The value of a named condition; nullopt when it is unknown or broken (reported at `used_at`
  // or at the condition).
  std::optional<bool> condition(const std::string& name, const source_location& used_at);
  resolved value(const source_node& node);

 private:
  enum class condition_state { unvisited, visiting, done };
  struct condition_entry {
    const source_node* expression = nullptr;
    condition_state state = condition_state::unvisited;
    std::optional<bool> result;
  };

  resolved value_at(const source_node& node, int depth);
  resolved call(const std::string& function, const source_node& argument, const source_node& at,
                int depth);
  resolved ref(const source_node& argument, const source_node& at);
  resolved pseudo_parameter(const std::string& name, const source_node& at);
  resolved fn_if(const source_node& argument, const source_node& at, int depth);
  std::optional<bool> evaluate(const source_node& expression, int depth);
  std::optional<bool> evaluate_call(const std::string& function, const source_node& argument,
                                    const source_node& at, int depth);
  std::optional<std::string> equals_operand(const source_node& operand, int depth);
  void error(const source_location& where, std::string message);

  std::map<std::string, std::optional<std::string>> parameters_;
  std::map<std::string, condition_entry> conditions_;
  std::vector<std::string> condition_order_;
  std::vector<std::string> evaluating_;  // the chain of conditions being evaluated, for cycles
  std::set<std::string> resources_;
  pack_context context_;
  std::vector<load_error>& errors_;
  // Inside the branch of an Fn::If that is not taken: structural errors still count, a missing
  // pseudo-parameter value does not (the value is never used).
  int untaken_branch_ = 0;
};

// The intrinsic function a mapping calls ("Ref", "Fn::If", ...), or "" when it is plain data.
std::string intrinsic_name(const source_node& node);

}  // namespace engine::pack
