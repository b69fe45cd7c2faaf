#include "engine/pack/config_rule.hpp"

#include <algorithm>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine/pack/intrinsics.hpp"
#include "mockaws/scenario/did_you_mean.hpp"

namespace engine::pack {

namespace {

using mockaws::scenario::did_you_mean;
using mockaws::scenario::error_at;
using mockaws::scenario::source_node;

// AWS::Config::ConfigRule's properties (CloudFormation resource reference).
const std::vector<std::string_view> property_names{
    "ConfigRuleName", "Description", "InputParameters", "MaximumExecutionFrequency",
    "Scope",          "Source",      "Compliance",      "EvaluationModes"};
const std::vector<std::string_view> source_keys{"Owner", "SourceIdentifier", "SourceDetails",
                                                "CustomPolicyDetails"};
const std::vector<std::string_view> owners{"AWS", "CUSTOM_LAMBDA", "CUSTOM_POLICY"};
const std::vector<std::string_view> frequencies{"One_Hour", "Three_Hours", "Six_Hours",
                                                "Twelve_Hours", "TwentyFour_Hours"};

bool is_null(const source_node& node) {
  return node.is_null() || (node.is_scalar() && !node.quoted && node.describe() == "null");
}

class rule_reader {
 public:
  rule_reader(const std::string& logical_id, std::vector<load_error>& errors)
      : logical_id_(logical_id), errors_(errors) {}

  // The text of a string property, or nullopt (with an error unless it is absent and optional).
  std::optional<std::string> text(const source_node& parent, std::string_view key,
                                  bool required) {
    const source_node* node = parent.find(key);
    if (!node) {
      if (required) error(parent.where, "rule '" + logical_id_ + "' has no " + path(key));
      return std::nullopt;
    }
    if (skip(*node)) return std::nullopt;
    if (!node->is_scalar() || is_null(*node)) {
      error(node->where, path(key) + " must be a string; found " + node->describe());
      return std::nullopt;
    }
    return node->text;
  }

  void unknown_keys(const source_node& mapping, const std::vector<std::string_view>& known,
                    std::string_view what) {
    for (const auto& [key, value] : mapping.entries)
      if (std::find(known.begin(), known.end(), key.text) == known.end())
        error(key.where, "unknown key '" + key.text + "' in " + std::string(what) +
                             did_you_mean(key.text, known));
  }

  void input_parameters(const source_node& node, pack_rule& rule) {
    if (skip(node)) return;
    if (node.is_scalar() && node.quoted) return input_parameters_json(node, rule);
    if (!node.is_mapping()) {
      error(node.where, "InputParameters must be a mapping of parameter name to value; found " +
                            node.describe());
      return;
    }
    for (const auto& [key, value] : node.entries) {
      if (skip(value)) continue;
      if (!value.is_scalar() || is_null(value)) {
        error(value.where, "input parameter '" + key.text +
                               "' must be a string, number or boolean; found " + value.describe());
        continue;
      }
      rule.input_parameters[key.text] = value.text;
    }
  }

  // CloudFormation also takes InputParameters as a JSON object in a string.
  void input_parameters_json(const source_node& node, pack_rule& rule) {
    auto parsed = nlohmann::json::parse(node.text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      error(node.where, "InputParameters given as a string must hold a JSON object");
      return;
    }
    for (const auto& [key, value] : parsed.items()) {
      if (value.is_string()) {
        rule.input_parameters[key] = value.get<std::string>();
      } else if (value.is_number() || value.is_boolean()) {
        rule.input_parameters[key] = value.dump();
      } else {
        error(node.where, "input parameter '" + key + "' must be a string, number or boolean");
      }
    }
  }

  void scope(const source_node& node, pack_rule& rule) {
    if (skip(node)) return;
    if (!node.is_mapping()) {
      error(node.where, "Scope must be a mapping; found " + node.describe());
      return;
    }
    unknown_keys(node, {"ComplianceResourceTypes", "ComplianceResourceId", "TagKey", "TagValue"},
                 "Scope");
    const source_node* types = node.find("ComplianceResourceTypes");
    if (!types || skip(*types)) return;
    if (!types->is_sequence()) {
      error(types->where, "Scope.ComplianceResourceTypes must be a list of resource types; "
                          "found " + types->describe());
      return;
    }
    for (const auto& type : types->items) {
      if (skip(type)) continue;
      if (!type.is_scalar() || is_null(type)) {
        error(type.where, "a resource type must be a string; found " + type.describe());
        continue;
      }
      rule.compliance_resource_types.push_back(type.text);
    }
  }

  void source(const source_node& parent, pack_rule& rule) {
    const source_node* node = parent.find("Source");
    if (!node) {
      error(parent.where, "rule '" + logical_id_ + "' has no Source");
      return;
    }
    if (skip(*node)) return;
    if (!node->is_mapping()) {
      error(node->where, "Source must be a mapping with Owner and SourceIdentifier; found " +
                             node->describe());
      return;
    }
    unknown_keys(*node, source_keys, "Source");
    section_ = "Source.";
    if (auto owner = text(*node, "Owner", true)) {
      rule.owner = *owner;
      if (std::find(owners.begin(), owners.end(), rule.owner) == owners.end())
        error(node->find("Owner")->where, "Source.Owner '" + rule.owner +
                                              "' is not AWS, CUSTOM_LAMBDA or CUSTOM_POLICY" +
                                              did_you_mean(rule.owner, owners));
    }
    // A Guard rule (CUSTOM_POLICY) carries its policy instead of an identifier.
    bool needs_identifier = rule.owner != "CUSTOM_POLICY";
    if (auto identifier = text(*node, "SourceIdentifier", needs_identifier))
      rule.source_identifier = *identifier;
    section_.clear();
  }

  void frequency(const source_node& properties, pack_rule& rule) {
    auto value = text(properties, "MaximumExecutionFrequency", false);
    if (!value) return;
    if (std::find(frequencies.begin(), frequencies.end(), *value) == frequencies.end()) {
      error(properties.find("MaximumExecutionFrequency")->where,
            "MaximumExecutionFrequency '" + *value + "' is not One_Hour, Three_Hours, Six_Hours, "
            "Twelve_Hours or TwentyFour_Hours" + did_you_mean(*value, frequencies));
      return;
    }
    rule.maximum_execution_frequency = *value;
  }

  bool failed() const { return failed_; }

 private:
  // A part whose error was reported while resolving it.
  bool skip(const source_node& node) {
    if (!is_failed_placeholder(node)) return false;
    failed_ = true;
    return true;
  }

  std::string path(std::string_view key) const { return section_ + std::string(key); }
  void error(const source_location& where, std::string message) {
    errors_.push_back(error_at(where, std::move(message)));
    failed_ = true;
  }

  std::string logical_id_;
  std::vector<load_error>& errors_;
  std::string section_;  // "Source." while reading Source, for messages
  bool failed_ = false;
};

}  // namespace

std::optional<pack_rule> read_config_rule(const std::string& logical_id,
                                          const source_location& where,
                                          const source_node& properties,
                                          std::vector<load_error>& errors) {
  if (!properties.is_mapping()) {
    errors.push_back(error_at(properties.where, "the Properties of rule '" + logical_id +
                                                    "' must be a mapping; found " +
                                                    properties.describe()));
    return std::nullopt;
  }
  rule_reader reader(logical_id, errors);
  pack_rule rule;
  rule.logical_id = logical_id;
  rule.where = where;
  reader.unknown_keys(properties, property_names, "the Properties of an AWS::Config::ConfigRule");
  // CloudFormation names a rule without ConfigRuleName itself (stack name, logical id and a
  // random suffix); the logical id is the deterministic part of that.
  rule.config_rule_name = reader.text(properties, "ConfigRuleName", false).value_or(logical_id);
  rule.description = reader.text(properties, "Description", false).value_or("");
  reader.source(properties, rule);
  if (const source_node* parameters = properties.find("InputParameters"))
    reader.input_parameters(*parameters, rule);
  if (const source_node* scope = properties.find("Scope")) reader.scope(*scope, rule);
  reader.frequency(properties, rule);
  if (reader.failed()) return std::nullopt;
  return rule;
}

}  // namespace engine::pack
