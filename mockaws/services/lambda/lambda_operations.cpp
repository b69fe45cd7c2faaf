#include "mockaws/services/lambda/lambda_operations.hpp"

namespace mockaws::services::lambda {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::lambda
