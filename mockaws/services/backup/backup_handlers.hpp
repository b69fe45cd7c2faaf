#pragma once
// AWS Backup's handlers, split by resource; backup_operations.cpp registers them and documents
// the state layout they read.

#include "mockaws/services/handler.hpp"

namespace mockaws::services::backup {

// backup_plans.cpp
json list_backup_plans(const call_context& c);
json get_backup_plan(const call_context& c);
json list_backup_selections(const call_context& c);

// backup_vaults.cpp
json list_backup_vaults(const call_context& c);
json describe_backup_vault(const call_context& c);
json get_backup_vault_access_policy(const call_context& c);
json list_recovery_points_by_backup_vault(const call_context& c);
json list_recovery_points_by_resource(const call_context& c);
json list_protected_resources(const call_context& c);

}  // namespace mockaws::services::backup
