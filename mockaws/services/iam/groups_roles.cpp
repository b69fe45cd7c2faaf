// IAM groups and roles with their inline policies.

#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

json list_group_policies(const call_context& c) {
  return {{"PolicyNames", inline_policy_names(require_group(c, c.input_string("GroupName")))}};
}

json get_group_policy(const call_context& c) {
  return get_inline_policy(c, require_group(c, c.input_string("GroupName")), "GroupName",
                           "group");
}

json list_roles(const call_context& c) {
  json roles = json::array();
  for (const auto& stored :
       select_by_prefix(items(c.state(), "Roles"), "Path", c.input_string("PathPrefix"))) {
    // ListRoles leaves out PermissionsBoundary, RoleLastUsed and Tags (documented; GetRole
    // returns them), and sends the trust policy URL-encoded like every IAM document.
    json role = without(stored, {"PermissionsBoundary", "RoleLastUsed", "Tags"});
    if (const json* trust = member(stored, "AssumeRolePolicyDocument"))
      role["AssumeRolePolicyDocument"] = wire_document(*trust);
    roles.push_back(std::move(role));
  }
  return {{"Roles", std::move(roles)}};
}

json list_role_policies(const call_context& c) {
  return {{"PolicyNames", inline_policy_names(require_role(c, c.input_string("RoleName")))}};
}

json get_role_policy(const call_context& c) {
  return get_inline_policy(c, require_role(c, c.input_string("RoleName")), "RoleName", "role");
}

}  // namespace mockaws::services::iam
