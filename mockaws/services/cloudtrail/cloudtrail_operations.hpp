#pragma once
// The cloudtrail operations mockaws serves (see cloudtrail_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::cloudtrail {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::cloudtrail
