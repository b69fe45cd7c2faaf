// INCOMING_SSH_DISABLED (restricted-ssh): no inbound rule of a security group admits TCP port 22
// from 0.0.0.0/0 or ::/0. The current AWS documentation names ::/0 as well (the 2023 one did
// not); we follow the current one. A rule for all protocols ("-1") admits port 22 too.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/ip_permissions.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& group) {
  auto open = world_open_sources(group.configuration, "tcp", 22);
  if (open.empty()) return {compliance::compliant, "SSH is not open to the internet"};
  return {compliance::non_compliant, "SSH (TCP 22) is open to " + open};
}

}  // namespace

rule_definition incoming_ssh_disabled() {
  return {.identifier = "INCOMING_SSH_DISABLED",
          .summary = "security groups do not admit SSH from the whole internet",
          .resource_type = "AWS::EC2::SecurityGroup",
          .judge = judge};
}

}  // namespace engine::rules
