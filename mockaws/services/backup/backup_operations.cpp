#include "mockaws/services/backup/backup_operations.hpp"

namespace mockaws::services::backup {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::backup
