#pragma once
// What Query and EC2 share: parameters from the URL and form body, and the XML parsing of
// responses on the client side.

#include <optional>

#include <pugixml.hpp>

#include "mockaws/http/message.hpp"
#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/query_params.hpp"

namespace mockaws::protocol {

// The query string's parameters plus, for a form-encoded body, the body's. Throws the protocol's
// malformed-body error, naming the bad pair, on a broken percent-escape.
param_map collect_query_params(models::protocol p, const http::request& request);

// POST / with Action, Version and the input as form parameters: how Query and EC2 clients send.
http::request encode_form_request(const models::service_model& service,
                                  const models::operation& operation, const json& input,
                                  query_dialect dialect);

// The value of a parameter named `name` in a form body or query string, found without decoding
// everything (used only to route). Empty when absent.
std::string peek_param(const http::request& request, std::string_view name);

// Parses an XML body into `doc`; false (and `error` set) when it is not well-formed.
bool parse_xml(pugi::xml_document& doc, const std::string& body, std::string* error);

// The first child element with this local name (namespace prefixes ignored).
pugi::xml_node child_element(const pugi::xml_node& parent, std::string_view name);

}  // namespace mockaws::protocol
