// CloudTrail (JSON 1.1): trails, their logging status and event selectors.
//
// State (per region), as `aws cloudtrail describe-trails` prints each trail:
//   cloudtrail:
//     Trails:
//       - Name: main                       # Trail
//         HomeRegion: us-east-1            # optional: the region the trail is declared in
//         TrailARN: arn:aws:cloudtrail:... # optional: derived at load from home region, account, name
//         IsMultiRegionTrail: true
//         S3BucketName: logs
//         ...
//         Status:                          # optional sub-document (get-trail-status output);
//           IsLogging: true                #   default: a trail whose logging never started
//           LatestDeliveryTime: 2026-10-31T23:00:00Z
//         EventSelectors: [...]            # optional sub-documents (get-event-selectors);
//         AdvancedEventSelectors: [...]    #   default: AWS's selector for a new trail
//
// A trail lives in its home region. A multi-region trail also shows in every other region as a
// "shadow trail" (DescribeTrails lists it there unless includeShadowTrails is false), so one
// declaration serves all regions. Pasting describe-trails output of several regions is fine too:
// copies of a trail (same TrailARN) count once, the copy declared in its home region winning.
//
// Lookups follow AWS: a name finds only trails homed in the request's region; an ARN finds the
// trail wherever it lives (AWS: "To return information about a trail in another Region, you
// must specify its trail ARN"), which is how shadow trails are read.

#include "mockaws/services/service_tables.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/services/collections.hpp"

namespace mockaws::services::cloudtrail {

namespace {

// The ARN a trail name would have in a region (AWS's not-found message names it).
std::string trail_arn(const std::string& region, const std::string& account, const std::string& name) {
  return "arn:" + scenario::partition_of(region) + ":cloudtrail:" + region + ":" + account + ":trail/" + name;
}

bool is_arn(const std::string& text) { return text.rfind("arn:", 0) == 0; }

// Every trail of the account (HomeRegion and TrailARN are filled in at load), the request's
// region first; a multi-region trail declared in several regions is its home region's copy.
std::vector<json> all_trails(const call_context& c) {
  std::vector<std::string> regions = {c.region};
  for (const auto& region : c.account.regions())
    if (region != c.region) regions.push_back(region);

  std::vector<json> trails;
  std::map<std::string, std::size_t> by_arn;
  for (const auto& region : regions) {
    for (const auto& declared : items(c.account.state(region, "cloudtrail"), "Trails")) {
      json trail = declared;
      std::string home = string_at(trail, "HomeRegion");
      std::string arn = string_at(trail, "TrailARN");
      auto seen = by_arn.find(arn);
      if (seen == by_arn.end()) {
        by_arn.emplace(arn, trails.size());
        trails.push_back(std::move(trail));
      } else if (home == region) {
        trails[seen->second] = std::move(trail);
      }
    }
  }
  return trails;
}

bool homed_here(const call_context& c, const json& trail) {
  return string_at(trail, "HomeRegion") == c.region;
}

bool is_multi_region(const json& trail) {
  const json* multi = member(trail, "IsMultiRegionTrail");
  return multi && multi->is_boolean() && multi->get<bool>();
}

// The trail a name or ARN designates (see the lookup rules above), or nullptr.
const json* resolve(const call_context& c, const std::vector<json>& trails, const std::string& id) {
  for (const auto& trail : trails) {
    if (is_arn(id) ? string_at(trail, "TrailARN") == id
                   : homed_here(c, trail) && string_at(trail, "Name") == id)
      return &trail;
  }
  return nullptr;
}

[[noreturn]] void unknown_trail(const call_context& c, const std::string& id) {
  // AWS names the trail by the ARN it would have in this region when given a bare name.
  std::string arn = is_arn(id) ? id : trail_arn(c.region, c.account.id(), id);
  c.fail("TrailNotFoundException", "Unknown trail: " + arn + " for the user: " + c.account.id());
}

json describe_trails(const call_context& c) {
  std::vector<json> trails = all_trails(c);
  const json* include_shadow = member(c.input, "includeShadowTrails");
  bool shadows = !include_shadow || !include_shadow->is_boolean() || include_shadow->get<bool>();
  json out = json::array();
  const json* names = member(c.input, "trailNameList");
  if (names && names->is_array() && !names->empty()) {
    // Names AWS does not know are skipped, not reported.
    std::vector<const json*> picked;
    for (const auto& id : *names) {
      if (!id.is_string()) continue;
      const json* trail = resolve(c, trails, id.get<std::string>());
      if (trail && std::find(picked.begin(), picked.end(), trail) == picked.end())
        picked.push_back(trail);
    }
    for (const json* trail : picked) out.push_back(*trail);
  } else {
    // The region's own trails first, then shadow trails by home region (AWS documents no order).
    std::vector<json> shadow;
    for (const auto& trail : trails) {
      if (homed_here(c, trail)) out.push_back(trail);
      else if (shadows && is_multi_region(trail)) shadow.push_back(trail);
    }
    std::stable_sort(shadow.begin(), shadow.end(), [](const json& a, const json& b) {
      return string_at(a, "HomeRegion") < string_at(b, "HomeRegion");
    });
    for (auto& trail : shadow) out.push_back(std::move(trail));
  }
  return {{"trailList", std::move(out)}};
}

json get_trail_status(const call_context& c) {
  std::vector<json> trails = all_trails(c);
  std::string id = c.input_string("Name");
  const json* trail = resolve(c, trails, id);
  if (!trail) unknown_trail(c, id);
  if (const json* status = member(*trail, "Status")) return *status;
  // CreateTrail leaves logging off until StartLogging; AWS then answers IsLogging false with its
  // string-typed members empty (timestamps typed Date are absent).
  return {{"IsLogging", false},
          {"LatestDeliveryAttemptTime", ""},
          {"LatestNotificationAttemptTime", ""},
          {"LatestNotificationAttemptSucceeded", ""},
          {"LatestDeliveryAttemptSucceeded", ""},
          {"TimeLoggingStarted", ""},
          {"TimeLoggingStopped", ""}};
}

json get_event_selectors(const call_context& c) {
  std::vector<json> trails = all_trails(c);
  std::string id = c.input_string("TrailName");
  const json* trail = resolve(c, trails, id);
  if (!trail) unknown_trail(c, id);
  json out = {{"TrailARN", string_at(*trail, "TrailARN")}};
  // A trail uses basic or advanced selectors, never both: AWS answers only the kind in use.
  if (const json* advanced = member(*trail, "AdvancedEventSelectors")) {
    out["AdvancedEventSelectors"] = *advanced;
  } else if (const json* basic = member(*trail, "EventSelectors")) {
    out["EventSelectors"] = *basic;
  } else {
    // A new trail's selector: all management events, read and write, no data events.
    out["EventSelectors"] = json::array({{{"ReadWriteType", "All"},
                                          {"IncludeManagementEvents", true},
                                          {"DataResources", json::array()},
                                          {"ExcludeManagementEventSources", json::array()}}});
  }
  return out;
}


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"cloudtrail", "DescribeTrails", describe_trails},
      {"cloudtrail", "GetTrailStatus", get_trail_status},
      {"cloudtrail", "GetEventSelectors", get_event_selectors},
  };
  return entries;
}

}  // namespace mockaws::services::cloudtrail
