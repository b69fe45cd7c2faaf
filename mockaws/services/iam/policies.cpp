// IAM managed policies (AWS's and the account's own) and their versions.

#include <map>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

namespace {

struct usage {
  std::map<std::string, long long, std::less<>> attachments;  // by policy ARN
  std::map<std::string, long long, std::less<>> boundaries;
};

// How often each policy is attached (users, groups, roles) and used as a permissions boundary
// (users, roles), for policies whose stored counts are missing.
usage count_usage(const json& state) {
  usage u;
  for (const char* collection : {"Users", "Groups", "Roles"})
    for (const auto& holder : items(state, collection)) {
      for (const auto& attached : items(holder, "AttachedPolicies"))
        ++u.attachments[string_at(attached, "PolicyArn")];
      if (const json* boundary = member(holder, "PermissionsBoundary"))
        ++u.boundaries[string_at(*boundary, "PermissionsBoundaryArn")];
    }
  return u;
}

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

json list_policies(const call_context& c) {
  std::string scope = c.input_string("Scope");  // All (the default), AWS or Local
  std::string prefix = c.input_string("PathPrefix");
  std::string usage_filter = c.input_string("PolicyUsageFilter");
  const json* only_attached = member(c.input, "OnlyAttached");
  bool attached_only = only_attached && only_attached->is_boolean() && only_attached->get<bool>();
  usage u = count_usage(c.state());

  json policies = json::array();
  for (const auto& stored : items(c.state(), "Policies")) {
    std::string arn = string_at(stored, "Arn");
    if (scope == "AWS" && !is_aws_managed(arn)) continue;
    if (scope == "Local" && is_aws_managed(arn)) continue;
    std::string path = stored.contains("Path") ? string_at(stored, "Path") : policy_path(arn);
    if (path.compare(0, prefix.size(), prefix) != 0) continue;

    // ListPolicies leaves out Description and Tags (documented; GetPolicy returns them).
    json policy = without(stored, {"Versions", "Description", "Tags"});
    if (!member(policy, "AttachmentCount"))
      policy["AttachmentCount"] = count_of(u.attachments, arn);
    if (!member(policy, "PermissionsBoundaryUsageCount"))
      policy["PermissionsBoundaryUsageCount"] = count_of(u.boundaries, arn);

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

  json out = json::object();
  if (const json* document = member(*version, "Document"))
    out["Document"] = wire_document(*document);
  out["VersionId"] = version_id;
  const json* is_default = member(*version, "IsDefaultVersion");
  out["IsDefaultVersion"] = is_default ? *is_default
                                       : json(string_at(*policy, "DefaultVersionId") == version_id);
  if (const json* created = member(*version, "CreateDate")) out["CreateDate"] = *created;
  return {{"PolicyVersion", std::move(out)}};
}

}  // namespace mockaws::services::iam
