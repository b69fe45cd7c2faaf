#pragma once
// REST-JSON (Lambda, Backup, ...): method plus URI template; members in URI, query, headers and JSON body.

#include "mockaws/protocol/codec.hpp"

namespace mockaws::protocol {

class rest_json_codec final : public codec {
 public:
  models::protocol protocol() const override { return models::protocol::rest_json; }
  bool addressed_to(const models::service_model& service,
                    const http::request& request) const override;
  decoded_call decode_request(const models::service_model& service,
                              const http::request& request) const override;
  http::response encode_response(const models::service_model& service,
                                 const models::operation& operation, const json& output,
                                 const std::string& request_id,
                                 const borrowed_list* borrowed = nullptr) const override;
  http::response encode_error(const models::service_model& service, const api_error& error,
                              const std::string& request_id) const override;
  http::request encode_request(const models::service_model& service,
                               const models::operation& operation,
                               const json& input) const override;
  call_outcome decode_response(const models::service_model& service,
                               const models::operation& operation,
                               const http::response& response) const override;
};

}  // namespace mockaws::protocol
