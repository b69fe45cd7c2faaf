// The security-group, route, gateway, subnet, flow-log and VPN rules over the shapes AWS allows:
// INCOMING_SSH_DISABLED, RESTRICTED_INCOMING_TRAFFIC, VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS,
// VPC_DEFAULT_SECURITY_GROUP_CLOSED, NO_UNRESTRICTED_ROUTE_TO_IGW,
// INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY, VPC_FLOW_LOGS_ENABLED, VPC_VPN_2_TUNNELS_UP, and the port
// lists their parameters take.

#include <gtest/gtest.h>

#include "engine/rules/port_list.hpp"
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


json permission(std::string protocol, int from, int to, std::string cidr) {
  json p = {{"IpProtocol", protocol}};
  if (from != -2) p["FromPort"] = from, p["ToPort"] = to;
  if (cidr.find(':') != std::string::npos) p["Ipv6Ranges"] = json::array({{{"CidrIpv6", cidr}}});
  else p["IpRanges"] = json::array({{{"CidrIp", cidr}}});
  return p;
}

evaluation group_verdict(const std::string& rule, json permissions, std::map<std::string, std::string> parameters = {}) {
  inventory inv = make_inventory();
  inv.add(item("AWS::EC2::SecurityGroup", "sg-1", {{"GroupId", "sg-1"}, {"IpPermissions", permissions}}));
  return run(inv, rule, std::move(parameters)).at(0);
}

TEST(port_list, ports_and_ranges_parse_as_aws_writes_them_and_the_rest_is_refused) {
  using rules::port_list_problem;
  EXPECT_EQ(port_list_problem("443,1020-1025"), "");
  EXPECT_EQ(port_list_problem(" 443 , 1020 - 1025 ,"), "") << "blanks and an empty entry";
  EXPECT_EQ(port_list_problem(""), "");
  EXPECT_NE(port_list_problem("70000"), "");
  EXPECT_NE(port_list_problem("https"), "");
  EXPECT_NE(port_list_problem("25-20"), "");
  EXPECT_NE(port_list_problem("1-2-3"), "");
  auto ranges = rules::port_list("22, 1020-1025");
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[1].from, 1020);
  EXPECT_EQ(ranges[1].to, 1025);
  auto gaps = rules::uncovered({0, 65535}, {{443, 443}, {0, 100}, {90, 200}});
  ASSERT_EQ(gaps.size(), 2u);
  EXPECT_EQ(gaps[0].text(), "201-442");
  EXPECT_EQ(gaps[1].text(), "444-65535");
  EXPECT_TRUE(rules::uncovered({8000, 8080}, {{8000, 8080}}).empty());
}

TEST(restricted_incoming_traffic, blocked_tcp_ports_from_the_internet_in_ranges_or_all_traffic) {
  const std::string rule = "RESTRICTED_INCOMING_TRAFFIC";
  auto verdict = [&](json p, std::map<std::string, std::string> params = {}) {
    return group_verdict(rule, json::array({p}), std::move(params)).result;
  };
  for (int port : {20, 21, 3389, 3306, 4333})
    EXPECT_EQ(verdict(permission("tcp", port, port, "0.0.0.0/0")), compliance::non_compliant) << port;
  EXPECT_EQ(verdict(permission("tcp", 3300, 3400, "::/0")), compliance::non_compliant) << "range over 3306 and 3389";
  EXPECT_EQ(verdict(permission("-1", -2, 0, "0.0.0.0/0")), compliance::non_compliant);
  EXPECT_EQ(verdict(permission("udp", 3389, 3389, "0.0.0.0/0")), compliance::compliant) << "TCP only";
  EXPECT_EQ(verdict(permission("tcp", 3389, 3389, "10.0.0.0/8")), compliance::compliant);
  EXPECT_EQ(verdict(permission("tcp", 22, 22, "0.0.0.0/0")), compliance::compliant) << "22 is not blocked here";
  EXPECT_EQ(verdict(permission("tcp", 22, 22, "0.0.0.0/0"), {{"blockedPorts", "22"}}), compliance::non_compliant);
  EXPECT_EQ(verdict(permission("tcp", 3389, 3389, "0.0.0.0/0"), {{"blockedPort3", "5900"}}), compliance::compliant);
  auto e = group_verdict(rule, json::array({permission("tcp", 20, 21, "0.0.0.0/0")}));
  EXPECT_NE(e.annotation.find("TCP 20-21 from 0.0.0.0/0"), std::string::npos) << e.annotation;
}

TEST(restricted_incoming_traffic, an_unseen_prefix_list_is_insufficient_data) {
  json p = {{"IpProtocol", "tcp"}, {"FromPort", 3389}, {"ToPort", 3389},
            {"PrefixListIds", json::array({{{"PrefixListId", "pl-unseen"}}})}};
  EXPECT_EQ(group_verdict("RESTRICTED_INCOMING_TRAFFIC", json::array({p})).result, compliance::insufficient_data);
}

TEST(vpc_sg_open_only_to_authorized_ports, only_world_open_groups_are_judged_against_both_lists) {
  const std::string rule = "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS";
  auto verdict = [&](json permissions, std::map<std::string, std::string> params = {}) {
    return group_verdict(rule, std::move(permissions), std::move(params)).result;
  };
  EXPECT_EQ(verdict(json::array({permission("tcp", 443, 443, "10.0.0.0/8")})), compliance::not_applicable);
  EXPECT_EQ(verdict(json::array()), compliance::not_applicable);
  EXPECT_EQ(verdict(json::array({permission("tcp", 443, 443, "0.0.0.0/0")})), compliance::non_compliant)
      << "no list: nothing is authorized";
  EXPECT_EQ(verdict(json::array({permission("tcp", 443, 443, "0.0.0.0/0")}), {{"authorizedTcpPorts", "443"}}),
            compliance::compliant);
  EXPECT_EQ(verdict(json::array({permission("udp", 443, 443, "0.0.0.0/0")}), {{"authorizedTcpPorts", "443"}}),
            compliance::non_compliant) << "the TCP list does not authorize UDP";
  EXPECT_EQ(verdict(json::array({permission("tcp", 1020, 1030, "::/0")}), {{"authorizedTcpPorts", "1020-1025"}}),
            compliance::non_compliant) << "a range must be covered whole";
  EXPECT_EQ(verdict(json::array({permission("icmp", 8, -1, "0.0.0.0/0")})), compliance::compliant);
  EXPECT_EQ(verdict(json::array({permission("-1", -2, 0, "0.0.0.0/0")}), {{"authorizedTcpPorts", "0-65535"}}),
            compliance::non_compliant) << "all traffic opens UDP too";
  auto e = group_verdict(rule, json::array({permission("tcp", 8000, 8100, "0.0.0.0/0")}), {{"authorizedTcpPorts", "8000-8080"}});
  EXPECT_NE(e.annotation.find("TCP 8081-8100 from 0.0.0.0/0"), std::string::npos) << e.annotation;
}

TEST(vpc_default_security_group_closed, only_a_vpc_default_group_is_judged_on_both_directions) {
  auto verdict = [](json group) {
    inventory inv = make_inventory();
    inv.add(item("AWS::EC2::SecurityGroup", "sg-1", group));
    return run(inv, "VPC_DEFAULT_SECURITY_GROUP_CLOSED").at(0).result;
  };
  json all_out = json::array({{{"IpProtocol", "-1"}, {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}}});
  EXPECT_EQ(verdict({{"GroupName", "default"}, {"VpcId", "vpc-1"}}), compliance::compliant);
  EXPECT_EQ(verdict({{"GroupName", "default"}, {"VpcId", "vpc-1"}, {"IpPermissionsEgress", all_out}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"GroupName", "default"}, {"VpcId", "vpc-1"}, {"IpPermissions", all_out}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"GroupName", "web"}, {"VpcId", "vpc-1"}, {"IpPermissions", all_out}}), compliance::not_applicable);
  EXPECT_EQ(verdict({{"GroupName", "default"}, {"IpPermissions", all_out}}), compliance::not_applicable) << "EC2-Classic";
}

TEST(no_unrestricted_route_to_igw, default_routes_to_internet_gateways_unless_listed) {
  auto verdict = [](json route, std::map<std::string, std::string> params = {}) {
    inventory inv = make_inventory();
    inv.add(item("AWS::EC2::RouteTable", "rtb-1", {{"RouteTableId", "rtb-1"}, {"Routes", json::array({route})}}));
    return run(inv, "NO_UNRESTRICTED_ROUTE_TO_IGW", std::move(params)).at(0).result;
  };
  EXPECT_EQ(verdict({{"DestinationCidrBlock", "0.0.0.0/0"}, {"GatewayId", "igw-1"}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"DestinationIpv6CidrBlock", "::/0"}, {"GatewayId", "igw-1"}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"DestinationCidrBlock", "0.0.0.0/0"}, {"GatewayId", "igw-1"}}, {{"routeTableIds", "rtb-9, rtb-1"}}),
            compliance::compliant);
  EXPECT_EQ(verdict({{"DestinationCidrBlock", "10.0.0.0/8"}, {"GatewayId", "igw-1"}}), compliance::compliant);
  EXPECT_EQ(verdict({{"DestinationCidrBlock", "0.0.0.0/0"}, {"NatGatewayId", "nat-1"}}), compliance::compliant);
  EXPECT_EQ(verdict({{"DestinationCidrBlock", "0.0.0.0/0"}, {"GatewayId", "igw-1"}, {"State", "blackhole"}}),
            compliance::compliant);
}

TEST(internet_gateway_authorized_vpc_only, attached_gateways_need_an_authorized_vpc) {
  auto verdict = [](json attachments, std::map<std::string, std::string> params = {}) {
    inventory inv = make_inventory();
    inv.add(item("AWS::EC2::InternetGateway", "igw-1", {{"Attachments", attachments}}));
    return run(inv, "INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY", std::move(params)).at(0).result;
  };
  json attached = json::array({{{"VpcId", "vpc-1"}, {"State", "available"}}});
  EXPECT_EQ(verdict(attached), compliance::non_compliant) << "no parameter: none authorized";
  EXPECT_EQ(verdict(attached, {{"AuthorizedVpcIds", "vpc-1"}}), compliance::compliant);
  EXPECT_EQ(verdict(attached, {{"AuthorizedVpcIds", "vpc-2"}}), compliance::non_compliant);
  EXPECT_EQ(verdict(json::array({{{"VpcId", "vpc-1"}, {"State", "detached"}}})), compliance::compliant);
  EXPECT_EQ(verdict(json::array()), compliance::compliant);
}

TEST(vpc_flow_logs_enabled, an_active_flow_log_on_the_vpc_of_the_traffic_type_asked) {
  auto verdict = [](json logs, std::map<std::string, std::string> params = {}) {
    inventory inv = make_inventory({"us-east-1", "eu-west-1"});
    inv.add(item("AWS::EC2::VPC", "vpc-1", {{"VpcId", "vpc-1"}}));
    int n = 0;
    for (auto& log : logs) {
      std::string region = log.value("region", "us-east-1");
      log.erase("region");
      inv.add(item("AWS::EC2::FlowLog", "fl-" + std::to_string(++n), log, region));
    }
    return run(inv, "VPC_FLOW_LOGS_ENABLED", std::move(params)).at(0).result;
  };
  json all = {{"ResourceId", "vpc-1"}, {"TrafficType", "ALL"}, {"FlowLogStatus", "ACTIVE"}};
  EXPECT_EQ(verdict(json::array({all})), compliance::compliant);
  EXPECT_EQ(verdict(json::array()), compliance::non_compliant);
  EXPECT_EQ(verdict(json::array({{{"ResourceId", "subnet-1"}, {"TrafficType", "ALL"}}})), compliance::non_compliant);
  EXPECT_EQ(verdict(json::array({{{"ResourceId", "vpc-1"}, {"region", "eu-west-1"}}})), compliance::non_compliant)
      << "a flow log of another region's VPC of the same id";
  EXPECT_EQ(verdict(json::array({{{"ResourceId", "vpc-1"}, {"FlowLogStatus", "DELETING"}}})), compliance::non_compliant);
  EXPECT_EQ(verdict(json::array({all}), {{"trafficType", "ACCEPT"}}), compliance::non_compliant);
  EXPECT_EQ(verdict(json::array({all}), {{"trafficType", "all"}}), compliance::compliant);
}

TEST(vpc_vpn_2_tunnels_up, both_tunnels_up_and_deleted_connections_not_judged) {
  auto verdict = [](json connection) {
    inventory inv = make_inventory();
    inv.add(item("AWS::EC2::VPNConnection", "vpn-1", connection));
    return run(inv, "VPC_VPN_2_TUNNELS_UP").at(0).result;
  };
  auto tunnels = [](const char* a, const char* b) {
    return json::array({{{"Status", a}, {"OutsideIpAddress", "1.1.1.1"}}, {{"Status", b}, {"OutsideIpAddress", "1.1.1.2"}}});
  };
  EXPECT_EQ(verdict({{"VgwTelemetry", tunnels("UP", "UP")}}), compliance::compliant);
  EXPECT_EQ(verdict({{"VgwTelemetry", tunnels("UP", "DOWN")}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"VgwTelemetry", tunnels("DOWN", "DOWN")}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"VgwTelemetry", json::array({{{"Status", "UP"}}})}}), compliance::non_compliant);
  EXPECT_EQ(verdict({{"State", "deleted"}, {"VgwTelemetry", tunnels("DOWN", "DOWN")}}), compliance::not_applicable);
}

}  // namespace
}  // namespace engine
