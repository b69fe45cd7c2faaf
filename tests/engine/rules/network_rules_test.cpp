// INCOMING_SSH_DISABLED over the shapes of inbound rules AWS allows.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

compliance ssh_verdict(json permissions) {
  inventory inv = make_inventory();
  inv.add(item("AWS::EC2::SecurityGroup", "sg-1", {{"GroupId", "sg-1"}, {"IpPermissions", permissions}}));
  return run(inv, "INCOMING_SSH_DISABLED").at(0).result;
}

TEST(incoming_ssh_disabled, world_open_port_22_over_ipv4_ipv6_ranges_or_all_protocols) {
  auto rule = [](std::string protocol, int from, int to, json ranges, json v6 = json::array()) {
    json p = {{"IpProtocol", protocol}, {"IpRanges", ranges}, {"Ipv6Ranges", v6}};
    if (from >= 0) p["FromPort"] = from, p["ToPort"] = to;
    return json::array({p});
  };
  json world = json::array({{{"CidrIp", "0.0.0.0/0"}}});
  json office = json::array({{{"CidrIp", "10.0.0.0/8"}}});
  EXPECT_EQ(ssh_verdict(rule("tcp", 22, 22, world)), compliance::non_compliant);
  EXPECT_EQ(ssh_verdict(rule("tcp", 20, 30, world)), compliance::non_compliant) << "a range holding 22";
  EXPECT_EQ(ssh_verdict(rule("tcp", 22, 22, json::array(), json::array({{{"CidrIpv6", "::/0"}}}))),
            compliance::non_compliant);
  EXPECT_EQ(ssh_verdict(rule("-1", -1, -1, world)), compliance::non_compliant) << "all traffic";
  EXPECT_EQ(ssh_verdict(rule("6", 22, 22, world)), compliance::non_compliant) << "protocol number";
  EXPECT_EQ(ssh_verdict(rule("tcp", 22, 22, office)), compliance::compliant);
  EXPECT_EQ(ssh_verdict(rule("tcp", 443, 443, world)), compliance::compliant);
  EXPECT_EQ(ssh_verdict(rule("udp", 22, 22, world)), compliance::compliant);
  EXPECT_EQ(ssh_verdict(json::array()), compliance::compliant);
}

}  // namespace
}  // namespace engine
