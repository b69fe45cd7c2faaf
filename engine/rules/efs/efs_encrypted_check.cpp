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
  std::string wanted = ctx.text("KmsKeyId");
  std::string used = fs.configuration.value("KmsKeyId", "");
  if (wanted.empty()) return {compliance::compliant, "encrypted with KMS key " + used};
  if (same_kms_key(wanted, used)) return {compliance::compliant, "encrypted with the required key " + used};
  return {compliance::non_compliant, "encrypted with " + (used.empty() ? std::string("an unnamed key") : used) +
                                         ", not the required key " + wanted};
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
