#include "mockaws/services/ec2/ec2_operations.hpp"

namespace mockaws::services::ec2 {

std::span<const operation_entry> operations() { return {}; }

}  // namespace mockaws::services::ec2
