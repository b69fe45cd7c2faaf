#pragma once
// The errors a protocol itself raises, before any service code runs, with the codes AWS uses on
// each wire. Services differ in places (see each function); where AWS's behaviour varies, the
// choice is the common case and is pinned by tests/mockaws/protocol/protocol_errors_test.cpp.

#include <string_view>

#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/api_error.hpp"

namespace mockaws::protocol {

// No operation of the service matches the request:
//   json: UnknownOperationException (400); query/ec2: InvalidAction (400);
//   rest-json: UnknownOperationException (404); rest-xml: NotImplemented (501).
api_error unknown_operation(models::protocol p, std::string_view service_id,
                            std::string_view operation);

// The body is not what the protocol expects (bad JSON, bad form encoding, bad XML):
//   json/rest-json: SerializationException (400); query/ec2: MalformedQueryString (404, as
//   AWS's common-errors reference lists it); rest-xml: MalformedXML (400).
api_error malformed_body(models::protocol p, std::string_view detail);

// A member value does not fit its shape (e.g. MaxItems=abc):
//   json: SerializationException; rest-json: ValidationException; query: ValidationError;
//   ec2: InvalidParameterValue; rest-xml: InvalidArgument. All 400.
api_error invalid_parameter(models::protocol p, std::string_view member, std::string_view detail);

// A required member is absent:
//   json/rest-json: ValidationException; query: ValidationError; ec2: MissingParameter;
//   rest-xml: InvalidRequest. All 400.
api_error missing_parameter(models::protocol p, std::string_view member);

// The request carries no Action (query/ec2: MissingAction) or no X-Amz-Target
// (json: UnknownOperationException). 400.
api_error missing_operation(models::protocol p);

// A paging token the service did not issue: the operation's own error when the model declares
// one (InvalidNextToken, InvalidMarkerException, ...), else json/rest-json: ValidationException;
// query: ValidationError; ec2: InvalidParameterValue; rest-xml: InvalidArgument. All 400.
api_error invalid_pagination_token(const models::service_model& service,
                                   const models::operation& operation, models::protocol p,
                                   std::string_view member);

}  // namespace mockaws::protocol
