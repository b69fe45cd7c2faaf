// ROOT_ACCOUNT_MFA_ENABLED (root-account-mfa-enabled): the root user has an MFA device of any
// kind, as GetAccountSummary's AccountMFAEnabled reports it. A root user without a console
// password (AccountPasswordPresent 0, as under centralized root access, where member accounts'
// root credentials are removed) cannot sign in to the console at all, so nothing is left that MFA
// would protect: our reading is COMPLIANT, with an annotation that says why (AWS's page says
// nothing of such accounts). Root access keys are IAM_ROOT_ACCESS_KEY_CHECK's concern.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  const json* summary = ctx.inv().document("iam.account_summary", std::string(global_region));
  std::string region(global_region);
  if (!summary || !summary->is_object() || !summary->contains("AccountMFAEnabled"))
    return {ctx.about_account(region, compliance::insufficient_data,
                              "GetAccountSummary did not report AccountMFAEnabled")};
  if (summary->value("AccountMFAEnabled", 0) == 1)
    return {ctx.about_account(region, compliance::compliant, "the root user has MFA enabled")};
  if (summary->value("AccountPasswordPresent", 1) == 0)
    return {ctx.about_account(region, compliance::compliant,
                              "the root user has no password (centralized root access): it cannot sign in")};
  return {ctx.about_account(region, compliance::non_compliant, "the root user has no MFA device")};
}

}  // namespace

rule_definition root_account_mfa_enabled() {
  return {.identifier = "ROOT_ACCOUNT_MFA_ENABLED",
          .summary = "the root user signs in with MFA",
          .resource_type = account_resource_type,
          .reads = {.documents = {"iam.account_summary"}},
          .evaluate = evaluate,
          .reading = "A root user without a console password (centralized root access) cannot sign in, so it is COMPLIANT."};
}

}  // namespace engine::rules
