// SECURITYHUB_ENABLED (securityhub-enabled): AWS Security Hub is enabled, one evaluation per
// region: DescribeHub answers the hub (COMPLIANT) or InvalidAccessException "not subscribed to
// AWS Security Hub" (NON_COMPLIANT). Any other error (access denied) is a failed read, so
// INSUFFICIENT_DATA, never NON_COMPLIANT.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    const json* hub = ctx.inv().document("securityhub.hub", region);
    if (hub && hub->is_object())
      out.push_back(ctx.about_account(region, compliance::compliant,
                                      "Security Hub is enabled (" + hub->value("HubArn", std::string("hub")) + ")"));
    else
      out.push_back(ctx.about_account(region, compliance::non_compliant, "Security Hub is not enabled in the region"));
  }
  return out;
}

}  // namespace

rule_definition securityhub_enabled() {
  return {.identifier = "SECURITYHUB_ENABLED",
          .summary = "AWS Security Hub is enabled in every region",
          .resource_type = account_resource_type,
          .reads = {.documents = {"securityhub.hub"}},
          .evaluate = evaluate};
}

}  // namespace engine::rules
