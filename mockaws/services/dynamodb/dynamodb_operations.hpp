#pragma once
// The dynamodb operations mockaws serves (see dynamodb_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::dynamodb {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::dynamodb
