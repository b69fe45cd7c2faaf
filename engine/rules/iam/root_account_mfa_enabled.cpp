// ROOT_ACCOUNT_MFA_ENABLED (root-account-mfa-enabled): the root user has an MFA device of any
// kind, as GetAccountSummary's AccountMFAEnabled reports it. NOT_APPLICABLE when the root user
// has no credentials at all (root_user.hpp: no password, no access key, no MFA device, as under
// centralized root access), as AWS's page says. Root access keys are IAM_ROOT_ACCESS_KEY_CHECK's
// concern.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/root_user.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::string region(global_region);
  std::vector<evaluation> missing;
  const json* summary = account_summary(ctx, "AccountMFAEnabled", missing);
  if (!summary) return missing;
  if (summary_value(*summary, "AccountMFAEnabled", 0) == 1)
    return {ctx.about_account(region, compliance::compliant, "the root user has MFA enabled")};
  if (root_credentials_absent(*summary))
    return {ctx.about_account(region, compliance::not_applicable,
                              "the root user has no credentials (no password, access key or MFA device)")};
  return {ctx.about_account(region, compliance::non_compliant, "the root user has no MFA device")};
}

}  // namespace

rule_definition root_account_mfa_enabled() {
  return {.identifier = "ROOT_ACCOUNT_MFA_ENABLED",
          .summary = "the root user signs in with MFA",
          .resource_type = account_resource_type,
          .reads = {.documents = {"iam.account_summary"}},
          .evaluate = evaluate,
          .reading = "\"Root user credentials not present\" (NOT_APPLICABLE) is no password, no access key and no "
                     "MFA device (centralized root access)."};
}

}  // namespace engine::rules
