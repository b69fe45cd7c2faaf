// JSON 1.0 / 1.1 (DynamoDB, KMS, CloudTrail, ... and CloudWatch for newer SDKs): POST /, the
// operation in X-Amz-Target ("Prefix.Operation"), input and output as JSON documents.

#include "mockaws/protocol/json_codec.hpp"

#include "mockaws/protocol/codec_support.hpp"
#include "mockaws/protocol/json_shapes.hpp"
#include "mockaws/protocol/protocol_errors.hpp"

namespace mockaws::protocol {

namespace {

using models::protocol;

std::string content_type(const models::service_model& service) {
  const std::string& version = service.json_version();
  return "application/x-amz-json-" + (version.empty() ? std::string("1.1") : version);
}

// "DynamoDB_20120810.ListTables" -> ("DynamoDB_20120810", "ListTables").
std::pair<std::string_view, std::string_view> split_target(std::string_view target) {
  auto dot = target.rfind('.');
  if (dot == std::string_view::npos) return {{}, target};
  return {target.substr(0, dot), target.substr(dot + 1)};
}

// "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException" or
// "ResourceNotFoundException:http://internal..." -> "ResourceNotFoundException".
std::string bare_error_type(std::string_view type) {
  if (auto hash = type.rfind('#'); hash != std::string_view::npos) type = type.substr(hash + 1);
  if (auto colon = type.find(':'); colon != std::string_view::npos) type = type.substr(0, colon);
  return std::string(type);
}

}  // namespace

bool json_codec::addressed_to(const models::service_model& service,
                              const http::request& request) const {
  return service.speaks(protocol::json) &&
         split_target(request.header("x-amz-target")).first == service.target_prefix();
}

decoded_call json_codec::decode_request(const models::service_model& service,
                                        const http::request& request) const {
  std::string_view target = request.header("x-amz-target");
  if (target.empty()) throw missing_operation(protocol::json);
  auto [prefix, name] = split_target(target);
  const models::operation* op = service.find_operation(name);
  if (prefix != service.target_prefix() || !op)
    throw unknown_operation(protocol::json, service.id(), target);

  json body = json::object();
  if (!request.body.empty()) {
    try {
      body = json::parse(request.body);
    } catch (const json::parse_error& e) {
      throw malformed_body(protocol::json, std::string("request body is not JSON: ") + e.what());
    }
    if (!body.is_object())
      throw malformed_body(protocol::json, "request body must be a JSON object, got " +
                                               std::string(body.type_name()));
  }
  decoded_call call;
  call.operation = op;
  call.input = decode_input(protocol::json, op->input,
                            [&] { return read_json_structure(*op->input, body); });
  return call;
}

http::response json_codec::encode_response(const models::service_model& service,
                                           const models::operation& operation, const json& output,
                                           const std::string& request_id,
                                           const borrowed_list* borrowed) const {
  http::response response;
  response.headers = {{"content-type", content_type(service)}, {"x-amzn-requestid", request_id}};
  response.body =
      operation.output ? write_json_structure(*operation.output, output, borrowed).dump() : "{}";
  return response;
}

http::response json_codec::encode_error(const models::service_model& service,
                                        const api_error& error,
                                        const std::string& request_id) const {
  http::header_list headers = {{"content-type", content_type(service)},
                               {"x-amzn-requestid", request_id},
                               {"x-amzn-errortype", error.type}};
  // Services that moved from Query to JSON keep their Query error codes in this header, and SDKs
  // prefer it, so clients see the same codes over both protocols (CloudWatch).
  if (service.aws_query_compatible())
    headers.emplace_back("x-amzn-query-error",
                         error.code + (error.sender_fault ? ";Sender" : ";Receiver"));
  json body = {{"__type", error.type}, {"message", error.message}};
  return error_response(error, std::move(headers), body.dump());
}

http::request json_codec::encode_request(const models::service_model& service,
                                         const models::operation& operation,
                                         const json& input) const {
  http::request request;
  request.method = "POST";
  request.target = "/";
  request.headers = {{"content-type", content_type(service)},
                     {"x-amz-target", service.target_prefix() + "." + operation.name}};
  request.body =
      operation.input ? write_json_structure(*operation.input, input).dump() : std::string("{}");
  return request;
}

call_outcome json_codec::decode_response(const models::service_model& service,
                                         const models::operation& operation,
                                         const http::response& response) const {
  call_outcome outcome;
  outcome.http_status = response.status;
  outcome.request_id = response_request_id(response);
  json body = json::object();
  if (!response.body.empty()) {
    body = json::parse(response.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
      return malformed_response(response, "response body is not a JSON object");
  }
  if (response.status >= 300) {
    api_error error;
    error.http_status = static_cast<int>(response.status);
    error.sender_fault = response.status < 500;
    std::string type(response.header("x-amzn-errortype"));
    if (type.empty()) type = body.value("__type", body.value("code", std::string()));
    error.type = bare_error_type(type);
    error.code = error.type;
    if (auto query_error = response.header("x-amzn-query-error"); !query_error.empty())
      error.code = std::string(query_error.substr(0, query_error.find(';')));
    error.message = body.value("message", body.value("Message", std::string()));
    if (const auto* s = service.find_error(error.type); s && error.code == error.type)
      error.code = s->error->code;
    outcome.error = std::move(error);
    return outcome;
  }
  if (!operation.output) return outcome;
  try {
    outcome.output = read_json_structure(*operation.output, body);
  } catch (const value_error& e) {
    return malformed_response(response, e.what());
  }
  return outcome;
}

}  // namespace mockaws::protocol
