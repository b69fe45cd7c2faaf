// REST-XML (S3, CloudFront): the operation is found by method and URI template (S3 path-style:
// "/{Bucket}?encryption"); members travel in the URI, query string, headers and an XML body.

#include "mockaws/protocol/rest_xml_codec.hpp"

#include "mockaws/protocol/codec_support.hpp"
#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/protocol/query_request.hpp"
#include "mockaws/protocol/rest_binding.hpp"
#include "mockaws/protocol/xml_shapes.hpp"

namespace mockaws::protocol {

namespace {

using models::protocol;
using models::shape_type;

constexpr const char* xml_content_type = "application/xml";

// S3 speaks its own dialect of REST-XML errors (<Error> at the root, x-amz-request-id);
// CloudFront and the rest use <ErrorResponse>. The signing name tells them apart.
bool s3_dialect(const models::service_model& service) { return service.signing_name() == "s3"; }

bool raw_payload(const models::shape_ref& payload) {
  return payload.target->type == shape_type::blob || payload.target->type == shape_type::string;
}

// The XML body for `value`. Empty when nothing travels in the body.
std::string write_body(const models::service_model& service, const models::shape& s,
                       const json& value, const borrowed_list* borrowed = nullptr) {
  xml_writer out;
  if (!s.xml_text_root.empty()) {
    // S3 GetBucketLocation: a bare root element whose text is the member's value.
    auto it = value.find(s.xml_text_root);
    out.declaration();
    out.open(s.xml_text_root);
    out.attribute("xmlns", service.xml_namespace());
    if (it != value.end() && !it->is_null()) out.text(it->get<std::string>());
    out.close(s.xml_text_root);
    return out.take();
  }
  if (const auto* payload = payload_member(s)) {
    auto it = value.find(payload->name);
    if (it == value.end() || it->is_null()) return {};
    if (raw_payload(*payload)) {
      if (payload->target->type == shape_type::blob)
        return base64_decode(it->get<std::string>()).value_or(std::string());
      return it->get<std::string>();
    }
    out.declaration();
    std::string_view root = payload->wire_name();
    out.open(root);
    out.attribute("xmlns", payload->xml_namespace_uri.empty() ? service.xml_namespace()
                                                              : payload->xml_namespace_uri);
    write_xml_structure_content(out, *payload->target, *it);
    out.close(root);
    return out.take();
  }
  if (!has_body_members(s)) return {};
  out.declaration();
  std::string_view root = s.location_name.empty() ? std::string_view(s.name) : s.location_name;
  out.open(root);
  out.attribute("xmlns", service.xml_namespace());
  write_xml_structure_content(out, s, value, borrowed);
  out.close(root);
  return out.take();
}

// Reads an XML body into `value`. Throws value_error on a mismatch; `parse_error` gets a
// description when the body is not XML at all.
bool read_body(const models::shape& s, const std::string& body, json& value,
               std::string* parse_error) {
  const auto* payload = payload_member(s);
  if (payload && raw_payload(*payload)) {
    if (!body.empty())
      value[payload->name] = payload->target->type == shape_type::blob ? json(base64_encode(body))
                                                                       : json(body);
    return true;
  }
  if (body.empty() || (!payload && !has_body_members(s) && s.xml_text_root.empty())) return true;
  pugi::xml_document doc;
  if (!parse_xml(doc, body, parse_error)) return false;
  pugi::xml_node root = doc.document_element();
  if (!s.xml_text_root.empty()) {
    std::string text = root.child_value();
    if (!text.empty()) value[s.xml_text_root] = text;
  } else if (payload) {
    value[payload->name] = read_xml_structure(*payload->target, root);
  } else {
    json members = read_xml_structure(s, root);
    for (auto& [key, v] : members.items()) value[key] = std::move(v);
  }
  return true;
}

}  // namespace

bool rest_xml_codec::addressed_to(const models::service_model& service,
                                  const http::request& request) const {
  return addressed_to_rest(protocol::rest_xml, service, request);
}

decoded_call rest_xml_codec::decode_request(const models::service_model& service,
                                            const http::request& request) const {
  auto [query, route] = require_route(protocol::rest_xml, service, request);
  const models::operation* op = route.operation;
  decoded_call call;
  call.operation = op;
  call.input = decode_input(protocol::rest_xml, op->input, [&] {
    json input = json::object();
    std::string parse_error;
    // A body that is not XML at all is MalformedXML, reported before any member check.
    if (!read_body(*op->input, request.body, input, &parse_error))
      throw malformed_body(protocol::rest_xml, parse_error);
    read_request_bindings(*op->input, route, query, request, input);
    return input;
  });
  return call;
}

http::response rest_xml_codec::encode_response(const models::service_model& service,
                                               const models::operation& operation,
                                               const json& output,
                                               const std::string& request_id,
                                               const borrowed_list* borrowed) const {
  http::response response;
  response.status = static_cast<unsigned>(operation.response_code);
  response.headers = {{"x-amz-request-id", request_id}, {"x-amz-id-2", request_id}};
  if (operation.output) {
    write_response_bindings(*operation.output, output, response);
    response.body = write_body(service, *operation.output, output, borrowed);
  }
  if (!response.body.empty()) response.headers.emplace_back("content-type", xml_content_type);
  return response;
}

http::response rest_xml_codec::encode_error(const models::service_model& service,
                                            const api_error& error,
                                            const std::string& request_id) const {
  xml_writer out;
  out.declaration();
  if (s3_dialect(service)) {
    out.open("Error");
    out.element("Code", error.code);
    out.element("Message", error.message);
    for (const auto& [name, value] : error.details) out.element(name, value);
    out.element("RequestId", request_id);
    out.element("HostId", request_id);
    out.close("Error");
  }
  std::string body = out.take();
  if (!s3_dialect(service)) body += error_response_xml(service.xml_namespace(), error, request_id);
  return error_response(error,
                        {{"content-type", xml_content_type},
                         {"x-amz-request-id", request_id},
                         {"x-amz-id-2", request_id}},
                        std::move(body));
}

http::request rest_xml_codec::encode_request(const models::service_model& service,
                                             const models::operation& operation,
                                             const json& input) const {
  http::request request;
  write_request_bindings(operation, input, request);
  if (operation.input) {
    request.body = write_body(service, *operation.input, input);
    if (!request.body.empty()) request.headers.emplace_back("content-type", xml_content_type);
  }
  return request;
}

call_outcome rest_xml_codec::decode_response(const models::service_model& service,
                                             const models::operation& operation,
                                             const http::response& response) const {
  call_outcome outcome;
  outcome.http_status = response.status;
  outcome.request_id = response_request_id(response);
  if (response.status >= 300) {
    api_error e;
    e.http_status = static_cast<int>(response.status);
    e.sender_fault = response.status < 500;
    pugi::xml_document doc;
    if (!response.body.empty() && parse_xml(doc, response.body, nullptr)) {
      pugi::xml_node error = doc.document_element();
      if (local_name(error) != "Error") error = child_element(error, "Error");
      e.code = child_element(error, "Code").child_value();
      e.message = child_element(error, "Message").child_value();
    }
    // HEAD responses carry no body: the status is all there is (S3 answers "404 Not Found").
    if (e.code.empty()) e.code = std::to_string(response.status);
    e.type = e.code;
    if (const auto* s = service.find_error(e.code)) e.type = s->name;
    outcome.error = std::move(e);
    return outcome;
  }
  if (!operation.output) return outcome;
  try {
    std::string parse_error;
    if (!read_body(*operation.output, response.body, outcome.output, &parse_error))
      return malformed_response(response, "response is not XML: " + parse_error);
    read_response_bindings(*operation.output, response, outcome.output);
  } catch (const value_error& e) {
    return malformed_response(response, e.what());
  }
  return outcome;
}

}  // namespace mockaws::protocol
