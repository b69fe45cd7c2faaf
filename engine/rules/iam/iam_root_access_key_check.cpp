// IAM_ROOT_ACCESS_KEY_CHECK (iam-root-access-key-check): the root user has no access key
// (GetAccountSummary's AccountAccessKeysPresent is 0), active or not, as AWS counts them.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/root_user.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::string region(global_region);
  std::vector<evaluation> missing;
  const json* summary = account_summary(ctx, "AccountAccessKeysPresent", missing);
  if (!summary) return missing;
  if (summary_value(*summary, "AccountAccessKeysPresent", 0) != 0)
    return {ctx.about_account(region, compliance::non_compliant, "the root user has an access key")};
  return {ctx.about_account(region, compliance::compliant, "the root user has no access key")};
}

}  // namespace

rule_definition iam_root_access_key_check() {
  return {.identifier = "IAM_ROOT_ACCESS_KEY_CHECK",
          .summary = "the root user has no access keys",
          .resource_type = account_resource_type,
          .reads = {.documents = {"iam.account_summary"}},
          .evaluate = evaluate};
}

}  // namespace engine::rules
