#include "mockaws/services/handler.hpp"

namespace mockaws::services {

std::string call_context::input_string(std::string_view member) const {
  auto it = input.find(member);
  return it != input.end() && it->is_string() ? it->get<std::string>() : std::string();
}

void call_context::borrow(std::string member, std::vector<const json*> items,
                          std::vector<std::string_view> omit) const {
  borrowed->member = std::move(member);
  borrowed->items = std::move(items);
  borrowed->omit = std::move(omit);
}

void call_context::fail(std::string_view error, std::string message) const {
  throw protocol::api_error::modeled(service, error, std::move(message));
}

json answer(const operation_entry& entry, const call_context& c) {
  return std::visit(
      [&](const auto& plan) -> json {
        if constexpr (std::is_same_v<std::decay_t<decltype(plan)>, handler_fn>) return plan(c);
        else return serve(c, plan);
      },
      entry.plan);
}

}  // namespace mockaws::services
