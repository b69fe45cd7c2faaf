// GetAccountAuthorizationDetails: every user, group, role and managed policy of the account with
// their policies in one (paged) answer, which is how AWS Config itself reads IAM. Filter picks
// the lists (User, Role, Group, LocalManagedPolicy, AWSManagedPolicy; none: all of them).

#include <algorithm>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

namespace {

// The members of `stored` that the detail shape shares with it, as stored.
json copied(const json& stored, std::initializer_list<std::string_view> members) {
  json out = json::object();
  for (auto name : members)
    if (const json* value = member(stored, name)) out[std::string(name)] = *value;
  return out;
}

// InlinePolicies as a detail's {PolicyName, PolicyDocument} list, documents URL-encoded.
json inline_policy_list(const json& holder) {
  json out = json::array();
  if (const json* policies = member(holder, "InlinePolicies"); policies && policies->is_object())
    for (const auto& [name, document] : policies->items())
      out.push_back({{"PolicyName", name}, {"PolicyDocument", wire_document(document)}});
  return out;
}

json attached(const json& holder) {
  const json* policies = member(holder, "AttachedPolicies");
  return policies && policies->is_array() ? *policies : json::array();
}

json user_detail(const json& user) {
  json out = copied(user, {"Path", "UserName", "UserId", "Arn", "CreateDate", "PermissionsBoundary", "Tags"});
  out["UserPolicyList"] = inline_policy_list(user);
  const json* groups = member(user, "Groups");
  out["GroupList"] = groups && groups->is_array() ? *groups : json::array();
  out["AttachedManagedPolicies"] = attached(user);
  return out;
}

json group_detail(const json& group) {
  json out = copied(group, {"Path", "GroupName", "GroupId", "Arn", "CreateDate"});
  out["GroupPolicyList"] = inline_policy_list(group);
  out["AttachedManagedPolicies"] = attached(group);
  return out;
}

json role_detail(const json& role) {
  json out = copied(role, {"Path", "RoleName", "RoleId", "Arn", "CreateDate", "PermissionsBoundary", "Tags",
                           "RoleLastUsed"});
  if (const json* trust = member(role, "AssumeRolePolicyDocument"))
    out["AssumeRolePolicyDocument"] = wire_document(*trust);
  out["InstanceProfileList"] = json::array();  // scenarios do not model instance profiles yet
  out["RolePolicyList"] = inline_policy_list(role);
  out["AttachedManagedPolicies"] = attached(role);
  return out;
}

json policy_detail(const json& stored, const policy_usage& usage) {
  json out = listed_policy(stored, usage);
  if (const json* description = member(stored, "Description")) out["Description"] = *description;
  json versions = json::array();
  for (const auto& version : items(stored, "Versions")) versions.push_back(policy_version(stored, version));
  out["PolicyVersionList"] = std::move(versions);
  return out;
}

}  // namespace

json get_account_authorization_details(const call_context& c) {
  std::vector<std::string> filter;
  if (const json* wanted = member(c.input, "Filter"); wanted && wanted->is_array())
    for (const auto& entity : *wanted)
      if (entity.is_string()) filter.push_back(entity.get<std::string>());
  auto wants = [&](const char* entity) {
    return filter.empty() || std::find(filter.begin(), filter.end(), entity) != filter.end();
  };

  json out = json::object();
  const json& state = c.state();
  if (wants("User")) {
    json users = json::array();
    for (const auto& user : items(state, "Users")) users.push_back(user_detail(user));
    out["UserDetailList"] = std::move(users);
  }
  if (wants("Group")) {
    json groups = json::array();
    for (const auto& group : items(state, "Groups")) groups.push_back(group_detail(group));
    out["GroupDetailList"] = std::move(groups);
  }
  if (wants("Role")) {
    json roles = json::array();
    for (const auto& role : items(state, "Roles")) roles.push_back(role_detail(role));
    out["RoleDetailList"] = std::move(roles);
  }
  const bool local = wants("LocalManagedPolicy"), aws = wants("AWSManagedPolicy");
  if (local || aws) {
    policy_usage usage = count_policy_usage(state);
    json policies = json::array();
    for (const auto& stored : items(state, "Policies")) {
      bool aws_managed = is_aws_managed(string_at(stored, "Arn"));
      if (aws_managed ? aws : local) policies.push_back(policy_detail(stored, usage));
    }
    out["Policies"] = std::move(policies);
  }
  return out;
}

}  // namespace mockaws::services::iam
