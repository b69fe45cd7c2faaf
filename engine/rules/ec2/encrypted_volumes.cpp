// ENCRYPTED_VOLUMES (encrypted-volumes): attached EBS volumes are encrypted and, when kmsId names
// a key (the HIPAA pack leaves it unset), encrypted with that key (by id or ARN). Volumes that
// are not attached are NOT_APPLICABLE, as AWS judges only volumes in use.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/kms_key.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& volume) {
  const json& v = volume.configuration;
  bool attached = v.value("State", "") == "in-use" || !v.value("Attachments", json::array()).empty();
  if (!attached) return {compliance::not_applicable, "the volume is not attached"};
  if (!v.value("Encrypted", false)) return {compliance::non_compliant, "the attached volume is not encrypted"};
  return encrypted_with_required_key(ctx, "kmsId", v.value("KmsKeyId", ""));
}

}  // namespace

rule_definition encrypted_volumes() {
  return {.identifier = "ENCRYPTED_VOLUMES",
          .summary = "attached EBS volumes are encrypted (with the kmsId key, when given)",
          .resource_type = "AWS::EC2::Volume",
          .parameters = {{"kmsId", parameter_kind::string, "", "ID or ARN of the KMS key the volumes must use"}},
          .judge = judge,
          .reading = "Volumes that are not attached are NOT_APPLICABLE; kmsId matches the volume's key by id or ARN."};
}

}  // namespace engine::rules
