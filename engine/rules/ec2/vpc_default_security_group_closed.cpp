// VPC_DEFAULT_SECURITY_GROUP_CLOSED (vpc-default-security-group-closed): a VPC's default security
// group has no inbound and no outbound rule. Anything launched without a group gets the default
// one, so its rules (by default: all traffic from the group itself, all traffic out) should be
// removed and every resource given a group of its own. Other groups are NOT_APPLICABLE.
//
// Readings (pinned by scenarios/rules/vpc-default-security-group-closed/): the default group is
// the one named "default" with a VpcId (a VPC cannot have another group of that name); an
// EC2-Classic default group (no VpcId) is NOT_APPLICABLE, the rule being about VPCs.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& group) {
  const json& g = group.configuration;
  if (g.value("GroupName", "") != "default" || g.value("VpcId", "").empty())
    return {compliance::not_applicable, "not a VPC's default security group"};
  auto inbound = g.value("IpPermissions", json::array()).size();
  auto outbound = g.value("IpPermissionsEgress", json::array()).size();
  if (inbound + outbound > 0)
    return {compliance::non_compliant, "the default security group of " + g.value("VpcId", "") + " has " +
                                           std::to_string(inbound) + " inbound and " + std::to_string(outbound) +
                                           " outbound rules"};
  return {compliance::compliant, "the default security group of " + g.value("VpcId", "") + " has no rules"};
}

}  // namespace

rule_definition vpc_default_security_group_closed() {
  return {.identifier = "VPC_DEFAULT_SECURITY_GROUP_CLOSED",
          .summary = "VPC default security groups allow no inbound or outbound traffic",
          .resource_type = "AWS::EC2::SecurityGroup",
          .judge = judge,
          .reading = "the default group is the one named 'default' with a VpcId; every other group is NOT_APPLICABLE."};
}

}  // namespace engine::rules
