// call_error's human-readable forms.

#include "engine/client/aws_client.hpp"

namespace engine::client {

std::string_view failure_kind_name(failure_kind kind) {
  switch (kind) {
    case failure_kind::access_denied: return "access_denied";
    case failure_kind::throttled: return "throttled";
    case failure_kind::not_implemented: return "not_implemented";
    case failure_kind::not_found: return "not_found";
    case failure_kind::client_error: return "client_error";
    case failure_kind::server_error: return "server_error";
    case failure_kind::network: return "network";
    case failure_kind::malformed_response: return "malformed_response";
  }
  return "unknown";
}

std::string call_error::describe() const {
  std::string line = service + ":" + operation + " in " + region + ": " + code;
  if (http_status != 0) line += " (" + std::to_string(http_status) + ")";
  if (!message.empty()) line += ": " + message;
  // One line, whatever the server put in its message.
  for (auto& c : line)
    if (c == '\n' || c == '\r') c = ' ';
  return line;
}

}  // namespace engine::client
