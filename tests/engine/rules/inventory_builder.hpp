#pragma once
// Test support: an inventory built by hand, so rules are tested as the pure functions they are.

#include <string>

#include "engine/core/inventory.hpp"
#include "engine/rules/rule.hpp"
#include "engine/scan/collector.hpp"
#include "engine/scan/evaluator.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace engine::testing {

inline std::chrono::system_clock::time_point test_now() {
  return *mockaws::protocol::parse_iso8601("2026-11-01T00:00:00Z");
}

inline inventory make_inventory(std::vector<std::string> regions = {"us-east-1"}) {
  return inventory("123456789012", std::move(regions), test_now());
}

inline configuration_item item(std::string type, std::string id, json configuration,
                               std::string region = "us-east-1", std::string name = "") {
  return make_item(std::move(type), std::move(id), std::move(name), "", std::move(region),
                   std::move(configuration));
}

// The verdicts of one rule over `inv` (parameters: the pack's values).
inline std::vector<evaluation> run(const inventory& inv, const std::string& rule,
                                   std::map<std::string, std::string> parameters = {}) {
  auto result = evaluate_pack(inv, {{rule, "test-rule", std::move(parameters)}});
  return result.evaluations;
}

}  // namespace engine::testing
