#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition field_rule(rule_definition rule, field_check check) {
  rule.judge = [check](const rule_context&, const configuration_item& item) -> verdict {
    const json* at = &item.configuration;
    std::string_view path = check.path;
    while (at && !path.empty()) {
      auto dot = path.find('.');
      auto it = at->is_object() ? at->find(path.substr(0, dot)) : at->end();
      at = at->is_object() && it != at->end() && !it->is_null() ? &*it : nullptr;
      path = dot == std::string_view::npos ? std::string_view{} : path.substr(dot + 1);
    }
    const json& value = at ? *at : check.when_absent;
    if (value == check.expected) return {compliance::compliant, std::string(check.compliant)};
    return {compliance::non_compliant, std::string(check.non_compliant)};
  };
  return rule;
}

}  // namespace engine::rules
