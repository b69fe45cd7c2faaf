#pragma once
// The iam operations mockaws serves (see iam_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::iam {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::iam
