#pragma once
// The IAM policies the identity rules read, as GetAccountAuthorizationDetails records them
// (engine/scan/resource_kinds.cpp): a customer managed policy's default version, and the inline
// policies of a user (UserPolicyList), group (GroupPolicyList) or role (RolePolicyList). The
// documents arrive URL-encoded; policy::parse decodes and normalises them.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "engine/policy/identity.hpp"
#include "engine/rules/rule.hpp"

namespace engine::rules {

struct named_policy {
  std::string name;                       // the inline policy's name, or "version v3"
  std::optional<policy::document> document;
  std::string error;                      // why the document did not parse
};

// The default version of a managed policy (the version with IsDefaultVersion, else the one named
// by DefaultVersionId); nullopt when the item lists no such version.
std::optional<named_policy> default_version(const configuration_item& managed_policy);

// The inline policies of a user, group or role, in the order AWS lists them.
std::vector<named_policy> inline_policies(const configuration_item& principal);

// Whether a managed policy is some user's or role's permissions boundary.
bool used_as_permissions_boundary(const configuration_item& managed_policy);

// The parameter the managed-policy rules share (false: boundaries are judged like any policy).
parameter exclude_permission_boundary_parameter();

// A customer managed policy judged on its default version: NON_COMPLIANT when `question` finds a
// grant ("<finding>: <grant> (statement ...)"), COMPLIANT otherwise; NOT_APPLICABLE for a
// permissions boundary when excludePermissionBoundaryPolicy is true; INSUFFICIENT_DATA when the
// default version is missing or does not parse (nothing was judged).
using policy_question = std::function<std::optional<policy::grant>(const policy::document&)>;
verdict judge_default_version(const rule_context& ctx, const configuration_item& managed_policy,
                              const policy_question& question, std::string_view finding);

}  // namespace engine::rules
