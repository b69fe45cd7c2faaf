// INCOMING_SSH_DISABLED (restricted-ssh): no inbound rule of a security group admits TCP port 22
// from 0.0.0.0/0 or ::/0. The current AWS documentation names ::/0 as well (the 2023 one did
// not); we follow the current one. A rule for all protocols ("-1") admits port 22 too.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/ip_permissions.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* group : ctx.inv().items("AWS::EC2::SecurityGroup")) {
    auto open = world_open_sources(group->configuration, "tcp", 22);
    out.push_back(open.empty()
                      ? ctx.about(*group, compliance::compliant, "SSH is not open to the internet")
                      : ctx.about(*group, compliance::non_compliant,
                                  "SSH (TCP 22) is open to " + open));
  }
  return out;
}

}  // namespace

rule_definition incoming_ssh_disabled() {
  return {"INCOMING_SSH_DISABLED", "security groups do not admit SSH from the whole internet",
          "AWS::EC2::SecurityGroup", {}, {"ec2.security_groups"}, evaluate};
}

}  // namespace engine::rules
