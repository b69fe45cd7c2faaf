#pragma once
// A rule: AWS Config managed rule `identifier`, as a pure function over the inventory. Each rule
// lives in its own file under engine/rules/<service>/ and is listed in registry.cpp; the
// evaluator checks its parameters and the data it needs before calling it, so `evaluate` only
// sees data that was collected and parameters that parse.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/evaluation.hpp"
#include "engine/core/inventory.hpp"

namespace engine::rules {

enum class parameter_kind { string, integer, boolean };

struct parameter {
  std::string_view name;           // AWS's input parameter name: "maxAccessKeyAge"
  parameter_kind kind = parameter_kind::string;
  std::string_view default_value;  // the rule's own default when the pack sets none ("" = unset)
  std::string_view meaning;
};

class rule_context;

struct rule_definition {
  std::string_view identifier;   // "ACCESS_KEYS_ROTATED"
  std::string_view summary;      // what it checks, one line
  std::string_view resource_type;  // what it evaluates: "AWS::IAM::User", or "AWS::::Account"
  std::vector<parameter> parameters;
  // Inventory data keys it reads ("iam.users"): a failed read of one gives INSUFFICIENT_DATA.
  std::vector<std::string_view> needs;
  std::vector<evaluation> (*evaluate)(const rule_context&);
};

// The inputs of one evaluation: the inventory and the rule's parameters (the pack's values over
// the rule's defaults).
class rule_context {
 public:
  rule_context(const inventory& inv, const rule_definition& rule,
               std::map<std::string, std::string> parameters)
      : inventory_(inv), rule_(rule), parameters_(std::move(parameters)) {}

  const inventory& inv() const { return inventory_; }
  const rule_definition& rule() const { return rule_; }

  // A parameter's value: the pack's, else the rule's default ("" when neither).
  std::string text(std::string_view name) const;
  long long integer(std::string_view name) const;  // validated by the evaluator beforehand
  // AWS Config reads boolean parameters case-sensitively: only "true" is true.
  bool boolean(std::string_view name) const { return text(name) == "true"; }

  evaluation about(const configuration_item& item, compliance result, std::string annotation) const;
  evaluation about_account(const std::string& region, compliance result,
                           std::string annotation) const;
  // INSUFFICIENT_DATA for `item` when the supplementary document `name` could not be read.
  std::optional<evaluation> unreadable(const configuration_item& item, const std::string& name) const;

  // Whole days from `timestamp` (ISO 8601, as the API returns it) to the evaluation clock;
  // nullopt when it does not parse.
  std::optional<long long> days_since(const json& timestamp) const;

 private:
  const inventory& inventory_;
  const rule_definition& rule_;
  std::map<std::string, std::string> parameters_;
};

// Every rule the engine implements, in identifier order (registry.cpp).
const std::vector<rule_definition>& all_rules();
const rule_definition* find_rule(std::string_view identifier);

}  // namespace engine::rules
