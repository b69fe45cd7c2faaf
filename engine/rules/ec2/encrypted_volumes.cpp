// ENCRYPTED_VOLUMES (encrypted-volumes): attached EBS volumes are encrypted. Volumes that are
// not attached are NOT_APPLICABLE, as AWS judges only volumes in use.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* volume : ctx.inv().items("AWS::EC2::Volume")) {
    const json& v = volume->configuration;
    bool attached = v.value("State", "") == "in-use" || !v.value("Attachments", json::array()).empty();
    if (!attached)
      out.push_back(ctx.about(*volume, compliance::not_applicable, "the volume is not attached"));
    else if (v.value("Encrypted", false))
      out.push_back(ctx.about(*volume, compliance::compliant, "the volume is encrypted"));
    else
      out.push_back(ctx.about(*volume, compliance::non_compliant, "the attached volume is not encrypted"));
  }
  return out;
}

}  // namespace

rule_definition encrypted_volumes() {
  return {"ENCRYPTED_VOLUMES", "attached EBS volumes are encrypted", "AWS::EC2::Volume", {},
          {"ec2.volumes"}, evaluate};
}

}  // namespace engine::rules
