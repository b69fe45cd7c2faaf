#include <algorithm>

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

const std::vector<rule_definition>& all_rules() {
  static const std::vector<rule_definition> rules = [] {
    std::vector<rule_definition> r = {
        access_keys_rotated(),
        backup_plan_min_frequency_and_min_retention_check(),
        cloud_trail_enabled(),
        cloud_trail_log_file_validation_enabled(),
        dynamodb_pitr_enabled(),
        efs_encrypted_check(),
        encrypted_volumes(),
        iam_password_policy(),
        iam_user_mfa_enabled(),
        incoming_ssh_disabled(),
        lambda_function_public_access_prohibited(),
        multi_region_cloud_trail_enabled(),
        rds_storage_encrypted(),
        root_account_mfa_enabled(),
        s3_bucket_server_side_encryption_enabled(),
        s3_bucket_ssl_requests_only(),
    };
    std::sort(r.begin(), r.end(), [](const auto& a, const auto& b) { return a.identifier < b.identifier; });
    return r;
  }();
  return rules;
}

const rule_definition* find_rule(std::string_view identifier) {
  for (const auto& rule : all_rules())
    if (rule.identifier == identifier) return &rule;
  return nullptr;
}

}  // namespace engine::rules
