// REST-JSON (Lambda, Backup, GuardDuty, ...): the operation is found by method and URI template;
// members travel in the URI, query string, headers, and a JSON body (or a raw payload).

#include "mockaws/protocol/rest_json_codec.hpp"

#include "mockaws/protocol/codec_support.hpp"
#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/json_shapes.hpp"
#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/protocol/rest_binding.hpp"

namespace mockaws::protocol {

namespace {

using models::protocol;
using models::shape_type;

constexpr const char* json_content_type = "application/json";

json parse_body(protocol p, const std::string& body) {
  if (body.empty()) return json::object();
  try {
    return json::parse(body);
  } catch (const json::parse_error& e) {
    throw malformed_body(p, std::string("body is not JSON: ") + e.what());
  }
}

bool raw_payload(const models::shape_ref& payload) {
  return payload.target->type == shape_type::blob || payload.target->type == shape_type::string;
}

// Reads the body into `value`: a raw or JSON payload member, or the body members.
void read_body(const models::shape& s, const json& parsed_body, const std::string& raw_body,
               json& value) {
  if (const auto* payload = payload_member(s)) {
    if (raw_payload(*payload)) {
      if (!raw_body.empty())
        value[payload->name] = payload->target->type == shape_type::blob
                                   ? json(base64_encode(raw_body))
                                   : json(raw_body);
    } else if (!raw_body.empty()) {
      value[payload->name] = read_json_value(*payload, parsed_body);
    }
    return;
  }
  if (!has_body_members(s)) return;
  if (!parsed_body.is_object()) throw value_error("body must be a JSON object");
  json members = read_json_structure(s, parsed_body);
  for (auto& [key, v] : members.items()) value[key] = std::move(v);
}

// The body for `value`: a raw or JSON payload member, or the body members.
std::string write_body(const models::shape& s, const json& value,
                       const borrowed_list* borrowed = nullptr) {
  if (const auto* payload = payload_member(s)) {
    auto it = value.find(payload->name);
    if (it == value.end() || it->is_null()) return {};
    if (!raw_payload(*payload)) return write_json_value(*payload, *it).dump();
    if (payload->target->type == shape_type::blob)
      return base64_decode(it->get<std::string>()).value_or(std::string());
    return it->get<std::string>();
  }
  return write_json_structure(s, value, borrowed).dump();
}

}  // namespace

bool rest_json_codec::addressed_to(const models::service_model& service,
                                   const http::request& request) const {
  return addressed_to_rest(protocol::rest_json, service, request);
}

decoded_call rest_json_codec::decode_request(const models::service_model& service,
                                             const http::request& request) const {
  auto [query, route] = require_route(protocol::rest_json, service, request);
  const models::operation* op = route.operation;
  json body = op->input && (payload_member(*op->input) || has_body_members(*op->input))
                  ? parse_body(protocol::rest_json, request.body)
                  : json::object();
  decoded_call call;
  call.operation = op;
  call.input = decode_input(protocol::rest_json, op->input, [&] {
    json input = json::object();
    read_body(*op->input, body, request.body, input);
    read_request_bindings(*op->input, route, query, request, input);
    return input;
  });
  return call;
}

http::response rest_json_codec::encode_response(const models::service_model&,
                                                const models::operation& operation,
                                                const json& output,
                                                const std::string& request_id,
                                                const borrowed_list* borrowed) const {
  http::response response;
  response.status = static_cast<unsigned>(operation.response_code);
  response.headers = {{"content-type", json_content_type}, {"x-amzn-requestid", request_id}};
  if (operation.output) {
    write_response_bindings(*operation.output, output, response);
    response.body = write_body(*operation.output, output, borrowed);
  } else {
    response.body = "{}";
  }
  return response;
}

http::response rest_json_codec::encode_error(const models::service_model&, const api_error& error,
                                             const std::string& request_id) const {
  json body = {{"__type", error.type}, {"message", error.message}};
  for (const auto& [name, value] : error.details) body[name] = value;
  return error_response(error,
                        {{"content-type", json_content_type},
                         {"x-amzn-requestid", request_id},
                         {"x-amzn-errortype", error.type}},
                        body.dump());
}

http::request rest_json_codec::encode_request(const models::service_model&,
                                              const models::operation& operation,
                                              const json& input) const {
  http::request request;
  write_request_bindings(operation, input, request);
  if (operation.input && (payload_member(*operation.input) || has_body_members(*operation.input))) {
    request.body = write_body(*operation.input, input);
    request.headers.emplace_back("content-type", json_content_type);
  }
  return request;
}

call_outcome rest_json_codec::decode_response(const models::service_model& service,
                                              const models::operation& operation,
                                              const http::response& response) const {
  call_outcome outcome;
  outcome.http_status = response.status;
  outcome.request_id = response_request_id(response);
  json body = response.body.empty() ? json::object() : json::parse(response.body, nullptr, false);

  if (response.status >= 300) {
    api_error e;
    e.http_status = static_cast<int>(response.status);
    e.sender_fault = response.status < 500;
    std::string type(response.header("x-amzn-errortype"));
    if (type.empty() && body.is_object())
      type = body.value("__type", body.value("code", body.value("Code", std::string())));
    type = type.substr(0, type.find(':'));
    if (auto hash = type.rfind('#'); hash != std::string::npos) type = type.substr(hash + 1);
    e.type = e.code = type;
    if (const auto* s = service.find_error(type)) e.code = s->error->code;
    if (body.is_object()) e.message = body.value("message", body.value("Message", std::string()));
    outcome.error = std::move(e);
    return outcome;
  }
  if (!operation.output) return outcome;
  try {
    const auto* payload = payload_member(*operation.output);
    bool needs_json = (payload && !raw_payload(*payload)) || has_body_members(*operation.output);
    if (needs_json && body.is_discarded())
      return malformed_response(response, "response body is not JSON");
    read_body(*operation.output, body, response.body, outcome.output);
    read_response_bindings(*operation.output, response, outcome.output);
  } catch (const value_error& e) {
    return malformed_response(response, e.what());
  }
  return outcome;
}

}  // namespace mockaws::protocol
