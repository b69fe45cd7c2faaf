// CloudTrail (per region): the trails DescribeTrails shows in a region, each kept only in its home
// region (a multi-region trail appears in every region as a shadow), with its documents (status,
// event selectors) read from the home region.

#include <algorithm>

#include "engine/scan/collectors/hand_written.hpp"

namespace engine::collectors {

collector_output collect_cloudtrail(client::aws_client& aws, const resource_kind& kind,
                                    const collect_scope& scope, const supplement_set& wanted) {
  collector_output out;
  auto listed = output_or_failure(aws.call("cloudtrail", std::string(kind.list.operation), json::object(), scope.region),
                                  out, std::string(kind.type), scope.region);
  if (!listed) return out;
  std::vector<configuration_item> items;
  std::vector<std::string> homes;
  for (const auto& trail : listed->value(std::string(kind.list.member), json::array())) {
    std::string home = trail.value("HomeRegion", scope.region);
    // A shadow is collected in its home region; when that region is not scanned, by the first
    // scanned region, so a multi-region trail homed elsewhere still counts.
    bool home_scanned = std::find(scope.scanned_regions.begin(), scope.scanned_regions.end(),
                                  home) != scope.scanned_regions.end();
    if (home != scope.region && (home_scanned || scope.region != scope.scanned_regions.front()))
      continue;
    items.push_back(item_of(kind, trail, home));
    homes.push_back(home);
  }
  read_supplements(aws, kind, items, wanted, homes);
  out.items = std::move(items);
  return out;
}

}  // namespace engine::collectors
