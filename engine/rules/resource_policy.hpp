#pragma once
// A resource's policy document as rules open it: the supplement holding it (AWS returns policies
// as JSON text), parsed by the policy analyzer. Rules ask the analyzer their question and say in
// their annotation which request proved the answer.

#include <optional>
#include <string>

#include "engine/policy/analysis.hpp"
#include "engine/rules/rule.hpp"

namespace engine::rules {

struct resource_policy {
  bool present = false;                  // false: the resource has no policy
  std::optional<policy::document> document;  // parsed; empty with `error` when it is not a policy
  std::string error;
};

// The supplement `name` of the item (declared in the rule's reads), parsed.
resource_policy read_policy(const rule_context& ctx, const configuration_item& item, std::string_view name);

// The account that owns the resource: the account part of its ARN, else the scanned account.
std::string owner_account(const rule_context& ctx, const configuration_item& item);

// "statement Sid1 lets s3:GetObject on ... by an anonymous caller", for annotations.
std::string proof(const policy::finding& f);

}  // namespace engine::rules
