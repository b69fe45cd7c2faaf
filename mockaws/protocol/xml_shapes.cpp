#include "mockaws/protocol/xml_shapes.hpp"

#include "mockaws/protocol/path_context.hpp"

namespace mockaws::protocol {

namespace {

using models::member_location;
using models::shape;
using models::shape_ref;
using models::shape_type;
using models::timestamp_format;

void write_value(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value);

void write_namespace(xml_writer& out, const shape_ref& ref) {
  if (ref.xml_namespace_uri.empty()) return;
  if (ref.xml_namespace_prefix.empty()) {
    out.attribute("xmlns", ref.xml_namespace_uri);
  } else {
    std::string name = "xmlns:" + ref.xml_namespace_prefix;
    out.attribute(name, ref.xml_namespace_uri);
  }
}

// A list's items: flattened lists repeat the item element in place of a wrapper.
void write_list(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value) {
  if (!value.is_array()) throw value_error("expected a list, got " + value.dump());
  const shape_ref& item = ref.target->list_member;
  if (ref.flattened) {
    std::string_view item_name = item.location_name.empty() ? name : item.location_name;
    for (std::size_t i = 0; i < value.size(); ++i)
      with_index(i, [&] { write_value(out, item_name, item, value[i]); });
    return;
  }
  std::string_view item_name =
      item.location_name.empty() ? std::string_view("member") : std::string_view(item.location_name);
  out.open(name);
  write_namespace(out, ref);
  for (std::size_t i = 0; i < value.size(); ++i)
    with_index(i, [&] { write_value(out, item_name, item, value[i]); });
  out.close(name);
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

void write_value(xml_writer& out, std::string_view name, const shape_ref& ref, const json& value) {
  if (value.is_null()) return;
  const shape& s = *ref.target;
  switch (s.type) {
    case shape_type::structure:
      if (!value.is_object()) throw value_error("expected a structure, got " + value.dump());
      out.open(name);
      write_namespace(out, ref);
      write_xml_structure_content(out, s, value);
      out.close(name);
      return;
    case shape_type::list:
      write_list(out, name, ref, value);
      return;
    case shape_type::map:
      write_map(out, name, ref, value);
      return;
    default:
      out.open(name);
      write_namespace(out, ref);
      if (s.type == shape_type::string && value.is_string())
        out.text(value.get_ref<const std::string&>());  // the common case, without a copy
      else
        out.text(scalar_to_text(s, value, effective_format(ref, timestamp_format::iso8601)));
      out.close(name);
  }
}

const json* find_member_value(const json& object, const shape_ref& member) {
  auto it = object.find(member.name);
  return it == object.end() || it->is_null() ? nullptr : &*it;
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

void write_xml_structure_content(xml_writer& out, const shape& s, const json& value) {
  for (const auto& member : s.members) {
    if (!member.xml_attribute || member.location != member_location::body) continue;
    if (const json* v = find_member_value(value, member))
      with_member(member.name, [&] {
        out.attribute(member.wire_name(),
                      scalar_to_text(*member.target, *v,
                                     effective_format(member, timestamp_format::iso8601)));
      });
  }
  for (const auto& member : s.members) {
    if (member.xml_attribute || member.location != member_location::body) continue;
    if (const json* v = find_member_value(value, member)) write_xml_member(out, member, *v);
  }
}

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
