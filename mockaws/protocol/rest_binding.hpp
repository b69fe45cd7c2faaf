#pragma once
// What REST-JSON and REST-XML share: operations found by method plus URI template
// ("GET /{Bucket}?encryption", "GET /2015-03-31/functions/"), and members bound to URI labels,
// query-string parameters, headers and the status code. The body is each codec's own business.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mockaws/http/message.hpp"
#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/values.hpp"

namespace mockaws::protocol {

struct route_match {
  const models::operation* operation = nullptr;
  std::vector<std::pair<std::string, std::string>> labels;  // decoded label values by name
};

// The operation of `service` whose method and URI template match the request, preferring the
// most specific template (most literal path segments, then most required query keys). nullopt
// when none matches. Templates are compiled once per service and cached.
std::optional<route_match> match_route(const models::service_model& service,
                                       std::string_view method, std::string_view raw_path,
                                       const param_list& query);

// The two REST protocols find operations alike. `addressed_to_rest`: whether some operation of
// the service matches. `require_route`: the matching route and the decoded query string, or the
// protocol's errors (malformed query string, unknown operation).
bool addressed_to_rest(models::protocol p, const models::service_model& service,
                       const http::request& request);
std::pair<param_list, route_match> require_route(models::protocol p,
                                                 const models::service_model& service,
                                                 const http::request& request);

// Mock side: members bound to URI labels, query string and headers, read into `input`.
// Throws value_error on a value that does not fit.
void read_request_bindings(const models::shape& input_shape, const route_match& route,
                           const param_list& query, const http::request& request, json& input);
// Mock side: output members bound to headers and the status code, written into `response`.
void write_response_bindings(const models::shape& output_shape, const json& output,
                             http::response& response);

// Client side: method and target (URI template expanded, query string built) and headers.
void write_request_bindings(const models::operation& operation, const json& input,
                            http::request& request);
// Client side: output members bound to headers and the status code.
void read_response_bindings(const models::shape& output_shape, const http::response& response,
                            json& output);

// The member that is the whole body (the shape's `payload`), or nullptr.
const models::shape_ref* payload_member(const models::shape& shape);
// True when some member travels in the body (no payload member, at least one body member).
bool has_body_members(const models::shape& shape);

}  // namespace mockaws::protocol
