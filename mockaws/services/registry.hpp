#pragma once
// The explicit table of every operation mockaws serves. Each service folder contributes its
// entries through a plain function (no static self-registration: static libraries drop it);
// tests walk the table to check that every entry has a model and every needed operation an entry.

#include <span>
#include <string_view>

#include "mockaws/services/handler.hpp"

namespace mockaws::services {

std::span<const operation_entry> operation_table();
const operation_entry* find_operation_entry(std::string_view service, std::string_view operation);

}  // namespace mockaws::services
