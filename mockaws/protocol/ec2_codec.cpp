// EC2: Query-style requests with EC2's own parameter names (Filter.1.Name, InstanceId.1);
// responses put members straight under <OperationResponse> next to <requestId>, and errors use
// <Response><Errors><Error>.

#include "mockaws/protocol/ec2_codec.hpp"

#include "mockaws/protocol/codec_support.hpp"
#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/protocol/query_request.hpp"
#include "mockaws/protocol/xml_shapes.hpp"

namespace mockaws::protocol {

namespace {

using models::protocol;

constexpr const char* xml_content_type = "text/xml;charset=UTF-8";

// The model's namespace lacks the trailing slash EC2 puts on the wire.
std::string ec2_namespace(const models::service_model& service) {
  std::string ns = service.xml_namespace();
  if (!ns.empty() && ns.back() != '/') ns += '/';
  return ns;
}

}  // namespace

bool ec2_codec::addressed_to(const models::service_model& service,
                             const http::request& request) const {
  if (!service.speaks(protocol::ec2)) return false;
  std::string version = peek_param(request, "Version");
  return version.empty() || version == service.api_version();
}

decoded_call ec2_codec::decode_request(const models::service_model& service,
                                       const http::request& request) const {
  param_map params = collect_query_params(protocol::ec2, request);
  auto action = params.find("Action");
  if (action == params.end() || action->second.empty()) throw missing_operation(protocol::ec2);
  const models::operation* op = service.find_operation(action->second);
  if (!op) throw unknown_operation(protocol::ec2, service.id(), action->second);

  decoded_call call;
  call.operation = op;
  call.input = decode_input(protocol::ec2, op->input, [&] {
    return read_query_structure(*op->input, params, query_dialect::ec2);
  });
  return call;
}

http::response ec2_codec::encode_response(const models::service_model& service,
                                          const models::operation& operation, const json& output,
                                          const std::string& request_id,
                                          const borrowed_list* borrowed) const {
  xml_writer out;
  out.declaration();
  std::string root = operation.name + "Response";
  out.open(root);
  out.attribute("xmlns", ec2_namespace(service));
  out.element("requestId", request_id);
  if (operation.output) write_xml_structure_content(out, *operation.output, output, borrowed);
  out.close(root);

  http::response response;
  response.headers = {{"content-type", xml_content_type}, {"x-amzn-requestid", request_id}};
  response.body = out.take();
  return response;
}

http::response ec2_codec::encode_error(const models::service_model&, const api_error& error,
                                       const std::string& request_id) const {
  xml_writer out;
  out.declaration();
  out.open("Response");
  out.open("Errors");
  out.open("Error");
  out.element("Code", error.code);
  out.element("Message", error.message);
  out.close("Error");
  out.close("Errors");
  out.element("RequestID", request_id);
  out.close("Response");

  return error_response(error, {{"content-type", xml_content_type}, {"x-amzn-requestid", request_id}},
                        out.take());
}

http::request ec2_codec::encode_request(const models::service_model& service,
                                        const models::operation& operation,
                                        const json& input) const {
  return encode_form_request(service, operation, input, query_dialect::ec2);
}

call_outcome ec2_codec::decode_response(const models::service_model&,
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
    pugi::xml_node error = child_element(child_element(root, "Errors"), "Error");
    api_error e;
    e.http_status = static_cast<int>(response.status);
    e.code = child_element(error, "Code").child_value();
    e.type = e.code;
    e.message = child_element(error, "Message").child_value();
    e.sender_fault = response.status < 500;
    if (outcome.request_id.empty()) outcome.request_id = child_element(root, "RequestID").child_value();
    outcome.error = std::move(e);
    return outcome;
  }
  if (outcome.request_id.empty()) outcome.request_id = child_element(root, "requestId").child_value();
  if (!operation.output) return outcome;
  try {
    outcome.output = read_xml_structure(*operation.output, root);
  } catch (const value_error& e) {
    return malformed_response(response, e.what());
  }
  return outcome;
}

}  // namespace mockaws::protocol
