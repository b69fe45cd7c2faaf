#pragma once
// Every rule's definition function, one per file under engine/rules/<service>/, listed
// explicitly in registry.cpp (no static self-registration: static libraries drop it silently).

#include "engine/rules/rule.hpp"

namespace engine::rules {

rule_definition access_keys_rotated();
rule_definition backup_plan_min_frequency_and_min_retention_check();
rule_definition cloud_trail_enabled();
rule_definition cloud_trail_log_file_validation_enabled();
rule_definition dynamodb_pitr_enabled();
rule_definition efs_encrypted_check();
rule_definition encrypted_volumes();
rule_definition iam_password_policy();
rule_definition iam_user_mfa_enabled();
rule_definition incoming_ssh_disabled();
rule_definition lambda_function_public_access_prohibited();
rule_definition multi_region_cloud_trail_enabled();
rule_definition rds_storage_encrypted();
rule_definition root_account_mfa_enabled();
rule_definition s3_bucket_server_side_encryption_enabled();
rule_definition s3_bucket_ssl_requests_only();

}  // namespace engine::rules
