// Walks the rule registry: every implemented rule has a compliant and a non-compliant scenario
// under scenarios/rules/<rule-id-in-kebab-case>/ whose expectations name it with that verdict.
// (ctest runs each of those scenarios through the whole HTTP path with label `scenario`.)

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "engine/rules/rule.hpp"
#include "mockaws/scenario/scenario_loader.hpp"

namespace engine {
namespace {

std::string kebab(std::string_view identifier) {
  std::string out(identifier);
  for (char& c : out) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool expects(const std::string& path, std::string_view rule, std::string_view verdict) {
  auto loaded = mockaws::scenario::load_file(path);
  for (const auto& e : loaded.errors) ADD_FAILURE() << e.to_string();
  return std::any_of(loaded.expectations.begin(), loaded.expectations.end(),
                     [&](const auto& x) { return x.rule == rule && x.compliance == verdict; });
}

TEST(rule_scenarios, every_rule_has_a_compliant_and_a_non_compliant_case) {
  std::filesystem::path root = std::filesystem::path(HIPAASIM_SOURCE_DIR) / "scenarios" / "rules";
  for (const auto& rule : rules::all_rules()) {
    auto dir = root / kebab(rule.identifier);
    EXPECT_TRUE(expects((dir / "compliant.yaml").string(), rule.identifier, "COMPLIANT")) << dir;
    EXPECT_TRUE(expects((dir / "non-compliant.yaml").string(), rule.identifier, "NON_COMPLIANT")) << dir;
  }
}

}  // namespace
}  // namespace engine
