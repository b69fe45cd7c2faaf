// CloudTrail mutators: CLOUD_TRAIL_ENABLED, CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED,
// CLOUD_TRAIL_ENCRYPTION_ENABLED, CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED,
// CLOUDTRAIL_S3_DATAEVENTS_ENABLED and MULTI_REGION_CLOUD_TRAIL_ENABLED. The account-level rules
// are evaluated in every region, so their mutations are declared region by region.

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

// Whether a trail's selectors, as the generator and the mutators write them, record the S3 data
// events of every bucket: a basic selector on "arn:aws:s3", or an advanced Data selector on
// AWS::S3::Object without a resources.ARN field.
bool records_every_bucket(const json& trail) {
  if (trail.contains("AdvancedEventSelectors")) {
    for (const auto& s : trail["AdvancedEventSelectors"]) {
      bool data = false, objects = false, narrowed = false;
      for (const auto& f : s.value("FieldSelectors", json::array())) {
        std::string field = f.value("Field", "");
        json equals = f.value("Equals", json::array());
        data = data || (field == "eventCategory" && equals == json({"Data"}));
        objects = objects || (field == "resources.type" && equals == json({"AWS::S3::Object"}));
        narrowed = narrowed || field == "resources.ARN";
      }
      if (data && objects && !narrowed) return true;
    }
    return false;
  }
  for (const auto& s : trail.value("EventSelectors", json::array()))
    for (const auto& r : s.value("DataResources", json::array()))
      if (r.value("Type", "") == "AWS::S3::Object" && r.value("Values", json::array()) == json({"arn:aws:s3"}))
        return true;
  return false;
}

// CLOUDTRAIL_S3_DATAEVENTS_ENABLED in each region no trail now records every bucket's data events for.
std::vector<declared_verdict> data_events_lost(json& doc, const std::string& reason) {
  std::set<std::string> covered;
  for (auto& t : items_of(doc, "AWS::CloudTrail::Trail")) {
    if (!records_every_bucket(*t.item)) continue;
    if (t.item->value("IsMultiRegionTrail", false))
      for (const auto& r : regions_of(doc)) covered.insert(r);
    else
      covered.insert(t.region);
  }
  std::vector<declared_verdict> out;
  for (const auto& region : regions_of(doc))
    if (!covered.count(region)) out.push_back({"CLOUDTRAIL_S3_DATAEVENTS_ENABLED", "", region, reason});
  return out;
}

std::optional<mutation> trail_unencrypted(json& doc, std::uint64_t target, std::uint64_t) {
  auto trails = items_of(doc, "AWS::CloudTrail::Trail");
  if (trails.empty()) return std::nullopt;
  auto [region, trail, identity] = trails[target % trails.size()];
  trail->erase("KmsKeyId");
  return mutation{"trail_unencrypted", "trail " + identity + " (" + region + "): KMS encryption of log files removed",
                  {{"CLOUD_TRAIL_ENCRYPTION_ENABLED", identity, region, "the trail has no KmsKeyId"}}, std::nullopt};
}

std::optional<mutation> trail_without_cloudwatch_logs(json& doc, std::uint64_t target, std::uint64_t) {
  auto trails = items_of(doc, "AWS::CloudTrail::Trail");
  if (trails.empty()) return std::nullopt;
  auto [region, trail, identity] = trails[target % trails.size()];
  trail->erase("CloudWatchLogsLogGroupArn");
  return mutation{"trail_without_cloudwatch_logs", "trail " + identity + " (" + region + "): CloudWatch Logs delivery removed",
                  {{"CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED", identity, region, "the trail has no log group"}},
                  std::nullopt};
}

// The multi-region trails keep their management events and stop recording S3 data events.
std::optional<mutation> s3_data_events_dropped(json& doc, std::uint64_t, std::uint64_t) {
  bool any = false;
  for (auto& t : items_of(doc, "AWS::CloudTrail::Trail")) {
    if (!t.item->value("IsMultiRegionTrail", false) || !records_every_bucket(*t.item)) continue;
    (*t.item)["EventSelectors"] = json::array({{{"ReadWriteType", "All"}, {"IncludeManagementEvents", true},
                                                 {"DataResources", json::array()}}});
    t.item->erase("AdvancedEventSelectors");
    any = true;
  }
  if (!any) return std::nullopt;
  auto verdicts = data_events_lost(doc, "no trail records the region's S3 data events any more");
  if (verdicts.empty()) return std::nullopt;
  return mutation{"s3_data_events_dropped", "the multi-region trails stop recording S3 data events", verdicts,
                  std::nullopt};
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
  auto lost = data_events_lost(doc, "only the multi-region trail recorded this region's S3 data events");
  verdicts.insert(verdicts.end(), lost.begin(), lost.end());
  return mutation{"no_multi_region_trail", "every trail made single-region", verdicts, std::nullopt};
}

std::optional<mutation> management_events_excluded(json& doc, std::uint64_t, std::uint64_t degree) {
  std::vector<located_item> multi;
  for (auto& t : items_of(doc, "AWS::CloudTrail::Trail"))
    if (t.item->value("IsMultiRegionTrail", false)) multi.push_back(t);
  if (multi.empty()) return std::nullopt;
  json selector = {{"ReadWriteType", "All"},
                   {"IncludeManagementEvents", true},
                   {"DataResources", json::array({{{"Type", "AWS::S3::Object"}, {"Values", json::array({"arn:aws:s3"})}}})}};
  std::string change;
  if (degree % 2) {
    selector["ExcludeManagementEventSources"] = json::array({"kms.amazonaws.com", "rdsdata.amazonaws.com"});
    change = "the multi-region trails exclude KMS and RDS Data API events";
  } else {
    selector["IncludeManagementEvents"] = false;
    change = "the multi-region trails record data events only";
  }
  for (auto& t : multi) {
    json own = selector;
    // Data events stay as they were: a trail that had stopped recording them does not start.
    if (!records_every_bucket(*t.item)) own["DataResources"] = json::array();
    (*t.item)["EventSelectors"] = json::array({own});
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
      {"trail_unencrypted", "CLOUD_TRAIL_ENCRYPTION_ENABLED", "a trail without KMS encryption", "", nullptr,
       trail_unencrypted},
      {"trail_without_cloudwatch_logs", "CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED", "a trail without CloudWatch Logs", "",
       nullptr, trail_without_cloudwatch_logs},
      {"s3_data_events_dropped", "CLOUDTRAIL_S3_DATAEVENTS_ENABLED", "no trail records S3 data events", "", nullptr,
       s3_data_events_dropped},
      {"management_events_excluded", "MULTI_REGION_CLOUD_TRAIL_ENABLED",
       "multi-region trails skip management events", "", nullptr, management_events_excluded},
  };
}

}  // namespace properties
