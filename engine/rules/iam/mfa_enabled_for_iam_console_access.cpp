// MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS (mfa-enabled-for-iam-console-access): every IAM user with a
// console password has an MFA device (ListMFADevices, virtual or hardware). Whether a user has a
// console password is the credential report's password_enabled (one report for every user,
// instead of a GetLoginProfile call each; the two agree). A user without a console password is
// outside the check: our reading is NOT_APPLICABLE (AWS's page judges "users that use a console
// password" only).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/credential_report.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& user) {
  const json* row = credential_report_row(ctx, user);
  if (!row) return {compliance::insufficient_data, "the credential report has no row for the user"};
  if (row->value("password_enabled", "") != "true")
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
          .reads = {.supplements = {"MFADevices"}, .documents = {"iam.credential_report"}},
          .judge = judge,
          .reading = "Users without a console password are NOT_APPLICABLE."};
}

}  // namespace engine::rules
