#pragma once
// The lambda operations mockaws serves (see lambda_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::lambda {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::lambda
