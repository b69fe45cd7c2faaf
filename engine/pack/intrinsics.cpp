#include "engine/pack/intrinsics.hpp"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "mockaws/scenario/did_you_mean.hpp"

namespace engine::pack {

namespace {

using mockaws::scenario::did_you_mean;
using mockaws::scenario::error_at;

// Templates nest a few levels; the limit only stops a hostile file from exhausting the stack.
constexpr int max_depth = 200;

// Short-form tag -> the long-form function it stands for. CloudFormation's other functions are
// listed so that a template using one hears "not supported", not "unknown".
constexpr std::pair<std::string_view, std::string_view> short_forms[] = {
    {"!Ref", "Ref"},
    {"!Condition", "Condition"},
    {"!If", "Fn::If"},
    {"!Equals", "Fn::Equals"},
    {"!Not", "Fn::Not"},
    {"!And", "Fn::And"},
    {"!Or", "Fn::Or"},
    {"!Sub", "Fn::Sub"},
    {"!Join", "Fn::Join"},
    {"!GetAtt", "Fn::GetAtt"},
    {"!Select", "Fn::Select"},
    {"!Split", "Fn::Split"},
    {"!FindInMap", "Fn::FindInMap"},
    {"!Base64", "Fn::Base64"},
    {"!GetAZs", "Fn::GetAZs"},
    {"!ImportValue", "Fn::ImportValue"},
    {"!Cidr", "Fn::Cidr"},
    {"!Length", "Fn::Length"},
    {"!ToJsonString", "Fn::ToJsonString"},
};

constexpr std::string_view condition_functions[] = {"Fn::Equals", "Fn::Not", "Fn::And",
                                                    "Fn::Or", "Condition"};
constexpr std::string_view unsupported_functions[] = {
    "Fn::Sub",    "Fn::Join",   "Fn::GetAtt",      "Fn::Select", "Fn::Split",  "Fn::FindInMap",
    "Fn::Base64", "Fn::GetAZs", "Fn::ImportValue", "Fn::Cidr",   "Fn::Length", "Fn::ToJsonString"};

template <std::size_t n>
bool contains(const std::string_view (&names)[n], std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

bool looks_intrinsic(std::string_view key) { return key == "Ref" || key.starts_with("Fn::"); }

std::vector<std::string_view> known_functions() {
  std::vector<std::string_view> out{"Ref", "Fn::If"};
  for (std::string_view name : condition_functions) out.push_back(name);
  for (std::string_view name : unsupported_functions) out.push_back(name);
  return out;
}

std::string unknown_function_message(const std::string& name) {
  return "unknown intrinsic function '" + name + "'" + did_you_mean(name, known_functions());
}

// "Fn::Sub is not supported ...", or "" when `name` is not one of CloudFormation's functions
// that packs cannot use.
std::string unsupported_message(const std::string& name) {
  if (!contains(unsupported_functions, name)) return "";
  return "intrinsic function '" + name + "' is not supported in rule packs (they may use Ref and "
         "Fn::If, and Fn::Equals, Fn::Not, Fn::And, Fn::Or and Condition in Conditions)";
}

std::string shown_tag(const std::string& tag) {
  constexpr std::string_view yaml_prefix = "tag:yaml.org,2002:";
  if (tag.starts_with(yaml_prefix)) return "!!" + tag.substr(yaml_prefix.size());
  return tag;
}

constexpr std::string_view failed_tag = "!failed";  // no user tag survives expand_short_forms

void expand(source_node& node, std::vector<load_error>& errors, int depth) {
  if (depth > max_depth) {
    errors.push_back(error_at(node.where, "the template is nested too deeply"));
    return;
  }
  for (auto& item : node.items) expand(item, errors, depth + 1);
  for (auto& [key, value] : node.entries) expand(value, errors, depth + 1);
  if (node.tag.empty()) return;
  std::string tag = std::move(node.tag);
  node.tag.clear();
  auto form = std::find_if(std::begin(short_forms), std::end(short_forms),
                           [&](const auto& f) { return f.first == tag; });
  if (form == std::end(short_forms)) {
    std::vector<std::string_view> tags;
    for (const auto& f : short_forms) tags.push_back(f.first);
    errors.push_back(error_at(node.where, "unknown intrinsic function '" + shown_tag(tag) + "'" +
                                              did_you_mean(tag, tags)));
    node = failed_placeholder(node.where);
    return;
  }
  source_node key;
  key.type = source_node::kind::scalar;
  key.text = std::string(form->second);
  key.where = node.where;
  source_node call;
  call.type = source_node::kind::mapping;
  call.where = node.where;
  call.entries.emplace_back(std::move(key), std::move(node));
  node = std::move(call);
}

std::string describe_argument(const source_node& node) {
  if (node.is_sequence()) return "a list of " + std::to_string(node.items.size());
  return node.describe();
}

}  // namespace

source_node failed_placeholder(const source_location& where) {
  source_node node;
  node.where = where;
  node.tag = std::string(failed_tag);
  return node;
}

bool is_failed_placeholder(const source_node& node) {
  return node.is_null() && node.tag == failed_tag;
}

void expand_short_forms(source_node& node, std::vector<load_error>& errors) {
  expand(node, errors, 0);
}

std::string intrinsic_name(const source_node& node) {
  if (!node.is_mapping() || node.entries.size() != 1) return "";
  const std::string& key = node.entries.front().first.text;
  return looks_intrinsic(key) ? key : "";
}

intrinsic_resolver::intrinsic_resolver(std::map<std::string, std::optional<std::string>> parameters,
                                       const source_node* conditions,
                                       std::set<std::string> resources, pack_context context,
                                       std::vector<load_error>& errors)
    : parameters_(std::move(parameters)),
      resources_(std::move(resources)),
      context_(std::move(context)),
      errors_(errors) {
  if (!conditions || !conditions->is_mapping()) return;
  for (const auto& [name, expression] : conditions->entries) {
    conditions_[name.text].expression = &expression;
    condition_order_.push_back(name.text);
  }
}

void intrinsic_resolver::error(const source_location& where, std::string message) {
  errors_.push_back(error_at(where, std::move(message)));
}

void intrinsic_resolver::check_all_conditions() {
  for (const auto& name : condition_order_) condition(name, {});
}

std::optional<bool> intrinsic_resolver::condition(const std::string& name,
                                                  const source_location& used_at) {
  auto it = conditions_.find(name);
  if (it == conditions_.end()) {
    std::vector<std::string_view> names(condition_order_.begin(), condition_order_.end());
    error(used_at, "unknown condition '" + name + "'" + did_you_mean(name, names));
    return std::nullopt;
  }
  condition_entry& entry = it->second;
  if (entry.state == condition_state::done) return entry.result;
  if (entry.state == condition_state::visiting) {
    std::string chain;
    auto start = std::find(evaluating_.begin(), evaluating_.end(), name);
    for (auto step = start; step != evaluating_.end(); ++step) chain += *step + " -> ";
    error(used_at, "condition '" + name + "' depends on itself: " + chain + name);
    return std::nullopt;
  }
  entry.state = condition_state::visiting;
  evaluating_.push_back(name);
  std::optional<bool> result = evaluate(*entry.expression, 0);
  evaluating_.pop_back();
  entry.state = condition_state::done;
  entry.result = result;
  return result;
}

resolved intrinsic_resolver::value(const source_node& node) { return value_at(node, 0); }

resolved intrinsic_resolver::value_at(const source_node& node, int depth) {
  if (depth > max_depth) {
    error(node.where, "the template is nested too deeply");
    return {resolved::state::failed, {}};
  }
  if (is_failed_placeholder(node)) return {resolved::state::failed, node};
  if (node.is_sequence()) {
    resolved out{resolved::state::value, {}};
    out.node.type = source_node::kind::sequence;
    out.node.where = node.where;
    for (const auto& item : node.items) {
      resolved r = value_at(item, depth + 1);
      if (r.what == resolved::state::failed) {
        out.what = resolved::state::failed;
        out.node.items.push_back(failed_placeholder(item.where));
      } else if (r.what == resolved::state::value) {
        out.node.items.push_back(std::move(r.node));
      }
    }
    return out;
  }
  if (!node.is_mapping()) return {resolved::state::value, node};
  if (std::string name = intrinsic_name(node); !name.empty())
    return call(name, node.entries.front().second, node, depth + 1);
  resolved out{resolved::state::value, {}};
  out.node.type = source_node::kind::mapping;
  out.node.where = node.where;
  for (const auto& [key, item] : node.entries) {
    if (looks_intrinsic(key.text)) {
      error(key.where, "'" + key.text + "' calls an intrinsic function, so it must be the only "
                       "key of its mapping");
      out.what = resolved::state::failed;
      continue;
    }
    resolved r = value_at(item, depth + 1);
    if (r.what == resolved::state::failed) {
      out.what = resolved::state::failed;
      out.node.entries.emplace_back(key, failed_placeholder(item.where));
    } else if (r.what == resolved::state::value) {
      out.node.entries.emplace_back(key, std::move(r.node));
    }
  }
  return out;
}

resolved intrinsic_resolver::call(const std::string& function, const source_node& argument,
                                  const source_node& at, int depth) {
  const source_location& where = at.entries.front().first.where;
  if (function == "Ref") return ref(argument, at);
  if (function == "Fn::If") return fn_if(argument, at, depth);
  if (contains(condition_functions, function)) {
    error(where, "'" + function + "' belongs in the Conditions section; choose a value with "
                 "Fn::If on a condition");
  } else if (std::string message = unsupported_message(function); !message.empty()) {
    error(where, message);
  } else {
    error(where, unknown_function_message(function));
  }
  return {resolved::state::failed, {}};
}

resolved intrinsic_resolver::ref(const source_node& argument, const source_node& at) {
  if (!argument.is_scalar() || argument.text.empty()) {
    error(argument.where, "Ref takes the name of a parameter; found " + argument.describe());
    return {resolved::state::failed, {}};
  }
  const std::string& name = argument.text;
  if (auto it = parameters_.find(name); it != parameters_.end()) {
    if (!it->second) return {resolved::state::failed, {}};  // its own error says why
    source_node out;
    out.type = source_node::kind::scalar;
    out.text = *it->second;
    out.quoted = true;  // CloudFormation parameters are strings
    out.where = at.where;
    return {resolved::state::value, std::move(out)};
  }
  if (name.starts_with("AWS::")) return pseudo_parameter(name, argument);
  if (resources_.contains(name)) {
    error(argument.where, "Ref to resource '" + name + "' is not supported in rule packs (only "
                          "parameters and pseudo parameters)");
    return {resolved::state::failed, {}};
  }
  std::vector<std::string_view> names;
  for (const auto& [parameter, value] : parameters_) names.push_back(parameter);
  error(argument.where, "Ref to unknown parameter '" + name + "'" + did_you_mean(name, names));
  return {resolved::state::failed, {}};
}

resolved intrinsic_resolver::pseudo_parameter(const std::string& name, const source_node& at) {
  if (name == "AWS::NoValue") return {resolved::state::no_value, {}};
  auto text = [&](const std::string& value) {
    source_node out;
    out.type = source_node::kind::scalar;
    out.text = value;
    out.quoted = true;
    out.where = at.where;
    return resolved{resolved::state::value, std::move(out)};
  };
  auto needs = [&](const std::string& value, std::string_view what) {
    if (!value.empty() || untaken_branch_ > 0) return text(value);
    error(at.where, "Ref to " + name + ": no " + std::string(what) +
                        " was given to the pack, so it has no value here");
    return resolved{resolved::state::failed, {}};
  };
  if (name == "AWS::Partition") return text(context_.partition);
  if (name == "AWS::URLSuffix") return text(context_.url_suffix);
  if (name == "AWS::Region") return needs(context_.region, "region");
  if (name == "AWS::AccountId") return needs(context_.account_id, "account id");
  static const std::vector<std::string_view> unsupported{"AWS::StackName", "AWS::StackId",
                                                         "AWS::NotificationARNs"};
  if (std::find(unsupported.begin(), unsupported.end(), name) != unsupported.end()) {
    error(at.where, "pseudo parameter '" + name + "' is not supported in rule packs");
  } else {
    static const std::vector<std::string_view> known{
        "AWS::NoValue", "AWS::Partition", "AWS::URLSuffix", "AWS::Region", "AWS::AccountId",
        "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs"};
    error(at.where, "Ref to unknown pseudo parameter '" + name + "'" + did_you_mean(name, known));
  }
  return {resolved::state::failed, {}};
}

resolved intrinsic_resolver::fn_if(const source_node& argument, const source_node& at, int depth) {
  const source_location& where = at.entries.front().first.where;
  if (!argument.is_sequence() || argument.items.size() != 3 || !argument.items[0].is_scalar()) {
    error(where, "malformed Fn::If: it takes [condition name, value if true, value if false]; "
                 "found " + describe_argument(argument));
    return {resolved::state::failed, {}};
  }
  const source_node& name = argument.items[0];
  std::optional<bool> chosen = condition(name.text, name.where);
  // Both branches are resolved so that errors in either are reported; only the chosen one may
  // need a pseudo parameter's value.
  if (!chosen || !*chosen) ++untaken_branch_;
  resolved if_true = value_at(argument.items[1], depth + 1);
  if (!chosen || !*chosen) --untaken_branch_;
  if (!chosen || *chosen) ++untaken_branch_;
  resolved if_false = value_at(argument.items[2], depth + 1);
  if (!chosen || *chosen) --untaken_branch_;
  if (!chosen || if_true.what == resolved::state::failed ||
      if_false.what == resolved::state::failed)
    return {resolved::state::failed, {}};
  return *chosen ? std::move(if_true) : std::move(if_false);
}

std::optional<bool> intrinsic_resolver::evaluate(const source_node& expression, int depth) {
  if (depth > max_depth) {
    error(expression.where, "the template is nested too deeply");
    return std::nullopt;
  }
  if (!expression.is_mapping() || expression.entries.size() != 1) {
    error(expression.where, "a condition is Fn::Equals, Fn::Not, Fn::And, Fn::Or or Condition; "
                            "found " + expression.describe());
    return std::nullopt;
  }
  const auto& [key, argument] = expression.entries.front();
  return evaluate_call(key.text, argument, expression, depth + 1);
}

std::optional<bool> intrinsic_resolver::evaluate_call(const std::string& function,
                                                      const source_node& argument,
                                                      const source_node& at, int depth) {
  const source_location& where = at.entries.front().first.where;
  auto arguments = [&](std::size_t least, std::size_t most, std::string_view shape) {
    if (argument.is_sequence() && argument.items.size() >= least &&
        argument.items.size() <= most)
      return true;
    error(where, "malformed " + function + ": it takes " + std::string(shape) + "; found " +
                     describe_argument(argument));
    return false;
  };
  if (function == "Fn::Equals") {
    if (!arguments(2, 2, "a list of two values")) return std::nullopt;
    auto left = equals_operand(argument.items[0], depth);
    auto right = equals_operand(argument.items[1], depth);
    if (!left || !right) return std::nullopt;
    return *left == *right;
  }
  if (function == "Fn::Not") {
    if (!arguments(1, 1, "a list of one condition")) return std::nullopt;
    auto inner = evaluate(argument.items[0], depth);
    if (!inner) return std::nullopt;
    return !*inner;
  }
  if (function == "Fn::And" || function == "Fn::Or") {
    // CloudFormation's limits: 2 to 10 conditions.
    if (!arguments(2, 10, "a list of 2 to 10 conditions")) return std::nullopt;
    bool is_and = function == "Fn::And";
    std::optional<bool> result = is_and;
    for (const auto& item : argument.items) {
      auto inner = evaluate(item, depth);  // every operand, so that all errors are reported
      if (!inner) result.reset();
      else if (result) result = is_and ? (*result && *inner) : (*result || *inner);
    }
    return result;
  }
  if (function == "Condition") {
    if (!argument.is_scalar()) {
      error(argument.where, "Condition takes the name of a condition; found " +
                                argument.describe());
      return std::nullopt;
    }
    return condition(argument.text, argument.where);
  }
  if (function == "Ref" || function == "Fn::If") {
    error(where, "'" + function + "' does not give a condition; compare values with Fn::Equals");
  } else if (std::string message = unsupported_message(function); !message.empty()) {
    error(where, message);
  } else {
    error(where, unknown_function_message(function));
  }
  return std::nullopt;
}

std::optional<std::string> intrinsic_resolver::equals_operand(const source_node& operand,
                                                              int depth) {
  resolved r = value_at(operand, depth + 1);
  if (r.what == resolved::state::failed) return std::nullopt;
  if (r.what == resolved::state::no_value) {
    error(operand.where, "Fn::Equals cannot compare AWS::NoValue");
    return std::nullopt;
  }
  if (!r.node.is_scalar()) {
    error(operand.where, "Fn::Equals compares strings; found " + r.node.describe());
    return std::nullopt;
  }
  return r.node.text;
}

}  // namespace engine::pack
