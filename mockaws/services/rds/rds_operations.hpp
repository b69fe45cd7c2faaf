#pragma once
// The rds operations mockaws serves (see rds_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::rds {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::rds
