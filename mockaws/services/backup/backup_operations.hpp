#pragma once
// The backup operations mockaws serves (see backup_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::backup {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::backup
