#include "mockaws/services/collections.hpp"

#include <algorithm>

namespace mockaws::services {

const json& items(const json& state, std::string_view name) {
  static const json empty = json::array();
  const json* found = member(state, name);
  return found && found->is_array() ? *found : empty;
}

const json* member(const json& object, std::string_view name) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(name);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string string_at(const json& object, std::string_view name) {
  const json* value = member(object, name);
  return value && value->is_string() ? value->get<std::string>() : std::string();
}

const json* find_item(const json& list, std::string_view key, std::string_view value) {
  for (const auto& item : list)
    if (const json* v = member(item, key); v && v->is_string() && *v == value) return &item;
  return nullptr;
}

json select_by(const json& list, std::string_view key, const json* wanted) {
  if (!wanted || !wanted->is_array() || wanted->empty()) return list;
  json out = json::array();
  for (const auto& item : list) {
    const json* v = member(item, key);
    if (v && std::find(wanted->begin(), wanted->end(), *v) != wanted->end()) out.push_back(item);
  }
  return out;
}

json select_by_prefix(const json& list, std::string_view key, std::string_view prefix) {
  if (prefix.empty()) return list;
  json out = json::array();
  for (const auto& item : list)
    if (string_at(item, key).compare(0, prefix.size(), prefix) == 0) out.push_back(item);
  return out;
}

}  // namespace mockaws::services
