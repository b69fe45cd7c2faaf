#pragma once
// API values <-> XML, driven by the model: element names from locationName, lists wrapped in
// <member>/<item> or flattened, maps as <entry><key/><value/></entry>, attributes and namespaces.
// Shared by the Query, EC2 and REST-XML codecs.

#include <string_view>

#include <pugixml.hpp>

#include "mockaws/protocol/codec.hpp"
#include "mockaws/protocol/values.hpp"
#include "mockaws/protocol/xml_writer.hpp"

namespace mockaws::protocol {

// Writes one member as element(s) named by its wire name (a flattened list or map writes one
// element per item). Skips null values. Throws value_error with the member path on a mismatch.
void write_xml_member(xml_writer& out, const models::shape_ref& ref, const json& value);

// Writes the body members of a structure (not those bound to URI, headers or status code) as
// child elements, and its attribute members as attributes of the element being opened: call
// right after `out.open(...)` of the structure's element. A borrowed list, when given, supplies
// the member it names.
void write_xml_structure_content(xml_writer& out, const models::shape& shape, const json& value,
                                 const borrowed_list* borrowed = nullptr);

// Reads the structure whose element is `node` (its body members and attributes).
json read_xml_structure(const models::shape& shape, const pugi::xml_node& node);

// The element's name without a namespace prefix.
std::string_view local_name(const pugi::xml_node& node);

}  // namespace mockaws::protocol
