#pragma once
// Rule packs are AWS Config conformance-pack templates (CloudFormation YAML), so AWS's own
// templates run unmodified: their AWS::Config::ConfigRule resources become the rules to evaluate,
// with parameters, conditions, `Ref`, `Fn::If` and `AWS::NoValue` resolved as CloudFormation
// would. Everything wrong with a pack is reported at once, each error at its file:line:column.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/pack/pack_context.hpp"
#include "mockaws/scenario/source_tree.hpp"

namespace engine::pack {

using mockaws::scenario::load_error;
using mockaws::scenario::source_location;

struct pack_rule {
  std::string logical_id;        // "AccessKeysRotated"
  std::string config_rule_name;  // "access-keys-rotated"; the logical id when the rule has none
  // "ACCESS_KEYS_ROTATED" for managed rules (owner "AWS"); a custom rule's Lambda ARN (owner
  // "CUSTOM_LAMBDA"), or "" for a Guard rule (owner "CUSTOM_POLICY").
  std::string source_identifier;
  std::string owner;
  // After Ref, Fn::If and AWS::NoValue: a parameter whose value is AWS::NoValue is absent.
  // CloudFormation passes strings; numbers and booleans written unquoted keep their text.
  std::map<std::string, std::string> input_parameters;
  std::vector<std::string> compliance_resource_types;  // Scope.ComplianceResourceTypes
  std::string maximum_execution_frequency;             // "" when the template sets none
  std::string description;
  source_location where;  // the resource's logical id in the template
};

struct conformance_pack {
  std::string name;    // "hipaa", or the file's name without its extension
  std::string source;  // the file the template came from, as errors name it
  std::vector<pack_rule> rules;                   // in template order
  std::map<std::string, std::string> parameters;  // every parameter's value after overrides
};

struct pack_load_result {
  std::optional<conformance_pack> pack;  // nullopt when there are errors
  std::vector<load_error> errors;        // sorted by place
};

// `parameter_overrides`: parameter name -> value, replacing the template's Default (what
// `aws configservice put-conformance-pack --template-parameters` does).
pack_load_result load_pack_file(const std::string& path,
                                const std::map<std::string, std::string>& parameter_overrides,
                                const pack_context& context = {});
// `name` names the pack and, in errors, its file.
pack_load_result load_pack_text(std::string_view yaml, const std::string& name,
                                const std::map<std::string, std::string>& parameter_overrides,
                                const pack_context& context = {});
// The packs compiled into the engine: "hipaa" (AWS's Operational Best Practices for HIPAA
// Security, engine/packs/hipaa/) and "hipaa-2003" (the HIPAA Security Rule 2003 framework's
// sample controls, engine/packs/hipaa-2003/). Errors name the template by its path in the
// repository.
pack_load_result load_builtin_pack(std::string_view name,
                                   const std::map<std::string, std::string>& parameter_overrides,
                                   const pack_context& context = {});
std::vector<std::string> builtin_pack_names();

}  // namespace engine::pack
