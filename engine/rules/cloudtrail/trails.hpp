#pragma once
// What the CloudTrail rules share: which trails a region sees. A trail lives in its home region;
// a multi-region trail also records every other region (DescribeTrails shows it there as a
// shadow trail), so it counts in each.

#include <vector>

#include "engine/core/inventory.hpp"

namespace engine::rules {

std::vector<const configuration_item*> trails_seen_in(const inventory& inv, const std::string& region);

}  // namespace engine::rules
