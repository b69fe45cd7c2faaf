#include "mockaws/services/handler.hpp"

namespace mockaws::services {

std::string call_context::input_string(std::string_view member) const {
  auto it = input.find(member);
  return it != input.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void call_context::fail(std::string_view error, std::string message) const {
  throw protocol::api_error::modeled(service, error, std::move(message));
}

}  // namespace mockaws::services
