#include "mockaws/services/dynamodb/dynamodb_operations.hpp"

namespace mockaws::services::dynamodb {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::dynamodb
