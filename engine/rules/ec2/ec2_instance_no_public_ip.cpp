// EC2_INSTANCE_NO_PUBLIC_IP (ec2-instance-no-public-ip): an instance has no public IPv4 address.
// IPv6 addresses are not considered (the page says so).
//
// Readings (pinned by scenarios/rules/ec2-instance-no-public-ip/):
//  - A public address counts wherever DescribeInstances shows it: the instance's PublicIpAddress
//    (its primary interface) or the Association.PublicIp of any of its network interfaces (an
//    Elastic IP on a secondary interface reaches the instance just as well).
//  - Terminated instances are NOT_APPLICABLE (instance_state.hpp).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/instance_state.hpp"

namespace engine::rules {

namespace {

std::string public_address(const json& instance) {
  std::string address = instance.value("PublicIpAddress", "");
  if (!address.empty()) return address;
  for (const auto& interface : instance.value("NetworkInterfaces", json::array())) {
    auto association = interface.find("Association");
    if (association != interface.end() && association->is_object()) {
      address = association->value("PublicIp", "");
      if (!address.empty()) return address + " (network interface " + interface.value("NetworkInterfaceId", "") + ")";
    }
  }
  return {};
}

verdict judge(const rule_context&, const configuration_item& instance) {
  if (auto terminated = terminated_instance(instance.configuration)) return *terminated;
  std::string address = public_address(instance.configuration);
  if (!address.empty()) return {compliance::non_compliant, "the instance has the public IPv4 address " + address};
  return {compliance::compliant, "the instance has no public IPv4 address"};
}

}  // namespace

rule_definition ec2_instance_no_public_ip() {
  return {.identifier = "EC2_INSTANCE_NO_PUBLIC_IP",
          .summary = "EC2 instances have no public IPv4 address",
          .resource_type = "AWS::EC2::Instance",
          .judge = judge,
          .reading = "PublicIpAddress or any network interface's Association.PublicIp counts; IPv6 does not; "
                     "terminated instances are NOT_APPLICABLE."};
}

}  // namespace engine::rules
