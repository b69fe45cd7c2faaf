#pragma once
// Small helpers for handlers that read API-shaped collections out of a service's state.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace mockaws::services {

using json = nlohmann::json;

// state[name] when it is an array, else an empty array.
const json& items(const json& state, std::string_view name);
// state[name] when present and not null, else nullptr.
const json* member(const json& object, std::string_view name);
// object[name] as a string, or "" when absent or not a string.
std::string string_at(const json& object, std::string_view name);
// The first item whose string member `key` equals `value`, or nullptr.
const json* find_item(const json& list, std::string_view key, std::string_view value);
// The items whose string member `key` is one of `wanted`; all items when `wanted` is null or an
// empty array (the usual meaning of an omitted id filter).
json select_by(const json& list, std::string_view key, const json* wanted);
// The items whose string member `key` starts with `prefix` (all when prefix is empty).
json select_by_prefix(const json& list, std::string_view key, std::string_view prefix);

}  // namespace mockaws::services
