// GUARDDUTY_ENABLED_CENTRALIZED (guardduty-enabled-centralized): GuardDuty is enabled in each
// region of the account, one evaluation per region: COMPLIANT when the region's detector has
// Status ENABLED, NON_COMPLIANT when there is none or it is suspended (DISABLED).
//
// CentralMonitoringAccount (unset in the HIPAA pack) lists the 12-digit accounts where findings
// may be centralized. Our reading of "the rule evaluates the GuardDuty results in the
// centralized account": with the parameter set, an enabled detector must also report to one of
// those accounts: the account is itself one of them, or its detector's administrator
// (GetAdministratorAccount) is one of them with the membership Enabled. A member of another
// administrator, or of none, is NON_COMPLIANT.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

// The verdict on an enabled detector with CentralMonitoringAccount set.
evaluation centralized(const rule_context& ctx, const configuration_item& detector, const std::string& region) {
  auto central = comma_separated(ctx.text("CentralMonitoringAccount"));
  auto listed = [&](const std::string& account) {
    return std::find(central.begin(), central.end(), account) != central.end();
  };
  if (listed(ctx.inv().account_id()))
    return ctx.about_account(region, compliance::compliant, "GuardDuty is enabled in this central monitoring account");
  const json* administrator = ctx.read(detector, "Administrator");
  if (!administrator || !administrator->is_object())
    return ctx.about_account(region, compliance::non_compliant,
                             "GuardDuty is enabled but reports to no administrator account");
  std::string account = administrator->value("AccountId", ""), status = administrator->value("RelationshipStatus", "");
  if (!listed(account))
    return ctx.about_account(region, compliance::non_compliant,
                             "GuardDuty reports to " + account + ", which is not in CentralMonitoringAccount");
  if (status != "Enabled")
    return ctx.about_account(region, compliance::non_compliant,
                             "the membership in central account " + account + " is " + status + ", not Enabled");
  return ctx.about_account(region, compliance::compliant, "GuardDuty findings are centralized in " + account);
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    const configuration_item* enabled = nullptr;
    std::string unreadable, suspended;
    for (const configuration_item* detector : ctx.inv().items("AWS::GuardDuty::Detector")) {
      if (detector->region != region) continue;
      if (auto why = detector->why_unreadable(std::string(configuration_document))) unreadable = *why;
      else if (detector->configuration.value("Status", "") == "ENABLED") enabled = detector;
      else suspended = detector->resource_id;
    }
    try {
      if (enabled)
        out.push_back(ctx.is_set("CentralMonitoringAccount")
                          ? centralized(ctx, *enabled, region)
                          : ctx.about_account(region, compliance::compliant,
                                              "GuardDuty detector " + enabled->resource_id + " is enabled"));
      else if (!unreadable.empty())
        out.push_back(ctx.about_account(region, compliance::insufficient_data, "the detector could not be read: " + unreadable));
      else if (!suspended.empty())
        out.push_back(ctx.about_account(region, compliance::non_compliant, "GuardDuty detector " + suspended + " is suspended"));
      else
        out.push_back(ctx.about_account(region, compliance::non_compliant, "GuardDuty is not enabled in the region"));
    } catch (const unreadable_document& e) {
      out.push_back(ctx.about_account(region, compliance::insufficient_data, e.what()));
    }
  }
  return out;
}

}  // namespace

rule_definition guardduty_enabled_centralized() {
  return {.identifier = "GUARDDUTY_ENABLED_CENTRALIZED",
          .summary = "GuardDuty is enabled in every region (and reports to a central account, when listed)",
          .resource_type = account_resource_type,
          .parameters = {{"CentralMonitoringAccount", parameter_kind::string, "",
                          "comma-separated 12-digit accounts where GuardDuty findings may be centralized"}},
          .reads = {.types = {"AWS::GuardDuty::Detector"}, .supplements = {"Administrator"}},
          .evaluate = evaluate,
          .reading = "With CentralMonitoringAccount set, the account must be one of them or its detector's "
                     "administrator must be (membership Enabled)."};
}

}  // namespace engine::rules
