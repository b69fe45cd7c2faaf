// SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED (subnet-auto-assign-public-ip-disabled): a subnet does not
// give instances launched in it a public IPv4 address (MapPublicIpOnLaunch false). Absent reads as
// false, CreateSubnet's default (a default VPC's default subnets say true, and describe-subnets
// always states it).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition subnet_auto_assign_public_ip_disabled() {
  return field_rule({.identifier = "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED",
                     .summary = "subnets do not assign public IPv4 addresses on launch",
                     .resource_type = "AWS::EC2::Subnet"},
                    {"MapPublicIpOnLaunch", false, false, "the subnet does not assign public IPv4 addresses on launch",
                     "the subnet assigns a public IPv4 address to every instance launched in it (MapPublicIpOnLaunch)"});
}

}  // namespace engine::rules
