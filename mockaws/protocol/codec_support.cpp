#include "mockaws/protocol/codec_support.hpp"

#include "mockaws/protocol/xml_writer.hpp"

namespace mockaws::protocol {

namespace {

using models::shape;
using models::shape_type;

std::optional<std::string> missing_in(const models::shape_ref& ref, const json& value);

std::optional<std::string> missing_in_structure(const shape& s, const json& value) {
  if (!value.is_object()) return std::nullopt;  // type errors are reported elsewhere
  for (const auto& name : s.required) {
    auto it = value.find(name);
    if (it == value.end() || it->is_null()) return name;
  }
  for (const auto& member : s.members) {
    auto it = value.find(member.name);
    if (it == value.end() || it->is_null()) continue;
    if (auto missing = missing_in(member, *it)) return member.name + "." + *missing;
  }
  return std::nullopt;
}

std::optional<std::string> missing_in(const models::shape_ref& ref, const json& value) {
  const shape& s = *ref.target;
  if (s.type == shape_type::structure) return missing_in_structure(s, value);
  if (s.type == shape_type::list && s.list_member.target->type == shape_type::structure &&
      value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i)
      if (auto missing = missing_in(s.list_member, value[i]))
        return "[" + std::to_string(i) + "]." + *missing;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> first_missing_required(const shape& s, const json& value) {
  auto missing = missing_in_structure(s, value);
  if (missing) {
    // "[0].Name" reads better as "Filters[0].Name": drop the dot before an index.
    std::string& path = *missing;
    for (std::size_t pos; (pos = path.find(".[")) != std::string::npos;) path.erase(pos, 1);
  }
  return missing;
}

std::string response_request_id(const http::response& response) {
  for (const char* name : {"x-amzn-requestid", "x-amz-request-id", "x-amzn-request-id"}) {
    auto value = response.header(name);
    if (!value.empty()) return std::string(value);
  }
  return {};
}

http::response error_response(const api_error& error, http::header_list headers,
                              std::string body) {
  http::response response;
  response.status = static_cast<unsigned>(error.http_status);
  response.headers = std::move(headers);
  for (const auto& header : error.headers) response.headers.push_back(header);
  response.body = std::move(body);
  return response;
}

std::string error_response_xml(const std::string& xml_namespace, const api_error& error,
                               const std::string& request_id) {
  xml_writer out;
  out.open("ErrorResponse");
  out.attribute("xmlns", xml_namespace);
  out.open("Error");
  out.element("Type", error.sender_fault ? "Sender" : "Receiver");
  out.element("Code", error.code);
  out.element("Message", error.message);
  for (const auto& [name, value] : error.details) out.element(name, value);
  out.close("Error");
  out.element("RequestId", request_id);
  out.close("ErrorResponse");
  return out.take();
}

call_outcome malformed_response(const http::response& response, std::string detail) {
  call_outcome outcome;
  outcome.http_status = response.status;
  outcome.request_id = response_request_id(response);
  outcome.error = api_error("MalformedResponse", std::move(detail),
                            static_cast<int>(response.status), false);
  return outcome;
}

}  // namespace mockaws::protocol
