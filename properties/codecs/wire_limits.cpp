#include "properties/codecs/wire_limits.hpp"

#include <stdexcept>
#include <string>

namespace properties::codecs {

namespace {

using models::member_location;
using models::protocol;
using models::shape_type;

bool is_rest(protocol p) { return p == protocol::rest_json || p == protocol::rest_xml; }

medium body_medium(protocol p, bool request) {
  switch (p) {
    case protocol::json:
    case protocol::rest_json: return medium::json_body;
    case protocol::query: return request ? medium::query_params : medium::xml_body;
    case protocol::ec2: return request ? medium::ec2_params : medium::xml_body;
    case protocol::rest_xml: return medium::xml_body;
  }
  return medium::json_body;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string_view medium_name(medium m) {
  switch (m) {
    case medium::json_body: return "JSON body";
    case medium::query_params: return "Query parameters";
    case medium::ec2_params: return "EC2 parameters";
    case medium::xml_body: return "XML body";
    case medium::uri_label: return "URI label";
    case medium::query_string: return "query string";
    case medium::header: return "header";
    case medium::raw_payload: return "raw payload";
    case medium::xml_text_root: return "XML text root";
  }
  return "?";
}

medium member_medium(protocol p, bool request, const models::shape& top,
                     const models::shape_ref& member) {
  if (!is_rest(p)) {
    // JSON, Query and EC2 carry every member in the body; a bound member would be dropped by the
    // JSON codec, so fail loudly rather than generate values that cannot travel.
    if (member.location != member_location::body)
      throw std::logic_error(top.name + "." + member.name +
                             ": a bound member outside a REST protocol is not generated");
    return body_medium(p, request);
  }
  switch (member.location) {
    case member_location::uri: return medium::uri_label;
    case member_location::querystring: return medium::query_string;
    case member_location::header: return medium::header;
    case member_location::body: break;
    default:
      // `headers` maps (x-amz-meta-*) and status codes: no operation in use has them.
      throw std::logic_error(top.name + "." + member.name +
                             ": headers-map and statusCode members are not generated");
  }
  if (member.name == top.payload && (member.target->type == shape_type::string ||
                                     member.target->type == shape_type::blob))
    return medium::raw_payload;
  if (member.name == top.xml_text_root) return medium::xml_text_root;
  return body_medium(p, request);
}

bool carries_empty(medium m, const models::shape_ref& ref) {
  switch (ref.target->type) {
    case shape_type::list:
      switch (m) {
        case medium::json_body: return true;
        // botocore's QuerySerializer sends "Names=" for an empty list; its EC2Serializer sends
        // nothing at all, so EC2 cannot tell an empty list from an absent one.
        case medium::query_params: return true;
        case medium::ec2_params: return false;
        // A wrapped list is an empty wrapper element (<Names/>); a flattened list is only its
        // items, so an empty one leaves no element behind.
        case medium::xml_body: return !ref.flattened;
        // A query-string list is a key repeated once per item: zero items, zero keys.
        default: return false;
      }
    case shape_type::map:
      // Query and EC2 send a map as its entries' parameters only (Name.entry.N.key): no entry,
      // no parameter. XML keeps an empty wrapper unless flattened.
      if (m == medium::json_body) return true;
      if (m == medium::xml_body) return !ref.flattened;
      return false;
    case shape_type::structure:
      // In Query and EC2 a structure is nothing but the common prefix of its members' keys.
      return m == medium::json_body || m == medium::xml_body;
    case shape_type::string:
    case shape_type::blob:
      return text_rules_for(m).may_be_empty;
    default:
      return true;
  }
}

text_rules text_rules_for(medium m) {
  text_rules rules;
  switch (m) {
    case medium::json_body:
    case medium::query_params:
    case medium::ec2_params:
    case medium::query_string:
      // JSON escapes and percent-encoding carry any Unicode text, controls and NUL included.
      break;
    case medium::raw_payload:
      // An empty body is no payload at all: the REST codecs, like botocore, read it as absent.
      rules.may_be_empty = false;
      break;
    case medium::xml_text_root:
      // GetBucketLocation's empty <LocationConstraint/> means us-east-1, i.e. no value.
      rules.may_be_empty = false;
      [[fallthrough]];
    case medium::xml_body:
      // XML 1.0's Char production: no C0 controls but tab, LF and CR, not even as &#x1;.
      rules.chars = alphabet::xml_chars;
      break;
    case medium::uri_label:
      // An empty label leaves an empty path segment ("/functions//policy"), which routing
      // collapses, so the request would read as another operation or none.
      rules.may_be_empty = false;
      break;
    case medium::header:
      // RFC 9110 5.5: a field value is visible ASCII and inner spaces, and parsers strip the
      // whitespace around it; the REST codecs read an empty header as an absent member.
      rules.chars = alphabet::visible_ascii;
      rules.may_be_empty = false;
      rules.may_be_blank = false;
      rules.may_have_edge_space = false;
      break;
  }
  return rules;
}

bool fits(const text_rules& rules, std::string_view text) {
  // The alphabet is the character generator's business; these are properties of whole strings.
  if (text.empty()) return rules.may_be_empty;
  bool blank = true;
  for (char c : text) blank = blank && is_space(c);
  if (blank && !rules.may_be_blank) return false;
  if (!rules.may_have_edge_space && (is_space(text.front()) || is_space(text.back())))
    return false;
  return true;
}

models::timestamp_format timestamp_format_in(medium m, const models::shape_ref& ref) {
  if (ref.ts_format != models::timestamp_format::unspecified) return ref.ts_format;
  if (m == medium::json_body) return models::timestamp_format::unix_timestamp;
  if (m == medium::header) return models::timestamp_format::rfc822;
  return models::timestamp_format::iso8601;
}

bool carries_milliseconds(models::timestamp_format f) {
  return f != models::timestamp_format::rfc822;
}

}  // namespace properties::codecs
