#pragma once
// Pieces every codec uses: required-member checks, turning value_errors into the protocol's
// errors, and reading request ids back on the client side.

#include <optional>
#include <string>

#include "mockaws/http/message.hpp"
#include "mockaws/protocol/codec.hpp"

namespace mockaws::protocol {

// The path of the first required member missing from `value` (recursing into present nested
// structures and lists of structures), or nullopt when all are there.
std::optional<std::string> first_missing_required(const models::shape& shape, const json& value);

// Runs `decode` (which reads an input value) and turns a value_error into the protocol's
// invalid-parameter error; then checks required members.
template <typename F>
json decode_input(models::protocol p, const models::shape* input_shape, F&& decode);

// Request id header the client reads back: x-amzn-RequestId, x-amz-request-id or
// x-amzn-request-id, whichever is present.
std::string response_request_id(const http::response& response);

// An outcome for a body the client could not decode.
call_outcome malformed_response(const http::response& response, std::string detail);

// An error response: the error's status and extra headers, with the codec's headers and body.
http::response error_response(const api_error& error, http::header_list headers,
                              std::string body);

// The <ErrorResponse><Error><Type/><Code/><Message/>...</Error><RequestId/></ErrorResponse>
// envelope of Query services, also used by REST-XML services other than S3 (CloudFront).
std::string error_response_xml(const std::string& xml_namespace, const api_error& error,
                               const std::string& request_id);

}  // namespace mockaws::protocol

#include "mockaws/protocol/protocol_errors.hpp"

namespace mockaws::protocol {

template <typename F>
json decode_input(models::protocol p, const models::shape* input_shape, F&& decode) {
  if (!input_shape) return json::object();
  json input;
  try {
    input = decode();
  } catch (const value_error& e) {
    throw invalid_parameter(p, e.path(), e.reason());
  }
  if (auto missing = first_missing_required(*input_shape, input))
    throw missing_parameter(p, *missing);
  return input;
}

}  // namespace mockaws::protocol
