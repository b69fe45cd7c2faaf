// EFS_ENCRYPTED_CHECK (efs-encrypted-check): the file system encrypts its data with KMS and, when
// the KmsKeyId parameter names a key (the HIPAA pack leaves it unset), with that key.
// Encrypted absent is false (the API's default).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/kms_key.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& fs) {
  if (!fs.configuration.value("Encrypted", false))
    return {compliance::non_compliant, "the file system is not encrypted"};
  return encrypted_with_required_key(ctx, "KmsKeyId", fs.configuration.value("KmsKeyId", ""));
}

}  // namespace

rule_definition efs_encrypted_check() {
  return {.identifier = "EFS_ENCRYPTED_CHECK",
          .summary = "EFS file systems encrypt their data with KMS (with the KmsKeyId key, when given)",
          .resource_type = "AWS::EFS::FileSystem",
          .parameters = {{"KmsKeyId", parameter_kind::string, "", "ARN (or id) of the KMS key the file systems must use"}},
          .judge = judge};
}

}  // namespace engine::rules
