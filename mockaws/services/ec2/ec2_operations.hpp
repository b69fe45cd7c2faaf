#pragma once
// The ec2 operations mockaws serves (see ec2_operations.cpp for the state they read).

#include <span>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::ec2 {

std::span<const operation_entry> operations();

}  // namespace mockaws::services::ec2
