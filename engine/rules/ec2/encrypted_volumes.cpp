// ENCRYPTED_VOLUMES (encrypted-volumes): attached EBS volumes are encrypted. Volumes that are
// not attached are NOT_APPLICABLE, as AWS judges only volumes in use.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& volume) {
  const json& v = volume.configuration;
  bool attached = v.value("State", "") == "in-use" || !v.value("Attachments", json::array()).empty();
  if (!attached) return {compliance::not_applicable, "the volume is not attached"};
  if (v.value("Encrypted", false)) return {compliance::compliant, "the volume is encrypted"};
  return {compliance::non_compliant, "the attached volume is not encrypted"};
}

}  // namespace

rule_definition encrypted_volumes() {
  return {.identifier = "ENCRYPTED_VOLUMES",
          .summary = "attached EBS volumes are encrypted",
          .resource_type = "AWS::EC2::Volume",
          .judge = judge};
}

}  // namespace engine::rules
