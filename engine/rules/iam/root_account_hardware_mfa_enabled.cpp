// ROOT_ACCOUNT_HARDWARE_MFA_ENABLED (root-account-hardware-mfa-enabled): the root user signs in
// with a hardware MFA device: MFA is enabled (GetAccountSummary's AccountMFAEnabled) and no
// virtual MFA device is assigned to the root (ListVirtualMFADevices: a device whose User is
// arn:<partition>:iam::<account>:root). NOT_APPLICABLE when the root has no credentials at all
// (root_user.hpp), as AWS's page says.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/root_user.hpp"

namespace engine::rules {

namespace {

bool assigned_to_root(const json& device, const std::string& account) {
  const json user = device.value("User", json::object());
  std::string arn = user.is_object() ? user.value("Arn", "") : "";
  const std::string suffix = ":iam::" + account + ":root";
  return arn.size() > suffix.size() && arn.rfind("arn:", 0) == 0 &&
         arn.compare(arn.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::string region(global_region);
  std::vector<evaluation> missing;
  const json* summary = account_summary(ctx, "AccountMFAEnabled", missing);
  if (!summary) return missing;
  if (root_credentials_absent(*summary))
    return {ctx.about_account(region, compliance::not_applicable,
                              "the root user has no credentials (no password, access key or MFA device)")};
  if (summary_value(*summary, "AccountMFAEnabled", 0) != 1)
    return {ctx.about_account(region, compliance::non_compliant, "the root user has no MFA device")};
  const json* devices = ctx.inv().document("iam.virtual_mfa_devices", region);
  if (devices && devices->is_array())
    for (const auto& device : *devices)
      if (assigned_to_root(device, ctx.inv().account_id()))
        return {ctx.about_account(region, compliance::non_compliant,
                                  "the root user's MFA device is virtual: " + device.value("SerialNumber", "?"))};
  return {ctx.about_account(region, compliance::compliant, "the root user signs in with a hardware MFA device")};
}

}  // namespace

rule_definition root_account_hardware_mfa_enabled() {
  return {.identifier = "ROOT_ACCOUNT_HARDWARE_MFA_ENABLED",
          .summary = "the root user signs in with a hardware MFA device",
          .resource_type = account_resource_type,
          .reads = {.documents = {"iam.account_summary", "iam.virtual_mfa_devices"}},
          .evaluate = evaluate,
          .reading = "A virtual device is the root's when its User is the account's root ARN; no credentials at all "
                     "is NOT_APPLICABLE."};
}

}  // namespace engine::rules
