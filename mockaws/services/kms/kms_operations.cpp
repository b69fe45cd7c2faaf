#include "mockaws/services/kms/kms_operations.hpp"

namespace mockaws::services::kms {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::kms
