#pragma once
// The kms operations mockaws serves (see kms_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::kms {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::kms
