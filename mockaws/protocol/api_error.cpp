#include "mockaws/protocol/api_error.hpp"

#include "mockaws/models/service_model.hpp"

namespace mockaws::protocol {

api_error::api_error(std::string error_code, std::string error_message, int status, bool sender)
    : code(std::move(error_code)),
      type(code),
      message(std::move(error_message)),
      http_status(status),
      sender_fault(sender) {}

api_error api_error::modeled(const models::service_model& service, std::string_view name,
                             std::string message) {
  const models::shape* shape = service.find_error(name);
  if (!shape) return api_error(std::string(name), std::move(message), 400);
  api_error error(shape->error->code, std::move(message), shape->error->http_status,
                  shape->error->sender_fault);
  error.type = shape->name;
  return error;
}

}  // namespace mockaws::protocol
