// INCOMING_SSH_DISABLED (restricted-ssh): no inbound rule of a security group admits TCP port 22
// from 0.0.0.0/0 or ::/0, directly or through a managed prefix list holding either block. The
// current AWS documentation names ::/0 as well (the 2023 one did not); we follow the current one.
// A rule for all protocols ("-1") admits port 22 too. A rule referencing a prefix list the scan
// did not see cannot be judged: INSUFFICIENT_DATA.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/ip_permissions.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& group) {
  auto open = world_open_sources(group.configuration, "tcp", 22, prefix_lists_of(ctx, group));
  if (!open.sources.empty()) return {compliance::non_compliant, "SSH (TCP 22) is open to " + open.sources};
  if (!open.unknown_prefix_list.empty())
    return {compliance::insufficient_data,
            "an SSH rule references prefix list " + open.unknown_prefix_list + ", which the scan did not see"};
  return {compliance::compliant, "SSH is not open to the internet"};
}

}  // namespace

rule_definition incoming_ssh_disabled() {
  return {.identifier = "INCOMING_SSH_DISABLED",
          .summary = "security groups do not admit SSH from the whole internet",
          .resource_type = "AWS::EC2::SecurityGroup",
          .reads = {.types = {"AWS::EC2::SecurityGroup", "AWS::EC2::PrefixList"}, .supplements = {"Entries"}},
          .judge = judge,
          .reading = "::/0 counts as the internet too (the current page), a rule for all protocols admits port 22, and a referenced prefix list admits its entries; an unseen prefix list is INSUFFICIENT_DATA."};
}

}  // namespace engine::rules
