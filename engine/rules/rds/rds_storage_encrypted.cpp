// RDS_STORAGE_ENCRYPTED (rds-storage-encrypted): RDS DB instances encrypt their storage
// (StorageEncrypted absent: AWS's default, unencrypted) and, when kmsKeyId names a key (the
// HIPAA pack leaves it unset), with that key (by id or ARN).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/kms_key.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& db = instance.configuration;
  if (!db.value("StorageEncrypted", false)) return {compliance::non_compliant, "storage is not encrypted"};
  verdict v = encrypted_with_required_key(ctx, "kmsKeyId", db.value("KmsKeyId", ""));
  if (v.result == compliance::compliant && !ctx.is_set("kmsKeyId")) v.annotation = "storage is encrypted";
  return v;
}

}  // namespace

rule_definition rds_storage_encrypted() {
  return {.identifier = "RDS_STORAGE_ENCRYPTED",
          .summary = "RDS DB instances encrypt their storage (with the kmsKeyId key, when given)",
          .resource_type = "AWS::RDS::DBInstance",
          .parameters = {{"kmsKeyId", parameter_kind::string, "", "ID or ARN of the KMS key the instances must use"}},
          .judge = judge};
}

}  // namespace engine::rules
