#pragma once
// The s3 operations mockaws serves (see s3_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::s3 {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::s3
