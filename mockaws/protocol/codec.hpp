#pragma once
// A wire protocol, both directions. The mock decodes requests and encodes responses and errors;
// the engine's client encodes requests and decodes responses. Codecs know the service models but
// nothing of any particular service: handlers and rules see only API values (values.hpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/http/message.hpp"
#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/api_error.hpp"
#include "mockaws/protocol/values.hpp"

namespace mockaws::protocol {

// A top-level output list whose items the caller holds by pointer (stored resources) instead of
// copying them into the output value: the codec writes them in place of `member`. `omit` names
// item members the operation leaves out (IAM ListUsers has no Tags). Copying hundreds of stored
// resources per request only to serialize them dominated the cost of list calls.
struct borrowed_list {
  std::string member;
  std::vector<const json*> items;
  std::vector<std::string_view> omit;
};

struct decoded_call {
  const models::operation* operation = nullptr;
  json input = json::object();
};

// What a client gets back from one HTTP exchange.
struct call_outcome {
  unsigned http_status = 0;
  std::string request_id;
  json output = json::object();     // when no error
  std::optional<api_error> error;   // AWS's error, decoded from the protocol's envelope
};

class codec {
 public:
  virtual ~codec() = default;
  virtual models::protocol protocol() const = 0;

  // ----- mock side -----
  // Whether `request` is addressed to `service` in this protocol (target prefix, Version, or a
  // matching URI). Used only to tell apart services that share a signing name.
  virtual bool addressed_to(const models::service_model& service,
                            const http::request& request) const = 0;
  // Finds the operation and decodes its input. Throws api_error in the protocol's terms for an
  // unknown operation, a malformed body or an input that does not fit the model.
  virtual decoded_call decode_request(const models::service_model& service,
                                      const http::request& request) const = 0;
  // Encodes a handler's output (with its borrowed list, if any). Throws value_error when the
  // output does not fit the model.
  virtual http::response encode_response(const models::service_model& service,
                                         const models::operation& operation, const json& output,
                                         const std::string& request_id,
                                         const borrowed_list* borrowed = nullptr) const = 0;
  virtual http::response encode_error(const models::service_model& service,
                                      const api_error& error,
                                      const std::string& request_id) const = 0;

  // ----- client side -----
  // Method, target, headers and body for a call; the caller adds Host and signs. Throws
  // value_error when `input` does not fit the model.
  virtual http::request encode_request(const models::service_model& service,
                                       const models::operation& operation,
                                       const json& input) const = 0;
  // Decodes a response or error envelope. Never throws: an undecodable body becomes an error
  // outcome with code "MalformedResponse".
  virtual call_outcome decode_response(const models::service_model& service,
                                       const models::operation& operation,
                                       const http::response& response) const = 0;
};

// The codec for a protocol (stateless singletons).
const codec& codec_for(models::protocol p);

}  // namespace mockaws::protocol
