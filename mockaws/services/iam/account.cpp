// Account-wide IAM answers: the password policy, the account summary, virtual MFA devices.

#include <set>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

namespace {

// AWS's default quotas, as GetAccountSummary reports them for an account that never asked for
// more. Roles, InstanceProfiles, Providers and their quotas are not in the model's key enum but
// AWS returns them all the same.
const std::pair<const char*, int> default_quotas[] = {
    {"AccessKeysPerUserQuota", 2},        {"AssumeRolePolicySizeQuota", 2048},
    {"AttachedPoliciesPerGroupQuota", 10}, {"AttachedPoliciesPerRoleQuota", 10},
    {"AttachedPoliciesPerUserQuota", 10}, {"GlobalEndpointTokenVersion", 1},
    {"GroupPolicySizeQuota", 5120},       {"GroupsPerUserQuota", 10},
    {"GroupsQuota", 300},                 {"InstanceProfilesQuota", 1000},
    {"PoliciesQuota", 1500},              {"PolicySizeQuota", 6144},
    {"PolicyVersionsInUseQuota", 10000},  {"RolePolicySizeQuota", 10240},
    {"RolesQuota", 1000},                 {"ServerCertificatesQuota", 20},
    {"SigningCertificatesPerUserQuota", 2}, {"UserPolicySizeQuota", 2048},
    {"UsersQuota", 5000},                 {"VersionsPerPolicyQuota", 5},
};

int count(const json& list) { return static_cast<int>(list.size()); }

void collect_serials(std::set<std::string>& serials, const json& devices) {
  for (const auto& device : devices)
    if (std::string serial = string_at(device, "SerialNumber"); !serial.empty())
      serials.insert(serial);
}

}  // namespace

json get_account_summary(const call_context& c) {
  const json& state = c.state();
  json summary = json::object();
  for (const auto& [key, value] : default_quotas) summary[key] = value;

  summary["Users"] = count(items(state, "Users"));
  summary["Groups"] = count(items(state, "Groups"));
  summary["Roles"] = count(items(state, "Roles"));
  // Policies counts the customer managed policies; PolicyVersionsInUse the managed policy
  // attachments (AWS's and own) of users, groups and roles.
  int own_policies = 0;
  for (const auto& policy : items(state, "Policies"))
    if (!is_aws_managed(string_at(policy, "Arn"))) ++own_policies;
  summary["Policies"] = own_policies;
  int attachments = 0;
  for (const char* collection : {"Users", "Groups", "Roles"})
    for (const auto& holder : items(state, collection))
      attachments += count(items(holder, "AttachedPolicies"));
  summary["PolicyVersionsInUse"] = attachments;

  // MFADevices counts every device, assigned or not; MFADevicesInUse the assigned ones.
  json root_devices = root_mfa_devices(c);
  std::set<std::string> in_use;
  collect_serials(in_use, root_devices);
  for (const auto& user : items(state, "Users"))
    collect_serials(in_use, user_mfa_devices(state, user));
  std::set<std::string> all = in_use;
  collect_serials(all, items(state, "VirtualMFADevices"));
  summary["MFADevices"] = static_cast<int>(all.size());
  summary["MFADevicesInUse"] = static_cast<int>(in_use.size());
  summary["AccountMFAEnabled"] = root_devices.empty() ? 0 : 1;
  summary["AccountAccessKeysPresent"] = items(root_account(state), "AccessKeys").empty() ? 0 : 1;
  const json* password = member(root_account(state), "PasswordPresent");
  summary["AccountPasswordPresent"] = password && password->is_boolean() && !password->get<bool>() ? 0 : 1;
  summary["AccountSigningCertificatesPresent"] = 0;
  summary["InstanceProfiles"] = 0;
  summary["Providers"] = 0;
  summary["ServerCertificates"] = 0;

  // What mockaws does not model (instance profiles, providers, certificates, quota increases)
  // or should read otherwise is set in state.SummaryMap, which wins key by key.
  if (const json* overrides = member(state, "SummaryMap"); overrides && overrides->is_object())
    for (const auto& [key, value] : overrides->items()) summary[key] = value;
  return {{"SummaryMap", std::move(summary)}};
}

json list_virtual_mfa_devices(const call_context& c) {
  std::string status = c.input_string("AssignmentStatus");  // Any when absent
  json devices = json::array();
  for (const auto& device : items(c.state(), "VirtualMFADevices")) {
    bool assigned = member(device, "User") != nullptr;
    if (status == "Assigned" && !assigned) continue;
    if (status == "Unassigned" && assigned) continue;
    // The seed and QR code are returned once, by CreateVirtualMFADevice; listings leave out
    // tags as well (documented).
    devices.push_back(without(device, {"Base32StringSeed", "QRCodePNG", "Tags"}));
  }
  return {{"VirtualMFADevices", std::move(devices)}};
}

}  // namespace mockaws::services::iam
