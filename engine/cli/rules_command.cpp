#include "engine/cli/rules_command.hpp"

#include <iostream>

#include <nlohmann/json.hpp>

#include "engine/cli/report_options.hpp"
#include "engine/cli/scan_runner.hpp"
#include "engine/pack/hipaa_controls.hpp"
#include "engine/rules/rule.hpp"

namespace engine::cli {

const char* const rules_usage =
    "usage: hipaasim rules [--pack NAME|FILE] [--param NAME=VALUE]... [--format table|json]\n"
    "\n"
    "Lists the rules of a pack (default: the built-in HIPAA pack): each rule's AWS Config\n"
    "identifier and name, whether hipaasim implements it yet, what it checks, its parameters (the\n"
    "pack's values over the rule's defaults), where AWS's documentation is silent the reading\n"
    "hipaasim chose, and the HIPAA controls it maps to. In JSON, each\n"
    "implemented rule also lists every parameter it reads (parameter_definitions: name, type,\n"
    "default, the value it runs with, meaning).\n"
    "\n"
    "exit status: 0, or 2 on bad arguments or an invalid pack.\n";

namespace {

using ojson = nlohmann::ordered_json;

// The parameters a rule runs with: the pack's input parameters over the rule's own defaults.
std::map<std::string, std::string> effective_parameters(const rules::rule_definition* rule,
                                                        const rule_request& request) {
  std::map<std::string, std::string> out;
  if (rule)
    for (const auto& p : rule->parameters)
      if (!p.default_value.empty()) out[std::string(p.name)] = std::string(p.default_value);
  for (const auto& [name, value] : request.input_parameters) out[name] = value;
  return out;
}

ojson describe(const rule_request& request, const pack::control_catalog& catalog) {
  const rules::rule_definition* rule = rules::find_rule(request.identifier);
  ojson item;
  item["rule"] = request.identifier;
  item["config_rule_name"] = request.config_rule_name;
  item["implemented"] = rule != nullptr;
  if (rule) {
    item["checks"] = std::string(rule->summary);
    item["resource_type"] = std::string(rule->resource_type);
    if (!rule->reading.empty()) item["reading"] = std::string(rule->reading);
    if (rule->hipaasim_check) item["hipaasim_check"] = true;  // not an AWS Config managed rule
  }
  auto effective = effective_parameters(rule, request);
  item["parameters"] = effective;
  if (rule) {
    // Every parameter the rule reads, with its own default and the value it runs with (null: unset).
    ojson definitions = ojson::array();
    for (const auto& p : rule->parameters) {
      static const char* const kinds[] = {"string", "integer", "boolean", "port list", "decimal"};
      ojson d = {{"name", std::string(p.name)}, {"type", kinds[static_cast<int>(p.kind)]},
                 {"default", p.default_value.empty() ? ojson() : ojson(std::string(p.default_value))},
                 {"value", effective.count(std::string(p.name)) ? ojson(effective[std::string(p.name)]) : ojson()},
                 {"meaning", std::string(p.meaning)}};
      if (!p.choices.empty()) d["choices"] = std::string(p.choices);
      if (p.case_sensitive) d["case_sensitive"] = true;
      definitions.push_back(std::move(d));
    }
    item["parameter_definitions"] = std::move(definitions);
  }
  ojson controls = ojson::array();
  for (const auto* c : catalog.controls_for(request.identifier))
    controls.push_back({{"id", c->id}, {"title", c->title}, {"family", c->family}});
  item["controls"] = std::move(controls);
  if (const auto* mapping = catalog.mapping_for(request.identifier)) {
    if (!mapping->control_name.empty()) item["framework_control"] = mapping->control_name;
    if (!mapping->category.empty()) item["category"] = mapping->category;
  }
  return item;
}

}  // namespace

int rules_command(std::span<const std::string_view> span) {
  std::vector<std::string_view> args(span.begin(), span.end());
  common_options options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << rules_usage;
      return 0;
    }
    if (!options.parse(args, i, error) || !error.empty() || options.format == output_format::junit ||
        !options.regions.empty() || options.now || !options.output.empty() || options.all) {
      return usage_error("rules", error.empty() ? "unexpected argument '" + std::string(args[i]) + "'" : error);
    }
  }
  auto pack = load_pack(options.pack, options.parameters, std::cerr);
  if (!pack) return 2;
  if (options.format == output_format::json) {
    ojson all = ojson::array();
    for (const auto& request : pack->rules) all.push_back(describe(request, *pack->controls));
    std::cout << all.dump(2) << '\n';
    return 0;
  }
  std::size_t implemented = 0;
  for (const auto& request : pack->rules) {
    ojson d = describe(request, *pack->controls);
    bool done = d["implemented"];
    implemented += done;
    std::cout << request.identifier << " (" << request.config_rule_name << ")"
              << (done ? "" : "  [not implemented yet]") << '\n';
    if (done) std::cout << "  checks: " << d["checks"].get<std::string>() << '\n';
    if (d.contains("reading")) std::cout << "  our reading: " << d["reading"].get<std::string>() << '\n';
    if (d.value("hipaasim_check", false)) std::cout << "  a hipaasim check, not an AWS Config managed rule\n";
    if (d.contains("framework_control"))
      std::cout << "  framework control: " << d["framework_control"].get<std::string>() << " ("
                << d["category"].get<std::string>() << ")\n";
    if (!d["parameters"].empty()) {
      std::cout << "  parameters:";
      for (const auto& [name, value] : d["parameters"].items()) std::cout << ' ' << name << '=' << value.get<std::string>();
      std::cout << '\n';
    }
    std::cout << "  controls:";
    if (d["controls"].empty()) std::cout << " none mapped";
    for (const auto& c : d["controls"]) std::cout << "\n    " << c["id"].get<std::string>() << ' ' << c["title"].get<std::string>();
    std::cout << '\n';
  }
  std::cout << '\n' << pack->rules.size() << " rules in pack " << pack->pack.name << ", " << implemented
            << " implemented\n";
  return 0;
}

}  // namespace engine::cli
