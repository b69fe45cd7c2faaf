#include "engine/cli/scenario_parameters.hpp"

#include "engine/rules/rule.hpp"
#include "mockaws/scenario/did_you_mean.hpp"

namespace engine::cli {

std::vector<std::string> scenario_parameter_problems(const mockaws::scenario::load_result& scenario) {
  std::vector<std::string> out;
  for (const auto& p : scenario.rule_parameters) {
    std::string at = mockaws::scenario::to_string(p.where) + ": rule_parameters." + p.rule + "." + p.name + ": ";
    const rules::rule_definition* rule = rules::find_rule(p.rule);
    if (!rule) {
      std::vector<std::string_view> names;
      for (const auto& r : rules::all_rules()) names.push_back(r.identifier);
      out.push_back(at + "hipaasim implements no rule " + p.rule + mockaws::scenario::did_you_mean(p.rule, names));
      continue;
    }
    const rules::parameter* spec = rules::find_parameter(*rule, p.name);
    if (!spec) {
      std::vector<std::string_view> names;
      for (const auto& candidate : rule->parameters) names.push_back(candidate.name);
      out.push_back(at + p.rule + (names.empty() ? " takes no parameters" : " takes no parameter '" + p.name + "'") +
                    mockaws::scenario::did_you_mean(p.name, names));
      continue;
    }
    if (auto problem = rules::parameter_problem(*spec, p.value); !problem.empty()) out.push_back(at + problem);
  }
  return out;
}

loaded_pack with_scenario_parameters(const loaded_pack& pack, const mockaws::scenario::load_result& scenario) {
  loaded_pack out = pack;
  for (const auto& p : scenario.rule_parameters)
    for (auto& request : out.rules)
      if (request.identifier == p.rule) request.input_parameters[p.name] = p.value;
  return out;
}

}  // namespace engine::cli
