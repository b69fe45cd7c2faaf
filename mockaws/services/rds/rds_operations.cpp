#include "mockaws/services/rds/rds_operations.hpp"

namespace mockaws::services::rds {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::rds
