// IAM users and what hangs off them: access keys, MFA devices, policies, console password.

#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

namespace {

// AccessKeyMetadata as ListAccessKeys returns it: the stored key with its owner's name, without
// the AccessKeyLastUsed sub-document (GetAccessKeyLastUsed's).
json access_key_metadata(const json& keys, const std::string& user_name) {
  json out = json::array();
  for (const auto& key : keys) {
    json entry = without(key, {"AccessKeyLastUsed"});
    if (!user_name.empty()) entry["UserName"] = user_name;
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace

json list_access_keys(const call_context& c) {
  std::string name = c.input_string("UserName");
  // Without UserName AWS answers for the caller: the scenario's keys are the root's.
  if (name.empty())
    return {{"AccessKeyMetadata",
             access_key_metadata(items(root_account(c.state()), "AccessKeys"), "")}};
  const json& user = require_user(c, name);
  return {{"AccessKeyMetadata", access_key_metadata(items(user, "AccessKeys"), name)}};
}

json list_mfa_devices(const call_context& c) {
  std::string name = c.input_string("UserName");
  if (name.empty()) return {{"MFADevices", root_mfa_devices(c)}};
  return {{"MFADevices", user_mfa_devices(c.state(), require_user(c, name))}};
}

json list_attached_user_policies(const call_context& c) {
  const json& user = require_user(c, c.input_string("UserName"));
  // PathPrefix filters on the policies' paths, which the attachment carries in its ARN.
  std::string prefix = c.input_string("PathPrefix");
  json attached = json::array();
  for (const auto& policy : items(user, "AttachedPolicies"))
    if (policy_path(string_at(policy, "PolicyArn")).compare(0, prefix.size(), prefix) == 0)
      attached.push_back(policy);
  return {{"AttachedPolicies", std::move(attached)}};
}

json list_user_policies(const call_context& c) {
  return {{"PolicyNames", inline_policy_names(require_user(c, c.input_string("UserName")))}};
}

json get_user_policy(const call_context& c) {
  return get_inline_policy(c, require_user(c, c.input_string("UserName")), "UserName", "user");
}

json get_login_profile(const call_context& c) {
  std::string name = c.input_string("UserName");
  const json& user = require_user(c, name);
  const json* profile = member(user, "LoginProfile");
  if (!profile || !profile->is_object())
    c.fail("NoSuchEntityException", "Login Profile for User " + name + " cannot be found.");
  json out = *profile;
  out["UserName"] = name;
  // AWS always states the flag, false unless an administrator asked for a reset.
  if (!out.contains("PasswordResetRequired")) out["PasswordResetRequired"] = false;
  return {{"LoginProfile", std::move(out)}};
}

}  // namespace mockaws::services::iam
