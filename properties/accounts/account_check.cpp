#include "properties/accounts/account_check.hpp"

#include <cctype>
#include <map>
#include <sstream>
#include <stdexcept>

#include "engine/rules/rule.hpp"
#include "mockaws/scenario/scenario_loader.hpp"
#include "properties/accounts/rule_subjects.hpp"

namespace properties {

using engine::compliance;

const engine::cli::loaded_pack& hipaa_pack() {
  static const engine::cli::loaded_pack pack = [] {
    std::ostringstream errors;
    auto loaded = engine::cli::load_pack("hipaa", {}, errors);
    if (!loaded) throw std::runtime_error("the built-in hipaa pack does not load: " + errors.str());
    return std::move(*loaded);
  }();
  return pack;
}

namespace {

// The pack parameter that feeds a rule's input parameter, by the naming AWS's templates use
// (AccessKeysRotated + Param + MaxAccessKeyAge); empty when the pack has none for it.
std::string pack_parameter_for(const engine::cli::loaded_pack& pack, const std::string& rule,
                               const std::string& parameter) {
  for (const auto& r : pack.pack.rules) {
    if (r.source_identifier != rule || parameter.empty()) continue;
    std::string name = r.logical_id + "Param" + char(std::toupper(static_cast<unsigned char>(parameter[0]))) +
                       parameter.substr(1);
    if (pack.pack.parameters.count(name)) return name;
  }
  return {};
}

}  // namespace

parameter_setting with_parameter(const engine::cli::loaded_pack& pack, const std::string& rule,
                                 const std::string& parameter, long long value) {
  std::string value_text = std::to_string(value);
  // Through the template when it has a parameter for it, as `--param` would; else on the rule.
  if (std::string name = pack_parameter_for(pack, rule, parameter); !name.empty()) {
    std::ostringstream errors;
    auto loaded = engine::cli::load_pack(pack.pack.name, {{name, value_text}}, errors);
    if (!loaded) throw std::runtime_error("the pack refuses " + name + "=" + value_text + ": " + errors.str());
    return {std::move(*loaded), "hipaasim test --param " + name + "=" + value_text};
  }
  parameter_setting out{pack, ""};
  bool found = false;
  for (auto& r : out.pack.rules)
    if (r.identifier == rule) {
      r.input_parameters[parameter] = value_text;
      found = true;
    }
  if (!found) throw std::invalid_argument("the pack has no rule " + rule);
  out.how = "rule parameter " + rule + "." + parameter + "=" + value_text +
            " (the pack has no parameter for it: copy the template and set it there)";
  return out;
}

namespace {

// The pack's rules the engine implements: the ones whose every evaluation is predicted.
std::vector<std::string> implemented_rules(const engine::cli::loaded_pack& pack) {
  std::vector<std::string> out;
  for (const auto& r : pack.rules)
    if (engine::rules::find_rule(r.identifier)) out.push_back(r.identifier);
  return out;
}

bool is_about(const engine::evaluation& e, const subject& s) {
  return e.region == s.region &&
         (s.resource.empty() ? e.resource_type == engine::account_resource_type
                             : e.resource_id == s.resource || e.resource_name == s.resource);
}

std::string where(const std::string& resource, const std::string& region) {
  return (resource.empty() ? std::string("the account") : resource) + " (" + region + ")";
}

compliance expected_for(const subject& s, const verdict_set& declared) {
  return declared.count({s.rule, s.resource, s.region, ""}) ? compliance::non_compliant : s.unmutated;
}

void compare_rule(const std::string& rule, const json& doc, const std::vector<engine::evaluation>& evaluations,
                  const verdict_set& declared, std::vector<std::string>& problems) {
  std::vector<subject> subjects = subjects_of(doc, rule);
  std::vector<int> seen(subjects.size(), 0);
  for (const auto& e : evaluations) {
    if (e.rule != rule) continue;
    std::size_t i = 0;
    while (i < subjects.size() && !is_about(e, subjects[i])) ++i;
    std::string got = std::string(engine::to_string(e.result)) + " (" + e.annotation + ")";
    if (i == subjects.size()) {
      problems.push_back(rule + ": an evaluation of " + where(e.resource_id, e.region) +
                         ", which the account does not hold: " + got);
      continue;
    }
    if (++seen[i] > 1) problems.push_back(rule + ": " + where(subjects[i].resource, e.region) + " evaluated twice");
    compliance expected = expected_for(subjects[i], declared);
    if (e.result != expected)
      problems.push_back(rule + " on " + where(subjects[i].resource, e.region) + ": expected " +
                         std::string(engine::to_string(expected)) + ", got " + got);
  }
  for (std::size_t i = 0; i < subjects.size(); ++i)
    if (!seen[i]) problems.push_back(rule + " did not evaluate " + where(subjects[i].resource, subjects[i].region));
  for (const auto& d : declared) {
    if (d.rule != rule) continue;
    bool named = false;
    for (const auto& s : subjects) named = named || (s.resource == d.resource && s.region == d.region);
    if (!named) problems.push_back("the oracle declares " + rule + " on " + where(d.resource, d.region) +
                                   ", which the rule does not evaluate (a mutator bug)");
  }
}

}  // namespace

account_check check_account(const json& doc, const verdict_set& declared, const engine::cli::loaded_pack& pack) {
  account_check out;
  auto loaded = mockaws::scenario::load_text(scenario_text(doc), "generated.yaml");
  if (!loaded.store) {
    for (const auto& e : loaded.errors) out.problems.push_back("the generated scenario does not load: " + e.to_string());
    return out;
  }
  engine::report::scan_report report = engine::cli::scan_scenario(pack, "generated.yaml", loaded, {}, std::nullopt);
  out.requests = report.statistics.requests;
  out.evaluations = report.evaluations.size();
  for (const auto& f : report.failures)
    out.problems.push_back("collection failed: " + f.key + " in " + f.region + ": " + f.reason);
  for (const auto& rule : implemented_rules(pack)) compare_rule(rule, doc, report.evaluations, declared, out.problems);
  return out;
}

std::vector<mockaws::scenario::expectation> expected_verdicts(const json& doc, const verdict_set& declared) {
  std::vector<mockaws::scenario::expectation> out;
  for (const auto& rule : implemented_rules(hipaa_pack()))
    for (const auto& s : subjects_of(doc, rule)) {
      mockaws::scenario::expectation e;
      e.rule = rule;
      e.resource = s.resource;
      e.region = s.region;
      e.compliance = std::string(engine::to_string(expected_for(s, declared)));
      out.push_back(std::move(e));
    }
  return out;
}

}  // namespace properties
