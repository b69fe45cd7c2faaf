#include "mockaws/services/cloudtrail/cloudtrail_operations.hpp"

namespace mockaws::services::cloudtrail {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::cloudtrail
