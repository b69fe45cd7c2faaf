#include "engine/rules/policy_document.hpp"

#include <algorithm>
#include <cctype>

namespace engine::rules {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string text_of(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  return value.dump();
}

}  // namespace

std::optional<json> parse_policy(const json& value) {
  if (value.is_object()) return value;
  if (!value.is_string()) return std::nullopt;
  json parsed = json::parse(value.get<std::string>(), nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
  return parsed;
}

std::vector<json> statements_of(const json& policy) {
  auto it = policy.find("Statement");
  if (it == policy.end()) return {};
  if (it->is_object()) return {*it};
  if (it->is_array()) return std::vector<json>(it->begin(), it->end());
  return {};
}

std::vector<std::string> strings_of(const json& statement, std::string_view member) {
  std::vector<std::string> out;
  auto it = statement.find(member);
  if (it == statement.end()) return out;
  if (it->is_array()) {
    for (const auto& v : *it) out.push_back(text_of(v));
  } else {
    out.push_back(text_of(*it));
  }
  return out;
}

bool wildcard_match(std::string_view pattern, std::string_view value) {
  // Iterative glob with '*' (any run) and '?' (one character).
  std::size_t p = 0, v = 0, star = std::string_view::npos, mark = 0;
  auto same = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  while (v < value.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || same(pattern[p], value[v]))) {
      ++p;
      ++v;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = v;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      v = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool covers_action(const json& statement, std::string_view action) {
  for (const auto& a : strings_of(statement, "Action"))
    if (wildcard_match(a, action)) return true;
  return false;
}

bool applies_to_everyone(const json& statement) {
  auto principal = statement.find("Principal");
  if (principal == statement.end()) return false;
  if (principal->is_string()) return principal->get<std::string>() == "*";
  if (!principal->is_object()) return false;
  auto aws = principal->find("AWS");
  if (aws == principal->end()) return false;
  if (aws->is_string()) return aws->get<std::string>() == "*";
  if (aws->is_array())
    return std::any_of(aws->begin(), aws->end(),
                       [](const json& p) { return p.is_string() && p.get<std::string>() == "*"; });
  return false;
}

std::vector<std::string> condition_values(const json& statement, std::string_view op,
                                          std::string_view key) {
  std::vector<std::string> out;
  auto condition = statement.find("Condition");
  if (condition == statement.end() || !condition->is_object()) return out;
  for (const auto& [operator_name, clauses] : condition->items()) {
    if (!equal_ignoring_case(operator_name, op) || !clauses.is_object()) continue;
    for (const auto& [name, values] : clauses.items()) {
      if (!equal_ignoring_case(name, key)) continue;
      if (values.is_array()) {
        for (const auto& v : values) out.push_back(text_of(v));
      } else {
        out.push_back(text_of(values));
      }
    }
  }
  return out;
}

bool has_condition_on(const json& statement, const std::vector<std::string_view>& keys) {
  auto condition = statement.find("Condition");
  if (condition == statement.end() || !condition->is_object()) return false;
  for (const auto& [operator_name, clauses] : condition->items()) {
    if (!clauses.is_object()) continue;
    for (const auto& [name, values] : clauses.items())
      for (auto key : keys)
        if (equal_ignoring_case(name, key)) return true;
  }
  return false;
}

}  // namespace engine::rules
