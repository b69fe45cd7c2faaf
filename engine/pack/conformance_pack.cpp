#include "engine/pack/conformance_pack.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <set>
#include <tuple>

#include "engine/pack/config_rule.hpp"
#include "engine/pack/embedded_texts.hpp"
#include "engine/pack/intrinsics.hpp"
#include "mockaws/scenario/did_you_mean.hpp"

namespace engine::pack {

namespace {

using mockaws::scenario::did_you_mean;
using mockaws::scenario::error_at;
using mockaws::scenario::source_node;

// The sections of a CloudFormation template.
const std::vector<std::string_view> template_sections{
    "AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules",
    "Mappings",                 "Conditions",  "Transform", "Resources", "Outputs"};

struct builtin_pack {
  std::string_view name;
  std::string_view path;  // in the repository, for errors
  std::string_view (*text)();
};

const builtin_pack builtin_packs[] = {
    {"hipaa", "engine/packs/hipaa/Operational-Best-Practices-for-HIPAA-Security.yaml",
     embedded_hipaa_pack_text},
    {"hipaa-2003", "engine/packs/hipaa-2003/HIPAA-Security-Rule-2003.yaml", embedded_hipaa_2003_pack_text},
};

class pack_reader {
 public:
  pack_reader(std::string source, const std::map<std::string, std::string>& overrides,
              const pack_context& context, std::vector<load_error>& errors)
      : source_(std::move(source)), overrides_(overrides), context_(context), errors_(errors) {}

  std::optional<conformance_pack> read(source_node& root) {
    if (!root.is_mapping()) {
      error(root.where, "a rule pack is a CloudFormation template (a mapping with Parameters, "
                        "Conditions and Resources); found " + root.describe());
      return std::nullopt;
    }
    expand_short_forms(root, errors_);
    for (const auto& [key, value] : root.entries)
      if (std::find(template_sections.begin(), template_sections.end(), key.text) ==
          template_sections.end())
        error(key.where, "unknown template section '" + key.text + "'" +
                             did_you_mean(key.text, template_sections));
    conformance_pack pack;
    pack.source = source_;
    auto parameters = read_parameters(root.find("Parameters"));
    for (const auto& [name, value] : parameters)
      if (value) pack.parameters[name] = *value;

    const source_node* conditions = root.find("Conditions");
    if (conditions && !conditions->is_mapping())
      error(conditions->where, "Conditions must be a mapping of condition name to condition; "
                               "found " + conditions->describe());
    const source_node* resources = root.find("Resources");
    std::set<std::string> logical_ids;
    if (resources && resources->is_mapping())
      for (const auto& [id, resource] : resources->entries) logical_ids.insert(id.text);

    intrinsic_resolver resolver(std::move(parameters), conditions, std::move(logical_ids),
                                context_, errors_);
    resolver.check_all_conditions();
    if (!resources) {
      error(root.where, "the pack has no Resources section, so it has no rules");
    } else if (!resources->is_mapping()) {
      error(resources->where, "Resources must be a mapping of logical id to resource; found " +
                                  resources->describe());
    } else {
      read_resources(*resources, resolver, pack);
    }
    return pack;
  }

 private:
  using parameter_values = std::map<std::string, std::optional<std::string>>;

  void error(const source_location& where, std::string message) {
    errors_.push_back(error_at(where, std::move(message)));
  }

  parameter_values read_parameters(const source_node* section) {
    parameter_values values;
    std::vector<std::string_view> names;
    if (section && !section->is_mapping()) {
      error(section->where, "Parameters must be a mapping of parameter name to its declaration; "
                            "found " + section->describe());
      section = nullptr;
    }
    if (section) {
      for (const auto& [name, declaration] : section->entries) {
        names.push_back(name.text);
        values[name.text] = parameter_value(name, declaration);
      }
    }
    for (const auto& [name, value] : overrides_) {
      if (values.contains(name)) continue;
      errors_.push_back({source_, 0, 0,
                         "parameter override '" + name + "=" + value + "': the pack has no "
                         "parameter '" + name + "'" + did_you_mean(name, names)});
    }
    return values;
  }

  std::optional<std::string> parameter_value(const source_node& name,
                                             const source_node& declaration) {
    if (!declaration.is_mapping()) {
      error(declaration.where, "parameter '" + name.text + "' must be declared as a mapping "
                               "(Type, Default, ...); found " + declaration.describe());
      return std::nullopt;
    }
    std::optional<std::string> value;
    if (const source_node* fallback = declaration.find("Default")) {
      if (!fallback->is_scalar() || (!fallback->quoted && fallback->describe() == "null")) {
        error(fallback->where, "the Default of parameter '" + name.text + "' must be a string "
                               "(write '' for an empty one); found " + fallback->describe());
      } else {
        value = fallback->text;
      }
    }
    if (auto given = overrides_.find(name.text); given != overrides_.end()) {
      value = given->second;
    } else if (!value && !declaration.find("Default")) {
      error(name.where, "parameter '" + name.text + "' has no Default and no value was given "
                        "for it");
      return std::nullopt;
    }
    if (value) check_allowed_values(name, declaration, *value);
    return value;
  }

  void check_allowed_values(const source_node& name, const source_node& declaration,
                            const std::string& value) {
    const source_node* allowed = declaration.find("AllowedValues");
    if (!allowed || !allowed->is_sequence()) return;
    std::string listed;
    for (const auto& item : allowed->items) {
      if (item.text == value) return;
      listed += (listed.empty() ? "" : ", ") + item.text;
    }
    error(name.where, "parameter '" + name.text + "' is '" + value + "', which is not one of its "
                      "AllowedValues (" + listed + ")");
  }

  void read_resources(const source_node& resources, intrinsic_resolver& resolver,
                      conformance_pack& pack) {
    std::map<std::string, const pack_rule*> by_name;
    for (const auto& [id, resource] : resources.entries) {
      if (!resource.is_mapping()) {
        error(resource.where, "resource '" + id.text + "' must be a mapping with Type and "
                              "Properties; found " + resource.describe());
        continue;
      }
      const source_node* type = resource.find("Type");
      if (!type || !type->is_scalar()) {
        error(type ? type->where : id.where, "resource '" + id.text + "' has no Type");
        continue;
      }
      // A conformance pack may hold other resources (remediations, for one); only the rules
      // matter to the engine.
      if (type->text != "AWS::Config::ConfigRule") continue;
      if (const source_node* condition = resource.find("Condition")) {
        if (!condition->is_scalar()) {
          error(condition->where, "the Condition of a resource is a condition's name; found " +
                                      condition->describe());
          continue;
        }
        auto created = resolver.condition(condition->text, condition->where);
        if (!created || !*created) continue;  // CloudFormation does not create the resource
      }
      const source_node* properties = resource.find("Properties");
      if (!properties) {
        error(id.where, "rule '" + id.text + "' has no Properties");
        continue;
      }
      resolved values = resolver.value(*properties);
      if (values.what == resolved::state::no_value) {
        error(properties->where, "the Properties of rule '" + id.text + "' are AWS::NoValue");
        continue;
      }
      // Properties that are themselves a failed function call have nothing more to check.
      if (values.what == resolved::state::failed && !values.node.is_mapping()) continue;
      auto rule = read_config_rule(id.text, id.where, values.node, errors_);
      if (!rule) continue;
      pack.rules.push_back(std::move(*rule));
    }
    for (const auto& rule : pack.rules) {
      auto [it, inserted] = by_name.emplace(rule.config_rule_name, &rule);
      if (inserted) continue;
      error(rule.where, "rule '" + rule.logical_id + "' has ConfigRuleName '" +
                            rule.config_rule_name + "', which rule '" + it->second->logical_id +
                            "' (line " + std::to_string(it->second->where.line) +
                            ") already has");
    }
  }

  std::string source_;
  const std::map<std::string, std::string>& overrides_;
  const pack_context& context_;
  std::vector<load_error>& errors_;
};

pack_load_result load(std::string_view text, const std::string& source, std::string name,
                      const std::map<std::string, std::string>& overrides,
                      const pack_context& context) {
  pack_load_result result;
  auto root = mockaws::scenario::read_yaml(text, source, result.errors, {.keep_tags = true});
  if (root) {
    auto pack = pack_reader(source, overrides, context, result.errors).read(*root);
    if (pack && result.errors.empty()) {
      pack->name = std::move(name);
      result.pack = std::move(pack);
    }
  }
  // Errors come from several passes (parameters, conditions, resources); in file order they
  // read like the template.
  std::stable_sort(result.errors.begin(), result.errors.end(),
                   [](const load_error& a, const load_error& b) {
                     return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
                   });
  return result;
}

}  // namespace

pack_load_result load_pack_file(const std::string& path,
                                const std::map<std::string, std::string>& parameter_overrides,
                                const pack_context& context) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {std::nullopt, {{path, 0, 0, "cannot open the file"}}};
  std::ostringstream text;
  text << in.rdbuf();
  return load(text.str(), path, std::filesystem::path(path).stem().string(), parameter_overrides,
              context);
}

pack_load_result load_pack_text(std::string_view yaml, const std::string& name,
                                const std::map<std::string, std::string>& parameter_overrides,
                                const pack_context& context) {
  return load(yaml, name, name, parameter_overrides, context);
}

pack_load_result load_builtin_pack(std::string_view name,
                                   const std::map<std::string, std::string>& parameter_overrides,
                                   const pack_context& context) {
  for (const auto& pack : builtin_packs)
    if (pack.name == name)
      return load(pack.text(), std::string(pack.path), std::string(pack.name),
                  parameter_overrides, context);
  std::vector<std::string_view> names;
  std::string listed;
  for (const auto& pack : builtin_packs) {
    names.push_back(pack.name);
    listed += (listed.empty() ? "" : ", ") + std::string(pack.name);
  }
  return {std::nullopt,
          {{std::string(name), 0, 0,
            "no built-in rule pack '" + std::string(name) + "'" + did_you_mean(name, names) +
                " (built-in packs: " + listed + ")"}}};
}

std::vector<std::string> builtin_pack_names() {
  std::vector<std::string> out;
  for (const auto& pack : builtin_packs) out.emplace_back(pack.name);
  return out;
}

}  // namespace engine::pack
