#pragma once
// Collects what a pack's rules read from an AWS-compatible endpoint: only the resource kinds,
// supplements and documents (resource_kinds.hpp) that the implemented rules declare they read,
// every region at once, each collection fanning its per-resource calls out on the client. The
// result is deterministic (merged in table and region order) whatever order the answers arrive
// in.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "engine/client/aws_client.hpp"
#include "engine/core/inventory.hpp"
#include "engine/scan/evaluator.hpp"

namespace engine {

struct scan_scope {
  std::vector<std::string> regions;  // at least one
  // The evaluation clock (a scenario's `now`); unset: the time of the scan.
  std::optional<std::chrono::system_clock::time_point> now;
};

inventory collect_inventory(client::aws_client& aws, const std::vector<rule_request>& rules,
                            const scan_scope& scope);

}  // namespace engine
