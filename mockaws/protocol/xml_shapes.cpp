#include "mockaws/protocol/xml_shapes.hpp"

#include <algorithm>

#include "mockaws/protocol/member_scan.hpp"
#include "mockaws/protocol/path_context.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace mockaws::protocol {

namespace {

using models::member_location;
using models::shape;
using models::shape_ref;
using models::shape_type;
using models::timestamp_format;

// Members left out of a structure (a borrowed list's `omit`), or null for none.
using omitted = const std::vector<std::string_view>*;

void write_value(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value,
                 omitted omit = nullptr);
void write_structure_content(xml_writer& out, const shape& s, const json& value,
                             const borrowed_list* borrowed, omitted omit);

void write_namespace(xml_writer& out, const shape_ref& ref) {
  if (ref.xml_namespace_uri.empty()) return;
  if (ref.xml_namespace_prefix.empty()) {
    out.attribute("xmlns", ref.xml_namespace_uri);
  } else {
    std::string name = "xmlns:" + ref.xml_namespace_prefix;
    out.attribute(name, ref.xml_namespace_uri);
  }
}

// A list's items, item_at(i) giving the i-th: flattened lists repeat the item element in place
// of a wrapper. `omit` applies to structure items.
template <typename ItemAt>
void write_list_items(xml_writer& out, std::string_view name, const shape_ref& ref,
                      std::size_t count, ItemAt item_at, omitted omit) {
  const shape_ref& item = ref.target->list_member;
  if (ref.flattened) {
    std::string_view item_name = item.location_name.empty() ? name : item.location_name;
    for (std::size_t i = 0; i < count; ++i)
      with_index(i, [&] { write_value(out, item_name, item, item_at(i), omit); });
    return;
  }
  std::string_view item_name =
      item.location_name.empty() ? std::string_view("member") : std::string_view(item.location_name);
  out.open(name);
  write_namespace(out, ref);
  for (std::size_t i = 0; i < count; ++i)
    with_index(i, [&] { write_value(out, item_name, item, item_at(i), omit); });
  out.close(name);
}

void write_list(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value) {
  if (!value.is_array()) throw value_error("expected a list, got " + value.dump());
  write_list_items(
      out, name, ref, value.size(), [&](std::size_t i) -> const json& { return value[i]; },
      nullptr);
}

void write_map_entry(xml_writer& out, const shape& map, const std::string& key, const json& v) {
  write_value(out, map.map_key.wire_name("key"), map.map_key, key);
  write_value(out, map.map_value.wire_name("value"), map.map_value, v);
}

void write_map(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value) {
  if (!value.is_object()) throw value_error("expected a map, got " + value.dump());
  const shape& map = *ref.target;
  if (ref.flattened) {
    for (const auto& [key, v] : value.items()) {
      out.open(name);
      write_map_entry(out, map, key, v);
      out.close(name);
    }
    return;
  }
  out.open(name);
  write_namespace(out, ref);
  for (const auto& [key, v] : value.items()) {
    out.open("entry");
    with_member(key, [&] { write_map_entry(out, map, key, v); });
    out.close("entry");
  }
  out.close(name);
}

void write_value(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value,
                 omitted omit) {
  if (value.is_null()) return;
  const shape& s = *ref.target;
  switch (s.type) {
    case shape_type::structure:
      if (!value.is_object()) throw value_error("expected a structure, got " + value.dump());
      out.open(name);
      write_namespace(out, ref);
      write_structure_content(out, s, value, nullptr, omit);
      out.close(name);
      return;
    case shape_type::list:
      write_list(out, name, ref, value);
      return;
    case shape_type::map:
      write_map(out, name, ref, value);
      return;
    default: {
      const auto format = effective_format(ref, timestamp_format::iso8601);
      // The common cases, without a copy: strings, and timestamps stored in the canonical form
      // that XML's ISO 8601 expects.
      bool as_stored = value.is_string() &&
                       (s.type == shape_type::string ||
                        (s.type == shape_type::timestamp && format == timestamp_format::iso8601 &&
                         is_canonical_iso8601(value.get_ref<const std::string&>())));
      if (as_stored && ref.xml_namespace_uri.empty()) {
        out.text_element(name, value.get_ref<const std::string&>());
        return;
      }
      out.open(name);
      write_namespace(out, ref);
      if (as_stored)
        out.text(value.get_ref<const std::string&>());
      else
        out.text(scalar_to_text(s, value, format));
      out.close(name);
    }
  }
}

// The element name a member is read from: flattened lists use their item's name when it has one.
std::string_view element_name(const shape_ref& member) {
  if (member.flattened && member.target->type == shape_type::list &&
      !member.target->list_member.location_name.empty())
    return member.target->list_member.location_name;
  return member.wire_name();
}

json read_value(const shape_ref& ref, const pugi::xml_node& node);

json read_list_items(const shape_ref& item, const pugi::xml_node& container) {
  json items = json::array();
  for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
    if (child.type() != pugi::node_element) continue;
    items.push_back(with_index(items.size(), [&] { return read_value(item, child); }));
  }
  return items;
}

void read_map_entry(const shape& map, const pugi::xml_node& entry, json& out) {
  std::string_view key_name = map.map_key.wire_name("key");
  std::string_view value_name = map.map_value.wire_name("value");
  pugi::xml_node key, value;
  for (pugi::xml_node child = entry.first_child(); child; child = child.next_sibling()) {
    if (local_name(child) == key_name) key = child;
    else if (local_name(child) == value_name) value = child;
  }
  if (!key) throw value_error("map entry without <" + std::string(key_name) + ">");
  std::string k = key.child_value();
  out[k] = value ? read_value(map.map_value, value) : json();
}

json read_value(const shape_ref& ref, const pugi::xml_node& node) {
  const shape& s = *ref.target;
  switch (s.type) {
    case shape_type::structure:
      return read_xml_structure(s, node);
    case shape_type::list:
      return read_list_items(s.list_member, node);
    case shape_type::map: {
      json out = json::object();
      for (pugi::xml_node entry = node.first_child(); entry; entry = entry.next_sibling())
        if (entry.type() == pugi::node_element) read_map_entry(s, entry, out);
      return out;
    }
    default:
      return scalar_from_text(s, node.child_value(),
                              effective_format(ref, timestamp_format::iso8601));
  }
}

}  // namespace

std::string_view local_name(const pugi::xml_node& node) {
  std::string_view name = node.name();
  auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

void write_xml_member(xml_writer& out, const shape_ref& ref, const json& value) {
  with_member(ref.name, [&] { write_value(out, ref.wire_name(), ref, value); });
}

void write_xml_structure_content(xml_writer& out, const shape& s, const json& value,
                                 const borrowed_list* borrowed) {
  write_structure_content(out, s, value, borrowed, nullptr);
}

namespace {

bool is_omitted(omitted omit, const std::string& name) {
  return omit && std::find(omit->begin(), omit->end(), name) != omit->end();
}

void write_structure_content(xml_writer& out, const shape& s, const json& value,
                             const borrowed_list* borrowed, omitted omit) {
  member_values values(s, value);
  for (std::size_t i = 0; i < s.members.size(); ++i) {
    const shape_ref& member = s.members[i];
    if (!member.xml_attribute || member.location != member_location::body || !values[i]) continue;
    if (is_omitted(omit, member.name)) continue;
    with_member(member.name, [&] {
      out.attribute(member.wire_name(),
                    scalar_to_text(*member.target, *values[i],
                                   effective_format(member, timestamp_format::iso8601)));
    });
  }
  for (std::size_t i = 0; i < s.members.size(); ++i) {
    const shape_ref& member = s.members[i];
    if (member.xml_attribute || member.location != member_location::body) continue;
    if (borrowed && member.name == borrowed->member && member.target->type == shape_type::list) {
      with_member(member.name, [&] {
        write_list_items(
            out, member.wire_name(), member, borrowed->items.size(),
            [&](std::size_t k) -> const json& { return *borrowed->items[k]; }, &borrowed->omit);
      });
      continue;
    }
    if (values[i] && !is_omitted(omit, member.name)) write_xml_member(out, member, *values[i]);
  }
}

}  // namespace

json read_xml_structure(const shape& s, const pugi::xml_node& node) {
  json out = json::object();
  for (const auto& member : s.members) {
    if (member.location != member_location::body) continue;
    with_member(member.name, [&] {
      if (member.xml_attribute) {
        if (pugi::xml_attribute a = node.attribute(std::string(member.wire_name()).c_str()))
          out[member.name] = scalar_from_text(*member.target, a.value(),
                                              effective_format(member, timestamp_format::iso8601));
        return;
      }
      std::string_view name = element_name(member);
      bool flattened_list = member.flattened && member.target->type == shape_type::list;
      bool flattened_map = member.flattened && member.target->type == shape_type::map;
      for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element || local_name(child) != name) continue;
        if (flattened_list) {
          json& items = out[member.name];
          if (items.is_null()) items = json::array();
          items.push_back(read_value(member.target->list_member, child));
        } else if (flattened_map) {
          json& entries = out[member.name];
          if (entries.is_null()) entries = json::object();
          read_map_entry(*member.target, child, entries);
        } else {
          out[member.name] = read_value(member, child);
          break;
        }
      }
    });
  }
  return out;
}

}  // namespace mockaws::protocol
