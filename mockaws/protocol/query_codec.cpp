// Query (IAM, RDS, CloudWatch for older SDKs, ...): form-encoded Action, Version and members;
// responses are <OperationResponse><OperationResult>...</OperationResult><ResponseMetadata>.

#include "mockaws/protocol/query_codec.hpp"

#include "mockaws/protocol/codec_support.hpp"
#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/protocol/query_request.hpp"
#include "mockaws/protocol/xml_shapes.hpp"

namespace mockaws::protocol {

namespace {

using models::protocol;

constexpr const char* xml_content_type = "text/xml";

}  // namespace

bool query_codec::addressed_to(const models::service_model& service,
                               const http::request& request) const {
  if (!service.speaks(protocol::query)) return false;
  std::string version = peek_param(request, "Version");
  if (!version.empty()) return version == service.api_version();
  return service.find_operation(peek_param(request, "Action")) != nullptr;
}

decoded_call query_codec::decode_request(const models::service_model& service,
                                         const http::request& request) const {
  param_map params = collect_query_params(protocol::query, request);
  auto action = params.find("Action");
  if (action == params.end() || action->second.empty()) throw missing_operation(protocol::query);
  // A Version from another API generation would mean other shapes; AWS refuses it. A missing
  // Version is accepted: every SDK sends one, and hand-written curl calls often forget it.
  if (auto version = params.find("Version");
      version != params.end() && version->second != service.api_version())
    throw api_error("NoSuchVersion", "The requested version (" + version->second +
                                         ") of service " + service.service_id() +
                                         " does not exist.", 400);
  const models::operation* op = service.find_operation(action->second);
  if (!op) throw unknown_operation(protocol::query, service.id(), action->second);

  decoded_call call;
  call.operation = op;
  call.input = decode_input(protocol::query, op->input, [&] {
    return read_query_structure(*op->input, params, query_dialect::query);
  });
  return call;
}

http::response query_codec::encode_response(const models::service_model& service,
                                            const models::operation& operation,
                                            const json& output,
                                            const std::string& request_id,
                                            const borrowed_list* borrowed) const {
  xml_writer out;
  std::string root = operation.name + "Response";
  out.open(root);
  out.attribute("xmlns", service.xml_namespace());
  if (operation.output) {
    if (!operation.result_wrapper.empty()) out.open(operation.result_wrapper);
    write_xml_structure_content(out, *operation.output, output, borrowed);
    if (!operation.result_wrapper.empty()) out.close(operation.result_wrapper);
  }
  out.open("ResponseMetadata");
  out.element("RequestId", request_id);
  out.close("ResponseMetadata");
  out.close(root);

  http::response response;
  response.headers = {{"content-type", xml_content_type}, {"x-amzn-requestid", request_id}};
  response.body = out.take();
  return response;
}

http::response query_codec::encode_error(const models::service_model& service,
                                         const api_error& error,
                                         const std::string& request_id) const {
  return error_response(error, {{"content-type", xml_content_type}, {"x-amzn-requestid", request_id}},
                        error_response_xml(service.xml_namespace(), error, request_id));
}

http::request query_codec::encode_request(const models::service_model& service,
                                          const models::operation& operation,
                                          const json& input) const {
  return encode_form_request(service, operation, input, query_dialect::query);
}

call_outcome query_codec::decode_response(const models::service_model&,
                                          const models::operation& operation,
                                          const http::response& response) const {
  call_outcome outcome;
  outcome.http_status = response.status;
  outcome.request_id = response_request_id(response);
  pugi::xml_document doc;
  std::string parse_error;
  if (!parse_xml(doc, response.body, &parse_error))
    return malformed_response(response, "response is not XML: " + parse_error);
  pugi::xml_node root = doc.document_element();

  if (response.status >= 300) {
    pugi::xml_node error = child_element(root, "Error");
    api_error e;
    e.http_status = static_cast<int>(response.status);
    e.code = child_element(error, "Code").child_value();
    e.type = e.code;
    e.message = child_element(error, "Message").child_value();
    e.sender_fault = std::string_view(child_element(error, "Type").child_value()) != "Receiver";
    if (outcome.request_id.empty()) outcome.request_id = child_element(root, "RequestId").child_value();
    outcome.error = std::move(e);
    return outcome;
  }
  if (outcome.request_id.empty())
    outcome.request_id =
        child_element(child_element(root, "ResponseMetadata"), "RequestId").child_value();
  if (!operation.output) return outcome;
  pugi::xml_node result =
      operation.result_wrapper.empty() ? root : child_element(root, operation.result_wrapper);
  try {
    outcome.output = read_xml_structure(*operation.output, result);
  } catch (const value_error& e) {
    return malformed_response(response, e.what());
  }
  return outcome;
}

}  // namespace mockaws::protocol
