// IAM managed policies (AWS's and the account's own) and their versions.

#include <map>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

namespace {

long long count_of(const std::map<std::string, long long, std::less<>>& counts,
                   const std::string& arn) {
  auto it = counts.find(arn);
  return it == counts.end() ? 0 : it->second;
}

bool positive(const json& policy, const char* count_member) {
  const json* count = member(policy, count_member);
  return count && count->is_number() && count->get<double>() > 0;
}

}  // namespace

policy_usage count_policy_usage(const json& state) {
  policy_usage u;
  for (const char* collection : {"Users", "Groups", "Roles"})
    for (const auto& holder : items(state, collection)) {
      for (const auto& attached : items(holder, "AttachedPolicies"))
        ++u.attachments[string_at(attached, "PolicyArn")];
      if (const json* boundary = member(holder, "PermissionsBoundary"))
        ++u.boundaries[string_at(*boundary, "PermissionsBoundaryArn")];
    }
  return u;
}

json listed_policy(const json& stored, const policy_usage& usage) {
  // ListPolicies leaves out Description and Tags (documented; GetPolicy returns them).
  json policy = without(stored, {"Versions", "Description", "Tags"});
  std::string arn = string_at(stored, "Arn");
  if (!member(policy, "Path")) policy["Path"] = policy_path(arn);
  if (!member(policy, "AttachmentCount")) policy["AttachmentCount"] = count_of(usage.attachments, arn);
  if (!member(policy, "PermissionsBoundaryUsageCount"))
    policy["PermissionsBoundaryUsageCount"] = count_of(usage.boundaries, arn);
  return policy;
}

json policy_version(const json& policy, const json& version) {
  std::string version_id = string_at(version, "VersionId");
  json out = json::object();
  if (const json* document = member(version, "Document")) out["Document"] = wire_document(*document);
  out["VersionId"] = version_id;
  const json* is_default = member(version, "IsDefaultVersion");
  out["IsDefaultVersion"] = is_default ? *is_default
                                       : json(string_at(policy, "DefaultVersionId") == version_id);
  if (const json* created = member(version, "CreateDate")) out["CreateDate"] = *created;
  return out;
}

json list_policies(const call_context& c) {
  std::string scope = c.input_string("Scope");  // All (the default), AWS or Local
  std::string prefix = c.input_string("PathPrefix");
  std::string usage_filter = c.input_string("PolicyUsageFilter");
  const json* only_attached = member(c.input, "OnlyAttached");
  bool attached_only = only_attached && only_attached->is_boolean() && only_attached->get<bool>();
  policy_usage u = count_policy_usage(c.state());

  json policies = json::array();
  for (const auto& stored : items(c.state(), "Policies")) {
    std::string arn = string_at(stored, "Arn");
    if (scope == "AWS" && !is_aws_managed(arn)) continue;
    if (scope == "Local" && is_aws_managed(arn)) continue;
    json policy = listed_policy(stored, u);
    if (string_at(policy, "Path").compare(0, prefix.size(), prefix) != 0) continue;

    if (attached_only && !positive(policy, "AttachmentCount")) continue;
    // The usage filter keeps the policies used that way: attached as permissions, or set as
    // some user's or role's permissions boundary.
    if (usage_filter == "PermissionsPolicy" && !positive(policy, "AttachmentCount")) continue;
    if (usage_filter == "PermissionsBoundary" &&
        !positive(policy, "PermissionsBoundaryUsageCount"))
      continue;
    policies.push_back(std::move(policy));
  }
  return {{"Policies", std::move(policies)}};
}

json get_policy_version(const call_context& c) {
  std::string arn = c.input_string("PolicyArn");
  std::string version_id = c.input_string("VersionId");
  const json* policy = find_item(items(c.state(), "Policies"), "Arn", arn);
  if (!policy) c.fail("NoSuchEntityException", "Policy " + arn + " was not found.");
  const json* version = find_item(items(*policy, "Versions"), "VersionId", version_id);
  if (!version)
    c.fail("NoSuchEntityException",
           "Policy " + arn + " version " + version_id + " does not exist or is not attachable.");
  return {{"PolicyVersion", policy_version(*policy, *version)}};
}

}  // namespace mockaws::services::iam
