// MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS (mfa-enabled-for-iam-console-access): every IAM user with a
// console password (GetLoginProfile answers) has an MFA device (ListMFADevices, virtual or
// hardware). A user without a console password is outside the check: our reading is
// NOT_APPLICABLE (AWS's page judges "users that use a console password" only).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& user) {
  const json* profile = ctx.read(user, "LoginProfile");
  if (!profile || profile->is_null())
    return {compliance::not_applicable, "the user has no console password"};
  const json* devices = ctx.read(user, "MFADevices");
  if (devices && devices->is_array() && !devices->empty())
    return {compliance::compliant, "console password with MFA device " + (*devices)[0].value("SerialNumber", "?")};
  return {compliance::non_compliant, "the user signs in to the console with a password and no MFA device"};
}

}  // namespace

rule_definition mfa_enabled_for_iam_console_access() {
  return {.identifier = "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS",
          .summary = "IAM users with a console password have MFA enabled",
          .resource_type = "AWS::IAM::User",
          .reads = {.supplements = {"LoginProfile", "MFADevices"}},
          .judge = judge,
          .reading = "Users without a console password are NOT_APPLICABLE."};
}

}  // namespace engine::rules
