// IAM_USER_MFA_ENABLED (iam-user-mfa-enabled): every IAM user has an MFA device (virtual or
// hardware, as ListMFADevices returns them), with or without a console password.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& user) {
  const json* devices = ctx.read(user, "MFADevices");
  if (devices && devices->is_array() && !devices->empty())
    return {compliance::compliant, "MFA device " + (*devices)[0].value("SerialNumber", std::string("?"))};
  return {compliance::non_compliant, "the user has no MFA device"};
}

}  // namespace

rule_definition iam_user_mfa_enabled() {
  return {.identifier = "IAM_USER_MFA_ENABLED",
          .summary = "every IAM user has MFA enabled",
          .resource_type = "AWS::IAM::User",
          .reads = {.supplements = {"MFADevices"}},
          .judge = judge};
}

}  // namespace engine::rules
