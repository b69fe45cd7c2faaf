#include <algorithm>

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

const std::vector<rule_definition>& all_rules() {
  static const std::vector<rule_definition> rules = [] {
#define HIPAASIM_REGISTER_RULE(name) name(),
    std::vector<rule_definition> r = {HIPAASIM_RULES(HIPAASIM_REGISTER_RULE)};
#undef HIPAASIM_REGISTER_RULE
    std::sort(r.begin(), r.end(), [](const auto& a, const auto& b) { return a.identifier < b.identifier; });
    return r;
  }();
  return rules;
}

const rule_definition* find_rule(std::string_view identifier) {
  for (const auto& rule : all_rules())
    if (rule.identifier == identifier) return &rule;
  return nullptr;
}

}  // namespace engine::rules
