#pragma once
// The cloudwatch operations mockaws serves (see cloudwatch_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::cloudwatch {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::cloudwatch
