#include "engine/rules/cloudtrail/trails.hpp"

namespace engine::rules {

std::vector<const configuration_item*> trails_seen_in(const inventory& inv, const std::string& region) {
  std::vector<const configuration_item*> out;
  for (const configuration_item* trail : inv.items("AWS::CloudTrail::Trail"))
    if (trail->region == region || trail->configuration.value("IsMultiRegionTrail", false))
      out.push_back(trail);
  return out;
}

}  // namespace engine::rules
