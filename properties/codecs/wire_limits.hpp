#pragma once
// What each part of an AWS wire can carry. The codec properties generate only values the wire
// can express, so that "decodes to the same value" is an exact equality and never a weakened
// one: every restriction lives here, named after the AWS (or HTTP, XML) behaviour behind it.

#include <string_view>

#include "mockaws/models/service_model.hpp"

namespace properties::codecs {

namespace models = mockaws::models;

// Where a value travels: a body format, or one of the REST bindings.
enum class medium {
  json_body,      // JSON 1.0/1.1 and REST-JSON documents
  query_params,   // Query form parameters (IAM, RDS, STS requests)
  ec2_params,     // EC2 form parameters
  xml_body,       // Query and EC2 responses, REST-XML bodies
  uri_label,      // a {Label} of a REST request URI
  query_string,   // a REST member bound to the query string
  header,         // a REST member bound to an HTTP header
  raw_payload,    // a string or blob member that is the whole REST body
  xml_text_root,  // S3 GetBucketLocation: the text of a bare root element
};

std::string_view medium_name(medium m);

// The medium of a top-level member of an operation's input (`request`) or output.
medium member_medium(models::protocol p, bool request, const models::shape& top,
                     const models::shape_ref& member);

// Whether an empty list, map, structure or string at `ref` comes back as present-and-empty
// (true) or vanishes (false). Where it vanishes the generator makes the value non-empty.
bool carries_empty(medium m, const models::shape_ref& ref);

// Which characters a string may hold in a medium.
enum class alphabet { any_unicode, xml_chars, visible_ascii };

struct text_rules {
  alphabet chars = alphabet::any_unicode;
  bool may_be_empty = true;
  bool may_be_blank = true;           // only whitespace
  bool may_have_edge_space = true;    // leading or trailing whitespace
};

text_rules text_rules_for(medium m);
bool fits(const text_rules& rules, std::string_view utf8);

// The timestamp format a member travels in, from the member's trait or the medium's default.
models::timestamp_format timestamp_format_in(medium m, const models::shape_ref& ref);
// RFC 822 dates ("Fri, 01 Mar 2024 12:00:00 GMT") have no fraction of a second.
bool carries_milliseconds(models::timestamp_format f);

}  // namespace properties::codecs
