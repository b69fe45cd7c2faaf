// IAM_USER_MFA_ENABLED (iam-user-mfa-enabled): every IAM user has an MFA device (virtual or
// hardware, as ListMFADevices returns them), with or without a console password.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* user : ctx.inv().items("AWS::IAM::User")) {
    if (auto e = ctx.unreadable(*user, "MFADevices")) {
      out.push_back(*e);
      continue;
    }
    const json* devices = user->supplement("MFADevices");
    std::size_t count = devices && devices->is_array() ? devices->size() : 0;
    out.push_back(count ? ctx.about(*user, compliance::compliant,
                                    "MFA device " + (*devices)[0].value("SerialNumber", std::string("?")))
                        : ctx.about(*user, compliance::non_compliant, "the user has no MFA device"));
  }
  return out;
}

}  // namespace

rule_definition iam_user_mfa_enabled() {
  return {"IAM_USER_MFA_ENABLED", "every IAM user has MFA enabled", "AWS::IAM::User", {},
          {"iam.users"}, evaluate};
}

}  // namespace engine::rules
