#include "mockaws/protocol/json_shapes.hpp"

#include <algorithm>

#include "mockaws/protocol/member_scan.hpp"
#include "mockaws/protocol/path_context.hpp"

namespace mockaws::protocol {

namespace {

using models::member_location;
using models::shape;
using models::shape_ref;
using models::shape_type;
using models::timestamp_format;

// Members left out of a structure (a borrowed list's `omit`), or null for none.
using omitted = const std::vector<std::string_view>*;

json write_structure(const shape& s, const json& value, const borrowed_list* borrowed,
                     omitted omit);

json write_value(const shape_ref& ref, const json& value, omitted omit = nullptr) {
  const shape& s = *ref.target;
  if (s.document) return value;
  switch (s.type) {
    case shape_type::structure:
      if (!value.is_object()) throw value_error("expected a structure, got " + value.dump());
      return write_structure(s, value, nullptr, omit);
    case shape_type::list: {
      if (!value.is_array()) throw value_error("expected a list, got " + value.dump());
      json out = json::array();
      for (std::size_t i = 0; i < value.size(); ++i)
        out.push_back(with_index(i, [&] { return write_value(s.list_member, value[i]); }));
      return out;
    }
    case shape_type::map: {
      if (!value.is_object()) throw value_error("expected a map, got " + value.dump());
      json out = json::object();
      for (const auto& [key, v] : value.items())
        out[key] = with_member(key, [&] { return write_value(s.map_value, v); });
      return out;
    }
    default:
      return scalar_to_json(s, value, effective_format(ref, timestamp_format::unix_timestamp));
  }
}

json read_value(const shape_ref& ref, const json& wire) {
  const shape& s = *ref.target;
  if (s.document) return wire;
  switch (s.type) {
    case shape_type::structure:
      if (!wire.is_object()) throw value_error("expected a structure, got " + wire.dump());
      return read_json_structure(s, wire);
    case shape_type::list: {
      if (!wire.is_array()) throw value_error("expected a list, got " + wire.dump());
      json out = json::array();
      for (std::size_t i = 0; i < wire.size(); ++i)
        out.push_back(with_index(i, [&] { return read_value(s.list_member, wire[i]); }));
      return out;
    }
    case shape_type::map: {
      if (!wire.is_object()) throw value_error("expected a map, got " + wire.dump());
      json out = json::object();
      for (const auto& [key, v] : wire.items())
        out[key] = with_member(key, [&] { return read_value(s.map_value, v); });
      return out;
    }
    default:
      return scalar_from_json(s, wire);
  }
}

json write_structure(const shape& s, const json& value, const borrowed_list* borrowed,
                     omitted omit) {
  json out = json::object();
  member_values values(s, value);
  for (std::size_t index = 0; index < s.members.size(); ++index) {
    const shape_ref& member = s.members[index];
    if (member.location != member_location::body) continue;
    if (borrowed && member.name == borrowed->member && member.target->type == shape_type::list) {
      json items = json::array();
      with_member(member.name, [&] {
        for (std::size_t i = 0; i < borrowed->items.size(); ++i)
          items.push_back(with_index(i, [&] {
            return write_value(member.target->list_member, *borrowed->items[i], &borrowed->omit);
          }));
      });
      out[std::string(member.wire_name())] = std::move(items);
      continue;
    }
    if (!values[index]) continue;
    if (omit && std::find(omit->begin(), omit->end(), member.name) != omit->end()) continue;
    out[std::string(member.wire_name())] =
        with_member(member.name, [&] { return write_value(member, *values[index]); });
  }
  return out;
}

}  // namespace

json write_json_structure(const shape& s, const json& value, const borrowed_list* borrowed) {
  return write_structure(s, value, borrowed, nullptr);
}

json read_json_structure(const shape& s, const json& body) {
  json out = json::object();
  for (const auto& member : s.members) {
    if (member.location != member_location::body) continue;
    auto it = body.find(member.wire_name());
    if (it == body.end() || it->is_null()) continue;
    out[member.name] = with_member(member.name, [&] { return read_value(member, *it); });
  }
  return out;
}

json write_json_value(const shape_ref& ref, const json& value) { return write_value(ref, value); }

json read_json_value(const shape_ref& ref, const json& wire) { return read_value(ref, wire); }

}  // namespace mockaws::protocol
