// Walks every parameter of every implemented rule: some scenario under scenarios/rules/ sets it
// (rule_parameters:) and, with that parameter removed and nothing else changed, the rule gives a
// different verdict. So no rule declares a parameter it ignores, and each one is pinned through
// the whole HTTP path.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "engine/cli/scan_runner.hpp"
#include "engine/cli/scenario_parameters.hpp"
#include "engine/rules/rule.hpp"

namespace engine::cli {
namespace {

namespace fs = std::filesystem;

// The rule's verdicts as text, one "resource@region=VERDICT" per evaluation, sorted.
std::multiset<std::string> verdicts(const loaded_pack& pack, const std::string& file,
                                    const mockaws::scenario::load_result& scenario, const std::string& rule) {
  auto report = scan_scenario(pack, file, scenario, {}, std::nullopt);
  std::multiset<std::string> out;
  for (const auto& e : report.evaluations)
    if (e.rule == rule) out.insert(e.resource_id + "@" + e.region + "=" + std::string(to_string(e.result)));
  return out;
}

TEST(rule_parameters, every_parameter_changes_a_verdict_in_some_scenario) {
  // Each scenario is scanned with the pack it is written for (`pack:`), as `hipaasim test` does.
  std::map<std::string, std::optional<loaded_pack>> packs;
  auto pack_for = [&](const std::string& file, const std::string& named) -> const loaded_pack* {
    std::string name = named.empty() ? "hipaa" : named;
    if (name.find('/') != std::string::npos || name.find(".yaml") != std::string::npos)
      name = (fs::path(file).parent_path() / name).string();
    auto [it, fresh] = packs.try_emplace(name);
    std::ostringstream errors;
    if (fresh) it->second = load_pack(name, {}, errors);
    EXPECT_TRUE(it->second) << file << ": " << errors.str();
    return it->second ? &*it->second : nullptr;
  };
  std::set<std::string> pinned;  // "RULE.parameter"
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(HIPAASIM_SOURCE_DIR) / "scenarios" / "rules")) {
    if (entry.path().extension() != ".yaml") continue;
    std::string file = entry.path().string();
    auto scenario = mockaws::scenario::load_file(file);
    if (scenario.rule_parameters.empty()) continue;
    ASSERT_TRUE(scenario.store) << file;
    EXPECT_TRUE(scenario_parameter_problems(scenario).empty()) << file;
    const loaded_pack* pack = pack_for(file, scenario.pack);
    if (!pack) continue;
    for (std::size_t i = 0; i < scenario.rule_parameters.size(); ++i) {
      const auto& p = scenario.rule_parameters[i];
      auto without = scenario;
      without.rule_parameters.erase(without.rule_parameters.begin() + static_cast<std::ptrdiff_t>(i));
      if (verdicts(*pack, file, scenario, p.rule) != verdicts(*pack, file, without, p.rule))
        pinned.insert(p.rule + "." + p.name);
    }
  }
  for (const auto& rule : rules::all_rules())
    for (const auto& p : rule.parameters)
      EXPECT_TRUE(pinned.count(std::string(rule.identifier) + "." + std::string(p.name)))
          << rule.identifier << " declares " << p.name
          << ", but no scenario under scenarios/rules/ sets it and changes a verdict";
}

}  // namespace
}  // namespace engine::cli
