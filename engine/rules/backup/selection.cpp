#include "engine/rules/backup/selection.hpp"

#include <algorithm>
#include <optional>

#include "engine/policy/matching.hpp"

namespace engine::rules {

namespace {

using nlohmann::json;

std::string text(const json& object, const char* key) {
  if (!object.is_object()) return {};
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const json& list(const json& object, const char* key) {
  static const json empty = json::array();
  if (!object.is_object()) return empty;
  auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : empty;
}

// "aws:ResourceTag/backup" and "backup" name the same tag.
std::string tag_key(std::string key) {
  static const std::string prefix = "aws:resourcetag/";
  if (key.size() > prefix.size() && policy::lower_case(key.substr(0, prefix.size())) == prefix)
    key.erase(0, prefix.size());
  return key;
}

std::optional<std::string> tag(const tag_map& tags, const std::string& key) {
  auto it = tags.find(tag_key(key));
  if (it == tags.end()) return std::nullopt;
  return it->second;
}

bool pattern_matches(const std::string& pattern, const std::string& arn) {
  return policy::glob_match(pattern, arn, policy::letter_case::sensitive);
}

// The first pattern of `key` that matches, or "".
std::string matching_pattern(const json& selection, const char* key, const std::string& arn) {
  for (const auto& p : list(selection, key))
    if (p.is_string() && pattern_matches(p.get<std::string>(), arn)) return p.get<std::string>();
  return {};
}

std::string describe_test(const char* op, const json& test) {
  return std::string(op) + " " + text(test, "ConditionKey") + "=" + text(test, "ConditionValue");
}

// The first Conditions test that fails, or "".
std::string failed_condition(const json& conditions, const tag_map& tags) {
  for (const char* op : {"StringEquals", "StringLike", "StringNotEquals", "StringNotLike"}) {
    std::string name(op);
    bool like = name.find("Like") != std::string::npos;
    bool negated = name.find("Not") != std::string::npos;
    for (const auto& test : list(conditions, op)) {
      auto value = tag(tags, text(test, "ConditionKey"));
      std::string wanted = text(test, "ConditionValue");
      bool matches = value && (like ? pattern_matches(wanted, *value) : *value == wanted);
      if (matches == negated) return describe_test(op, test);
    }
  }
  return {};
}

// The first ListOfTags test the resource passes, or "".
std::string matching_tag_test(const json& selection, const tag_map& tags) {
  for (const auto& test : list(selection, "ListOfTags")) {
    if (policy::lower_case(text(test, "ConditionType")) != "stringequals") continue;
    auto value = tag(tags, text(test, "ConditionKey"));
    if (value && *value == text(test, "ConditionValue")) return describe_test("ListOfTags", test);
  }
  return {};
}

}  // namespace

tag_map tags_of(const json& key_value_list) {
  tag_map out;
  if (!key_value_list.is_array()) return out;
  for (const auto& entry : key_value_list)
    if (entry.is_object() && entry.contains("Key")) out[text(entry, "Key")] = text(entry, "Value");
  return out;
}

selection_match selection_covers(const json& selection, const std::string& arn, const tag_map& tags) {
  std::string why;
  bool any_inclusion = !list(selection, "Resources").empty() || !list(selection, "ListOfTags").empty();
  if (!any_inclusion) {
    why = "it names no Resources or ListOfTags (every resource)";
  } else if (std::string p = matching_pattern(selection, "Resources", arn); !p.empty()) {
    why = "Resources " + p;
  } else if (std::string t = matching_tag_test(selection, tags); !t.empty()) {
    why = t;
  } else {
    return {false, "neither its Resources nor its ListOfTags match"};
  }
  if (const json* conditions = selection.is_object() && selection.contains("Conditions") ? &selection["Conditions"] : nullptr)
    if (std::string failed = failed_condition(*conditions, tags); !failed.empty())
      return {false, "its Conditions test " + failed + " fails"};
  if (std::string p = matching_pattern(selection, "NotResources", arn); !p.empty())
    return {false, "its NotResources " + p + " excludes it"};
  return {true, why};
}

}  // namespace engine::rules
