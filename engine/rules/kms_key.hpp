#pragma once
// Whether a resource's KMS key is the one a rule parameter names. AWS Config's key parameters
// (EFS_ENCRYPTED_CHECK KmsKeyId, ENCRYPTED_VOLUMES kmsId, RDS_STORAGE_ENCRYPTED kmsKeyId) take
// a key ARN or a key id, and the APIs report the key as an ARN (EFS, RDS) or as either (EBS):
// the two name the same key when they are equal or when one is the ARN of the other's id.
// (SECRETSMANAGER_USING_CMK and SNS_ENCRYPTED_KMS also name keys by alias: see their files.)

#include <string>
#include <string_view>

#include "engine/rules/rule.hpp"

namespace engine::rules {

bool same_kms_key(std::string_view wanted, std::string_view used);

// The account of a KMS ARN ("arn:aws:kms:us-east-1:111122223333:key/..." -> "111122223333"),
// or "" for key ids and alias names.
std::string kms_arn_account(std::string_view arn);

// The verdict on an encrypted resource that uses key `used`: COMPLIANT when the rule's key
// parameter `parameter` is unset or names that key, NON_COMPLIANT otherwise.
verdict encrypted_with_required_key(const rule_context& ctx, std::string_view parameter, std::string_view used);

}  // namespace engine::rules
