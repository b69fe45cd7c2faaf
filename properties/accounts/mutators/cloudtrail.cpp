// CloudTrail mutators: CLOUD_TRAIL_ENABLED, CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED and
// MULTI_REGION_CLOUD_TRAIL_ENABLED. The first and last are account-level rules evaluated in
// every region, so their mutations are declared region by region.

#include <set>

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

std::vector<declared_verdict> in_every_region(const json& doc, const std::string& rule, const std::string& reason) {
  std::vector<declared_verdict> out;
  for (const auto& region : regions_of(doc)) out.push_back({rule, "", region, reason});
  return out;
}

// Regions some logging trail records, given the trails as they are now.
std::set<std::string> recorded_regions(json& doc) {
  std::set<std::string> out;
  for (auto& t : items_of(doc, "AWS::CloudTrail::Trail")) {
    if (!t.item->value("Status", json::object()).value("IsLogging", false)) continue;
    if (t.item->value("IsMultiRegionTrail", false)) {
      for (const auto& r : regions_of(doc)) out.insert(r);
    } else {
      out.insert(t.region);
    }
  }
  return out;
}

std::optional<mutation> trails_stopped(json& doc, std::uint64_t, std::uint64_t) {
  auto trails = items_of(doc, "AWS::CloudTrail::Trail");
  if (trails.empty()) return std::nullopt;
  for (auto& t : trails) (*t.item)["Status"]["IsLogging"] = false;
  // MULTI_REGION_CLOUD_TRAIL_ENABLED does not change: a stopped multi-region trail still counts
  // there (our documented reading; CLOUD_TRAIL_ENABLED is the rule that catches it).
  return mutation{"trails_stopped", "every trail stopped logging (StopLogging)",
                  in_every_region(doc, "CLOUD_TRAIL_ENABLED", "no trail logs the region"), std::nullopt};
}

std::optional<mutation> trail_validation_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto trails = items_of(doc, "AWS::CloudTrail::Trail");
  if (trails.empty()) return std::nullopt;
  auto [region, trail, identity] = trails[target % trails.size()];
  // Either stated false or never set: a new trail's default is off.
  if (degree % 2) trail->erase("LogFileValidationEnabled");
  else (*trail)["LogFileValidationEnabled"] = false;
  const std::string& name = identity;
  return mutation{"trail_validation_off", "trail " + name + " (" + region + "): log file validation off",
                  {{"CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", name, region, "the trail writes no digest files"}},
                  std::nullopt};
}

std::optional<mutation> no_multi_region_trail(json& doc, std::uint64_t, std::uint64_t) {
  auto trails = items_of(doc, "AWS::CloudTrail::Trail");
  bool any = false;
  for (auto& t : trails) any = any || t.item->value("IsMultiRegionTrail", false);
  if (!any) return std::nullopt;
  for (auto& t : trails) (*t.item)["IsMultiRegionTrail"] = false;
  auto verdicts = in_every_region(doc, "MULTI_REGION_CLOUD_TRAIL_ENABLED", "no trail is multi-region");
  // Necessarily broken too: CLOUD_TRAIL_ENABLED in each region that only the multi-region
  // trail recorded; regions with a logging trail of their own stay compliant.
  std::set<std::string> recorded = recorded_regions(doc);
  for (const auto& region : regions_of(doc))
    if (!recorded.count(region))
      verdicts.push_back({"CLOUD_TRAIL_ENABLED", "", region,
                          "only the multi-region trail recorded this region, and it is now single-region"});
  return mutation{"no_multi_region_trail", "every trail made single-region", verdicts, std::nullopt};
}

std::optional<mutation> management_events_excluded(json& doc, std::uint64_t, std::uint64_t degree) {
  std::vector<located_item> multi;
  for (auto& t : items_of(doc, "AWS::CloudTrail::Trail"))
    if (t.item->value("IsMultiRegionTrail", false)) multi.push_back(t);
  if (multi.empty()) return std::nullopt;
  json selector = {{"ReadWriteType", "All"}, {"IncludeManagementEvents", true}, {"DataResources", json::array()}};
  std::string change;
  if (degree % 2) {
    selector["ExcludeManagementEventSources"] = json::array({"kms.amazonaws.com", "rdsdata.amazonaws.com"});
    change = "the multi-region trails exclude KMS and RDS Data API events";
  } else {
    selector["IncludeManagementEvents"] = false;
    selector["DataResources"] = json::array({{{"Type", "AWS::S3::Object"}, {"Values", json::array({"arn:aws:s3"})}}});
    change = "the multi-region trails record data events only";
  }
  for (auto& t : multi) {
    (*t.item)["EventSelectors"] = json::array({selector});
    t.item->erase("AdvancedEventSelectors");
  }
  return mutation{"management_events_excluded", change,
                  in_every_region(doc, "MULTI_REGION_CLOUD_TRAIL_ENABLED",
                                  "no multi-region trail records all management events"),
                  std::nullopt};
}

}  // namespace

std::vector<mutator> cloudtrail_mutators() {
  return {
      {"trails_stopped", "CLOUD_TRAIL_ENABLED", "every trail stops logging", "", nullptr, trails_stopped},
      {"trail_validation_off", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "a trail without log file validation", "", nullptr,
       trail_validation_off},
      {"no_multi_region_trail", "MULTI_REGION_CLOUD_TRAIL_ENABLED", "no trail is multi-region", "", nullptr, no_multi_region_trail},
      {"management_events_excluded", "MULTI_REGION_CLOUD_TRAIL_ENABLED",
       "multi-region trails skip management events", "", nullptr, management_events_excluded},
  };
}

}  // namespace properties
