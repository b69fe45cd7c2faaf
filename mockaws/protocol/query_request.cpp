#include "mockaws/protocol/query_request.hpp"

#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/protocol/xml_shapes.hpp"

namespace mockaws::protocol {

namespace {

bool form_body(const http::request& request) {
  std::string_view type = request.header("content-type");
  return type.empty() ? request.method == "POST"
                      : type.substr(0, 33) == "application/x-www-form-urlencoded";
}

void add_params(param_map& params, models::protocol p, std::string_view text,
                bool plus_is_space) {
  std::string bad;
  auto parsed = parse_params(text, plus_is_space, &bad);
  if (!parsed)
    throw malformed_body(p, "malformed percent-encoding in parameter '" + bad + "'");
  for (auto& [key, value] : *parsed) params.insert_or_assign(std::move(key), std::move(value));
}

}  // namespace

param_map collect_query_params(models::protocol p, const http::request& request) {
  param_map params;
  // In a URL '+' is literal unless the client form-encoded it; AWS SDKs never send '+' for a
  // space, so the query string keeps '+' and only the form body decodes it as a space.
  add_params(params, p, request.query(), false);
  if (form_body(request)) add_params(params, p, request.body, true);
  return params;
}

http::request encode_form_request(const models::service_model& service,
                                  const models::operation& operation, const json& input,
                                  query_dialect dialect) {
  param_list params = {{"Action", operation.name}, {"Version", service.api_version()}};
  if (operation.input) write_query_structure(params, *operation.input, input, dialect);
  http::request request;
  request.method = "POST";
  request.target = "/";
  request.headers = {{"content-type", "application/x-www-form-urlencoded; charset=utf-8"}};
  request.body = format_params(params);
  return request;
}

std::string peek_param(const http::request& request, std::string_view name) {
  for (std::string_view text : {std::string_view(request.body), request.query()}) {
    while (!text.empty()) {
      auto amp = text.find('&');
      std::string_view pair = text.substr(0, amp);
      text = amp == std::string_view::npos ? std::string_view{} : text.substr(amp + 1);
      if (pair.size() > name.size() && pair.substr(0, name.size()) == name &&
          pair[name.size()] == '=')
        return percent_decode(pair.substr(name.size() + 1), true).value_or(std::string());
    }
  }
  return {};
}

bool parse_xml(pugi::xml_document& doc, const std::string& body, std::string* error) {
  // parse_ws_pcdata_single keeps an element's whitespace-only text (<Marker> </Marker> is " ",
  // as botocore reads it); the default flags dropped it. Found by the codec property
  // (properties/codecs).
  pugi::xml_parse_result result =
      doc.load_buffer(body.data(), body.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!result && error)
    *error = std::string(result.description()) + " at byte " + std::to_string(result.offset);
  return static_cast<bool>(result);
}

pugi::xml_node child_element(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling())
    if (child.type() == pugi::node_element && local_name(child) == name) return child;
  return {};
}

}  // namespace mockaws::protocol
