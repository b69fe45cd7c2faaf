#include "engine/rules/rule.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <stdexcept>

#include "engine/policy/matching.hpp"
#include "engine/rules/port_list.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace engine::rules {

const parameter* find_parameter(const rule_definition& rule, std::string_view name) {
  auto it = std::find_if(rule.parameters.begin(), rule.parameters.end(),
                         [&](const parameter& p) { return p.name == name; });
  return it == rule.parameters.end() ? nullptr : &*it;
}

std::string rule_context::text(std::string_view name) const {
  if (auto it = parameters_.find(std::string(name)); it != parameters_.end()) return it->second;
  const parameter* spec = find_parameter(rule_, name);
  return spec ? std::string(spec->default_value) : std::string();
}

long long rule_context::integer(std::string_view name) const { return std::stoll(text(name)); }
double rule_context::decimal(std::string_view name) const { return std::stod(text(name)); }

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return policy::equal_text(a, b, policy::letter_case::insensitive);
}

}  // namespace

bool rule_context::boolean(std::string_view name) const {
  std::string value = text(name);
  const parameter* spec = find_parameter(rule_, name);
  if (spec && spec->case_sensitive) return value == "true";
  return equal_ignoring_case(value, "true");
}

std::string parameter_problem(const parameter& spec, std::string_view value) {
  switch (spec.kind) {
    case parameter_kind::integer: {
      long long n = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || end != value.data() + value.size())
        return "must be an integer, got '" + std::string(value) + "'";
      break;  // an integer may still have to be one of the choices (MinRetentionTime's days)
    }
    case parameter_kind::decimal: {
      // A plain decimal number, as AWS Config's double parameters take: digits with an optional
      // sign, point and exponent; no hex, inf or nan (strtod would accept those).
      std::string text(value);
      bool plain = !text.empty() && text.find_first_not_of("0123456789+-.eE") == std::string::npos;
      char* end = nullptr;
      errno = 0;
      if (plain) std::strtod(text.c_str(), &end);
      if (!plain || end != text.c_str() + text.size()) return "must be a number, got '" + text + "'";
      if (errno == ERANGE) return "is out of range, got '" + text + "'";
      return {};
    }
    case parameter_kind::boolean:
      if (!equal_ignoring_case(value, "true") && !equal_ignoring_case(value, "false"))
        return "must be true or false, got '" + std::string(value) + "'";
      return {};
    case parameter_kind::port_list:
      return port_list_problem(value);
    case parameter_kind::string:
      break;
  }
  if (spec.choices.empty() || value.empty()) return {};
  std::string_view rest = spec.choices;
  while (!rest.empty()) {
    auto bar = rest.find('|');
    if (equal_ignoring_case(rest.substr(0, bar), value)) return {};
    rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
  }
  std::string listed(spec.choices);
  for (char& c : listed)
    if (c == '|') c = ',';
  return "must be one of " + listed + ", got '" + std::string(value) + "'";
}

evaluation rule_context::about(const configuration_item& item, compliance result,
                               std::string annotation) const {
  return {std::string(rule_.identifier), item.resource_type, item.resource_id, item.resource_name,
          item.region, result, std::move(annotation)};
}

evaluation rule_context::about_account(const std::string& region, compliance result,
                                       std::string annotation) const {
  return {std::string(rule_.identifier), std::string(account_resource_type),
          inventory_.account_id(), "", region, result, std::move(annotation)};
}

const json* rule_context::read(const configuration_item& item, std::string_view name) const {
  const auto& declared = rule_.reads.supplements;
  if (std::find(declared.begin(), declared.end(), name) == declared.end())
    throw std::logic_error(std::string(rule_.identifier) + " reads " + std::string(name) +
                           " without declaring it in reads.supplements");
  return item.supplement(std::string(name));
}

std::vector<std::string_view> judged_types(const rule_definition& rule) {
  if (rule.resource_type == account_resource_type) return {};
  std::vector<std::string_view> out = {rule.resource_type};
  out.insert(out.end(), rule.more_types.begin(), rule.more_types.end());
  return out;
}

std::vector<std::string_view> types_read(const rule_definition& rule) {
  if (!rule.reads.types.empty()) return rule.reads.types;
  return judged_types(rule);
}

std::optional<long long> rule_context::hours_since(const json& timestamp) const {
  if (!timestamp.is_string()) return std::nullopt;
  auto t = mockaws::protocol::parse_iso8601(timestamp.get<std::string>());
  if (!t) return std::nullopt;
  return std::chrono::duration_cast<std::chrono::hours>(inventory_.now() - *t).count();
}

std::optional<long long> rule_context::days_since(const json& timestamp) const {
  auto hours = hours_since(timestamp);
  if (!hours) return std::nullopt;
  return *hours / 24;
}

}  // namespace engine::rules
