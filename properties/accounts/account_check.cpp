#include "properties/accounts/account_check.hpp"

#include <cctype>
#include <sstream>
#include <stdexcept>

#include "engine/cli/expectation_check.hpp"
#include "engine/rules/rule.hpp"
#include "mockaws/scenario/scenario_loader.hpp"
#include "properties/accounts/rule_subjects.hpp"

namespace properties {

using engine::compliance;

const engine::cli::loaded_pack& hipaa_pack() {
  static const engine::cli::loaded_pack pack = [] {
    std::ostringstream errors;
    auto loaded = engine::cli::load_pack("hipaa", {}, errors);
    auto framework = engine::cli::load_pack("hipaa-2003", {}, errors);
    if (!loaded || !framework) throw std::runtime_error("the built-in packs do not load: " + errors.str());
    // The 2003 framework's rules the HIPAA pack lacks (log retention, the security contact) are
    // checked too, with the framework's parameters.
    for (const auto& rule : framework->rules) {
      bool known = false;
      for (const auto& r : loaded->rules) known = known || r.identifier == rule.identifier;
      if (!known) loaded->rules.push_back(rule);
    }
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

std::string where(const std::string& resource, const std::string& region) {
  return (resource.empty() ? std::string("the account") : resource) + " (" + region + ")";
}

compliance expected_for(const subject& s, const verdict_set& declared) {
  return declared.count({s.rule, s.resource, s.region, ""}) ? compliance::non_compliant : s.unmutated;
}

// Every evaluation must be the verdict of exactly one expectation (the engine's own matching,
// as `hipaasim test` uses it), with its compliance; every expectation must be met once.
void compare(const std::vector<mockaws::scenario::expectation>& expected,
             const std::vector<engine::evaluation>& evaluations, std::vector<std::string>& problems) {
  std::vector<int> seen(expected.size(), 0);
  for (const auto& e : evaluations) {
    std::size_t i = 0;
    while (i < expected.size() && !engine::cli::is_about(expected[i], e)) ++i;
    std::string got = std::string(engine::to_string(e.result)) + " (" + e.annotation + ")";
    if (i == expected.size()) {
      problems.push_back(e.rule + ": an evaluation of " + where(e.resource_id, e.region) +
                         ", which the account does not hold: " + got);
      continue;
    }
    const auto& x = expected[i];
    if (++seen[i] > 1) problems.push_back(x.rule + ": " + where(x.resource, x.region) + " evaluated twice");
    if (engine::to_string(e.result) != x.compliance)
      problems.push_back(x.rule + " on " + where(x.resource, x.region) + ": expected " + x.compliance + ", got " + got);
  }
  for (std::size_t i = 0; i < expected.size(); ++i)
    if (!seen[i]) problems.push_back(expected[i].rule + " did not evaluate " + where(expected[i].resource, expected[i].region));
}

// A declared verdict about nothing its rule evaluates would never be checked.
void check_declarations(const json& doc, const verdict_set& declared, std::vector<std::string>& problems) {
  for (const auto& d : declared) {
    bool named = false;
    for (const auto& s : subjects_of(doc, d.rule)) named = named || (s.resource == d.resource && s.region == d.region);
    if (!named) problems.push_back("the oracle declares " + d.rule + " on " + where(d.resource, d.region) +
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
  compare(expected_verdicts(doc, declared, pack), report.evaluations, out.problems);
  check_declarations(doc, declared, out.problems);
  return out;
}

std::vector<mockaws::scenario::expectation> expected_verdicts(const json& doc, const verdict_set& declared,
                                                              const engine::cli::loaded_pack& pack) {
  std::vector<mockaws::scenario::expectation> out;
  for (const auto& rule : implemented_rules(pack))
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
