#pragma once
// The sts operations mockaws serves (see sts_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::sts {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::sts
