#include "mockaws/services/s3/s3_operations.hpp"

namespace mockaws::services::s3 {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::s3
