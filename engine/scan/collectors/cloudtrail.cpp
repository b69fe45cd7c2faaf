// CloudTrail (per region): the trails DescribeTrails shows in a region, each kept only in its home
// region (a multi-region trail appears in every region as a shadow), with its status and event
// selectors read from the home region.

#include <algorithm>

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_cloudtrail(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto listed = output_or_failure(aws.call("cloudtrail", "DescribeTrails", json::object(), scope.region),
                                  out, "cloudtrail.trails", scope.region);
  if (!listed) return out;
  struct pending {
    configuration_item item;
    std::future<client::call_result> status, selectors;
  };
  std::vector<pending> calls;
  for (const auto& trail : listed->value("trailList", json::array())) {
    std::string home = trail.value("HomeRegion", scope.region);
    // A shadow is collected in its home region; when that region is not scanned, by the first
    // scanned region, so a multi-region trail homed elsewhere still counts.
    bool home_scanned = std::find(scope.scanned_regions.begin(), scope.scanned_regions.end(),
                                  home) != scope.scanned_regions.end();
    if (home != scope.region && (home_scanned || scope.region != scope.scanned_regions.front()))
      continue;
    std::string name = trail.value("Name", "");
    auto item = make_item("AWS::CloudTrail::Trail", name, name, trail.value("TrailARN", ""), home, trail);
    std::string arn = item.arn.empty() ? item.resource_id : item.arn;
    calls.push_back({std::move(item), aws.submit("cloudtrail", "GetTrailStatus", {{"Name", arn}}, home),
                     aws.submit("cloudtrail", "GetEventSelectors", {{"TrailName", arn}}, home)});
  }
  for (auto& call : calls) {
    auto status = call.status.get();
    if (status.ok()) call.item.supplementary["Status"] = status.output;
    else call.item.unreadable["Status"] = status.error->describe();
    auto selectors = call.selectors.get();
    if (selectors.ok()) call.item.supplementary["EventSelectors"] = selectors.output;
    else call.item.unreadable["EventSelectors"] = selectors.error->describe();
    out.items.push_back(std::move(call.item));
  }
  return out;
}

}  // namespace engine::collectors
