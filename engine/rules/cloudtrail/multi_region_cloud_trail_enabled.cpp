// MULTI_REGION_CLOUD_TRAIL_ENABLED (multi-region-cloudtrail-enabled): the account has a
// multi-region trail that records management events: an event selector with
// IncludeManagementEvents (AWS's default for a new trail) and no ExcludeManagementEventSources,
// or an advanced selector on eventCategory Management. Evaluated in every region, as AWS Config
// does with a conformance pack; the answer is the same in each. Following AWS's description,
// a trail that has stopped logging still counts here (CLOUD_TRAIL_ENABLED catches that).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

// Whether the trail's selectors record management events.
bool records_management_events(const rule_context& ctx, const configuration_item& trail) {
  const json* selectors = ctx.read(trail, "EventSelectors");
  if (!selectors) return true;  // never configured: AWS's default selector, all management events
  for (const auto& s : selectors->value("AdvancedEventSelectors", json::array()))
    for (const auto& field : s.value("FieldSelectors", json::array()))
      if (field.value("Field", "") == "eventCategory")
        for (const auto& v : field.value("Equals", json::array()))
          if (v == "Management") return true;
  for (const auto& s : selectors->value("EventSelectors", json::array()))
    if (s.value("IncludeManagementEvents", true) &&
        s.value("ExcludeManagementEventSources", json::array()).empty())
      return true;
  return false;
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::string found, unknown, partial;
  for (const configuration_item* trail : ctx.inv().items("AWS::CloudTrail::Trail")) {
    if (!trail->configuration.value("IsMultiRegionTrail", false)) continue;
    if (trail->why_unreadable("EventSelectors")) unknown = trail->resource_name;
    else if (records_management_events(ctx, *trail)) found = trail->resource_name;
    else partial = trail->resource_name;
  }
  compliance result = compliance::non_compliant;
  std::string why = "no multi-region trail";
  if (!found.empty()) {
    result = compliance::compliant;
    why = "multi-region trail " + found + " records management events";
  } else if (!unknown.empty()) {
    result = compliance::insufficient_data;
    why = "the event selectors of multi-region trail " + unknown + " could not be read";
  } else if (!partial.empty()) {
    why = "multi-region trail " + partial + " excludes management events";
  }
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) out.push_back(ctx.about_account(region, result, why));
  return out;
}

}  // namespace

rule_definition multi_region_cloud_trail_enabled() {
  return {.identifier = "MULTI_REGION_CLOUD_TRAIL_ENABLED",
          .summary = "a multi-region CloudTrail trail records management events",
          .resource_type = account_resource_type,
          .reads = {.types = {"AWS::CloudTrail::Trail"}, .supplements = {"EventSelectors"}},
          .evaluate = evaluate};
}

}  // namespace engine::rules
