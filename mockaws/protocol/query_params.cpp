#include "mockaws/protocol/query_params.hpp"

#include "mockaws/protocol/path_context.hpp"

namespace mockaws::protocol {

namespace {

using models::shape;
using models::shape_ref;
using models::shape_type;
using models::timestamp_format;

std::string join(const std::string& prefix, std::string_view name) {
  return prefix.empty() ? std::string(name) : prefix + "." + std::string(name);
}

std::string member_key(const shape_ref& member, query_dialect dialect) {
  if (dialect == query_dialect::ec2) {
    if (!member.query_name.empty()) return member.query_name;
    if (!member.location_name.empty()) {
      std::string name = member.location_name;
      if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
      return name;
    }
    return member.name;
  }
  return std::string(member.wire_name());
}

// The prefix under which list item N (1-based) lives, without the ".N".
std::string list_items_prefix(const std::string& prefix, const shape_ref& ref,
                              query_dialect dialect) {
  const shape_ref& item = ref.target->list_member;
  if (dialect == query_dialect::ec2) return prefix;
  if (!ref.flattened) return prefix + "." + (item.location_name.empty() ? "member" : item.location_name);
  if (item.location_name.empty()) return prefix;
  // A flattened list with a named item replaces the member's own name with the item's.
  auto dot = prefix.rfind('.');
  return dot == std::string::npos ? item.location_name
                                  : prefix.substr(0, dot + 1) + item.location_name;
}

std::string map_entries_prefix(const std::string& prefix, const shape_ref& ref) {
  return ref.flattened ? prefix : prefix + ".entry";
}

// True when a parameter named `key` or starting with `key.` exists.
bool has_params_under(const param_map& params, const std::string& key) {
  auto it = params.lower_bound(key);
  if (it == params.end()) return false;
  if (it->first == key) return true;
  return it->first.size() > key.size() && it->first.compare(0, key.size(), key) == 0 &&
         it->first[key.size()] == '.';
}

json read_value(const shape_ref& ref, const param_map& params, const std::string& key,
                query_dialect dialect);

json read_structure(const shape& s, const param_map& params, const std::string& prefix,
                    query_dialect dialect) {
  json out = json::object();
  for (const auto& member : s.members) {
    std::string key = join(prefix, member_key(member, dialect));
    bool present = member.target->type == shape_type::list
                       ? has_params_under(params, key) ||
                             has_params_under(params, list_items_prefix(key, member, dialect))
                       : has_params_under(params, key);
    if (!present) continue;
    out[member.name] =
        with_member(member.name, [&] { return read_value(member, params, key, dialect); });
  }
  return out;
}

json read_value(const shape_ref& ref, const param_map& params, const std::string& key,
                query_dialect dialect) {
  const shape& s = *ref.target;
  switch (s.type) {
    case shape_type::structure:
      return read_structure(s, params, key, dialect);
    case shape_type::list: {
      json items = json::array();
      // "Names=" with an empty value is how Query sends an empty list.
      std::string items_prefix = list_items_prefix(key, ref, dialect);
      for (std::size_t i = 1;; ++i) {
        std::string item_key = items_prefix + "." + std::to_string(i);
        if (!has_params_under(params, item_key)) break;
        items.push_back(with_index(i - 1, [&] {
          return read_value(s.list_member, params, item_key, dialect);
        }));
      }
      return items;
    }
    case shape_type::map: {
      json out = json::object();
      std::string entries = map_entries_prefix(key, ref);
      std::string key_name(s.map_key.wire_name("key"));
      std::string value_name(s.map_value.wire_name("value"));
      for (std::size_t i = 1;; ++i) {
        std::string entry = entries + "." + std::to_string(i);
        auto k = params.find(entry + "." + key_name);
        if (k == params.end()) break;
        out[k->second] = with_member(k->second, [&] {
          return read_value(s.map_value, params, entry + "." + value_name, dialect);
        });
      }
      return out;
    }
    default: {
      auto it = params.find(key);
      if (it == params.end()) return json();
      return scalar_from_text(s, it->second, effective_format(ref, timestamp_format::iso8601));
    }
  }
}

void write_value(param_list& out, const shape_ref& ref, const json& value, const std::string& key,
                 query_dialect dialect);

void write_structure(param_list& out, const shape& s, const json& value, const std::string& prefix,
                     query_dialect dialect) {
  if (!value.is_object()) throw value_error("expected a structure, got " + value.dump());
  for (const auto& member : s.members) {
    auto it = value.find(member.name);
    if (it == value.end() || it->is_null()) continue;
    with_member(member.name, [&] {
      write_value(out, member, *it, join(prefix, member_key(member, dialect)), dialect);
    });
  }
}

void write_value(param_list& out, const shape_ref& ref, const json& value, const std::string& key,
                 query_dialect dialect) {
  const shape& s = *ref.target;
  switch (s.type) {
    case shape_type::structure:
      write_structure(out, s, value, key, dialect);
      return;
    case shape_type::list: {
      if (!value.is_array()) throw value_error("expected a list, got " + value.dump());
      if (value.empty()) {
        if (dialect == query_dialect::query) out.emplace_back(key, "");
        return;
      }
      std::string items_prefix = list_items_prefix(key, ref, dialect);
      for (std::size_t i = 0; i < value.size(); ++i)
        with_index(i, [&] {
          write_value(out, s.list_member, value[i], items_prefix + "." + std::to_string(i + 1),
                      dialect);
        });
      return;
    }
    case shape_type::map: {
      if (!value.is_object()) throw value_error("expected a map, got " + value.dump());
      std::string entries = map_entries_prefix(key, ref);
      std::size_t i = 1;
      for (const auto& [k, v] : value.items()) {
        std::string entry = entries + "." + std::to_string(i++);
        out.emplace_back(entry + "." + std::string(s.map_key.wire_name("key")), k);
        with_member(k, [&] {
          write_value(out, s.map_value, v, entry + "." + std::string(s.map_value.wire_name("value")),
                      dialect);
        });
      }
      return;
    }
    default:
      out.emplace_back(key, scalar_to_text(s, value, effective_format(ref, timestamp_format::iso8601)));
  }
}

}  // namespace

json read_query_structure(const shape& s, const param_map& params, query_dialect dialect) {
  return read_structure(s, params, "", dialect);
}

void write_query_structure(param_list& out, const shape& s, const json& value,
                           query_dialect dialect) {
  write_structure(out, s, value, "", dialect);
}

}  // namespace mockaws::protocol
