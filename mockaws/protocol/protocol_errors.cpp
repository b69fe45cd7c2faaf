#include "mockaws/protocol/protocol_errors.hpp"

#include <string>

namespace mockaws::protocol {

using models::protocol;

api_error unknown_operation(protocol p, std::string_view service_id, std::string_view operation) {
  std::string name = operation.empty() ? std::string("(none)") : std::string(operation);
  switch (p) {
    case protocol::query:
    case protocol::ec2:
      return api_error("InvalidAction",
                       "The action " + name + " is not valid for this web service.", 400);
    case protocol::json:
      return api_error("UnknownOperationException",
                       "Operation " + name + " is not known to service " +
                           std::string(service_id) + ".",
                       400);
    case protocol::rest_json:
      return api_error("UnknownOperationException",
                       "No operation of service " + std::string(service_id) + " matches " + name +
                           ".",
                       404);
    case protocol::rest_xml:
      return api_error("NotImplemented",
                       "No operation of service " + std::string(service_id) + " matches " + name +
                           "; mockaws does not implement it.",
                       501, false);
  }
  return api_error("InvalidAction", name, 400);
}

api_error malformed_body(protocol p, std::string_view detail) {
  switch (p) {
    case protocol::json:
    case protocol::rest_json:
      return api_error("SerializationException", std::string(detail), 400);
    case protocol::query:
    case protocol::ec2:
      // AWS's common-errors reference gives MalformedQueryString status 404, oddly but really.
      return api_error("MalformedQueryString", std::string(detail), 404);
    case protocol::rest_xml:
      return api_error("MalformedXML",
                       "The XML you provided was not well-formed or did not validate against our "
                       "published schema: " + std::string(detail),
                       400);
  }
  return api_error("SerializationException", std::string(detail), 400);
}

api_error invalid_parameter(protocol p, std::string_view member, std::string_view detail) {
  std::string where(member);
  switch (p) {
    case protocol::json:
      return api_error("SerializationException", where + ": " + std::string(detail), 400);
    case protocol::rest_json:
      return api_error("ValidationException", "1 validation error detected: Value at '" + where +
                                                  "' failed to satisfy constraint: " +
                                                  std::string(detail), 400);
    case protocol::query:
      return api_error("ValidationError", "1 validation error detected: Value at '" + where +
                                              "' failed to satisfy constraint: " +
                                              std::string(detail), 400);
    case protocol::ec2:
      return api_error("InvalidParameterValue",
                       "Invalid value for parameter " + where + ": " + std::string(detail), 400);
    case protocol::rest_xml:
      return api_error("InvalidArgument", where + ": " + std::string(detail), 400);
  }
  return api_error("ValidationError", where + ": " + std::string(detail), 400);
}

api_error missing_parameter(protocol p, std::string_view member) {
  std::string where(member);
  switch (p) {
    case protocol::ec2:
      return api_error("MissingParameter", "The request must contain the parameter " + where, 400);
    case protocol::query:
      return api_error("ValidationError", "1 validation error detected: Value null at '" + where +
                                              "' failed to satisfy constraint: Member must not "
                                              "be null", 400);
    case protocol::rest_xml:
      return api_error("InvalidRequest", "Missing required parameter " + where, 400);
    case protocol::json:
    case protocol::rest_json:
      break;
  }
  return api_error("ValidationException", "1 validation error detected: Value null at '" + where +
                                              "' failed to satisfy constraint: Member must not "
                                              "be null", 400);
}

api_error missing_operation(protocol p) {
  if (p == protocol::query || p == protocol::ec2)
    return api_error("MissingAction", "The request must contain the parameter Action", 400);
  return api_error("UnknownOperationException",
                   "The request carries no X-Amz-Target header naming an operation", 400);
}

api_error invalid_pagination_token(const models::service_model& service,
                                   const models::operation& operation, protocol p,
                                   std::string_view member) {
  std::string message = "Invalid " + std::string(member) + ": the token was not issued by this "
                        "service for " + operation.name + ".";
  for (const models::shape* error : operation.errors) {
    const std::string& name = error->name;
    if (name.find("Token") != std::string::npos || name.find("Marker") != std::string::npos ||
        name.find("Pagination") != std::string::npos)
      return api_error::modeled(service, name, std::move(message));
  }
  if (p == protocol::json) return api_error("ValidationException", std::move(message), 400);
  return invalid_parameter(p, member, "the token was not issued by this service");
}

}  // namespace mockaws::protocol
