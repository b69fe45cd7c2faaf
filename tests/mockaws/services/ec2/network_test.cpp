// VPC networking through HTTP: VPCs, subnets, flow logs, internet gateways, route tables and VPN
// connections - values, ids, filters, paging and not-found errors.

#include "tests/mockaws/services/ec2/ec2_fixture.hpp"

namespace hipaasim::testing {
namespace {

using network = ec2_test;

TEST_F(network, describes_vpcs) {
  json vpcs = call("DescribeVpcs")["Vpcs"];
  EXPECT_EQ(pluck(vpcs, "VpcId"), json({"vpc-0default", "vpc-0clinic", "vpc-0lab"}));
  EXPECT_EQ(vpcs[0], json::parse(R"({
    "VpcId": "vpc-0default", "CidrBlock": "172.31.0.0/16", "DhcpOptionsId": "dopt-0a1",
    "State": "available", "OwnerId": "123456789012", "InstanceTenancy": "default",
    "IsDefault": true,
    "CidrBlockAssociationSet": [{"AssociationId": "vpc-cidr-assoc-01",
                                 "CidrBlock": "172.31.0.0/16",
                                 "CidrBlockState": {"State": "associated"}}]})"));
  auto vpc_ids = [&](const json& input) { return ids("DescribeVpcs", input, "Vpcs", "VpcId"); };
  EXPECT_EQ(vpc_ids(filters({filter("is-default", {"false"})})), json({"vpc-0clinic", "vpc-0lab"}));
  EXPECT_EQ(vpc_ids(filters({filter("cidr", {"10.0.0.0/16"})})), json({"vpc-0clinic"}));
  EXPECT_EQ(vpc_ids(filters({filter("cidr-block-association.cidr-block", {"10.100.0.0/16"})})),
            json({"vpc-0clinic"}));
  EXPECT_EQ(vpc_ids(filters({filter("state", {"pending"})})), json({"vpc-0lab"}));
  EXPECT_EQ(vpc_ids(filters({filter("tag:env", {"prod", "dev"}), filter("tag-key", {"Name"})})),
            json({"vpc-0clinic"}));
  EXPECT_EQ(vpc_ids({{"VpcIds", {"vpc-0lab", "vpc-0default"}}}), json({"vpc-0default", "vpc-0lab"}));
  expect_error("DescribeVpcs", {{"VpcIds", {"vpc-0lab", "vpc-0nope"}}}, "InvalidVpcID.NotFound",
               "The vpc ID 'vpc-0nope' does not exist");
  expect_error("DescribeVpcs", filters({filter("cidr-block", {"10.0.0.0/16"})}),
               "InvalidParameterValue", "The filter 'cidr-block' is invalid");
}

TEST_F(network, describes_subnets) {
  json subnets = call("DescribeSubnets")["Subnets"];
  EXPECT_EQ(pluck(subnets, "SubnetId"), json({"subnet-0a", "subnet-0b", "subnet-0c", "subnet-0lab"}));
  EXPECT_EQ(subnets[0]["AvailableIpAddressCount"], 4091);
  EXPECT_EQ(subnets[0]["DefaultForAz"], true);
  EXPECT_EQ(subnets[0]["SubnetArn"], "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0a");
  auto subnet_ids = [&](const json& input) {
    return ids("DescribeSubnets", input, "Subnets", "SubnetId");
  };
  // SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED.
  EXPECT_EQ(subnet_ids(filters({filter("map-public-ip-on-launch", {"true"})})),
            json({"subnet-0a", "subnet-0c"}));
  EXPECT_EQ(subnet_ids(filters({filter("default-for-az", {"true"})})), json({"subnet-0a"}));
  // subnet-0lab does not say: the scenario default is AWS's (a subnet you create is not the
  // default for its zone).
  EXPECT_EQ(subnet_ids(filters({filter("defaultForAz", {"false"})})),
            json({"subnet-0b", "subnet-0c", "subnet-0lab"}));
  EXPECT_EQ(subnet_ids(filters({filter("vpc-id", {"vpc-0clinic"}),
                                filter("availability-zone", {"us-east-1a"})})),
            json({"subnet-0c"}));
  EXPECT_EQ(subnet_ids(filters({filter("cidr-block", {"10.0.1.0/24"})})), json({"subnet-0b"}));
  EXPECT_EQ(subnet_ids(filters({filter("cidr", {"10.0.*"})})), json({"subnet-0b", "subnet-0c"}));
  EXPECT_EQ(subnet_ids(filters({filter("cidrBlock", {"172.31.0.0/20"})})), json({"subnet-0a"}));
  EXPECT_EQ(subnet_ids(filters({filter("available-ip-address-count", {"25?"})})),
            json({"subnet-0b", "subnet-0c"}));
  EXPECT_EQ(subnet_ids(filters({filter("tag:Name", {"clinic-public"})})), json({"subnet-0c"}));
  EXPECT_EQ(subnet_ids({{"SubnetIds", {"subnet-0c"}}}), json({"subnet-0c"}));
  expect_error("DescribeSubnets", {{"SubnetIds", {"subnet-0x"}}}, "InvalidSubnetID.NotFound",
               "The subnet ID 'subnet-0x' does not exist");
}

TEST_F(network, describes_flow_logs_with_the_singular_filter_member) {
  json logs = call("DescribeFlowLogs")["FlowLogs"];
  EXPECT_EQ(pluck(logs, "FlowLogId"), json({"fl-01", "fl-02"}));
  EXPECT_EQ(logs[0]["CreationTime"], "2026-01-01T00:00:00.250Z");
  EXPECT_EQ(logs[0]["MaxAggregationInterval"], 600);
  auto log_ids = [&](const json& input) {
    return ids("DescribeFlowLogs", input, "FlowLogs", "FlowLogId");
  };
  // VPC_FLOW_LOGS_ENABLED: the flow logs of one VPC.
  EXPECT_EQ(log_ids({{"Filter", {filter("resource-id", {"vpc-0clinic"})}}}), json({"fl-01"}));
  EXPECT_EQ(log_ids({{"Filter", {filter("resource-id", {"vpc-0lab"})}}}), json::array());
  EXPECT_EQ(log_ids({{"Filter", {filter("traffic-type", {"ALL", "REJECT"}),
                                 filter("deliver-log-status", {"FAILED"})}}}),
            json({"fl-02"}));
  EXPECT_EQ(log_ids({{"Filter", {filter("log-destination-type", {"s3"})}}}), json({"fl-02"}));
  EXPECT_EQ(log_ids({{"Filter", {filter("tag:team", {"netops"})}}}), json({"fl-02"}));
  // Unknown flow log ids match nothing rather than failing.
  EXPECT_EQ(log_ids({{"FlowLogIds", {"fl-02", "fl-nope"}}}), json({"fl-02"}));
  expect_error("DescribeFlowLogs", {{"Filter", {filter("vpc-id", {"vpc-0clinic"})}}},
               "InvalidParameterValue", "The filter 'vpc-id' is invalid");
  EXPECT_EQ(pluck(walk("DescribeFlowLogs", json::object(), "FlowLogs", 1), "FlowLogId"),
            json({"fl-01", "fl-02"}));
}

TEST_F(network, describes_internet_gateways) {
  json gateways = call("DescribeInternetGateways")["InternetGateways"];
  EXPECT_EQ(gateways[1], json::parse(R"({"InternetGatewayId": "igw-02", "OwnerId": "123456789012",
    "Attachments": [{"State": "available", "VpcId": "vpc-0clinic"}],
    "Tags": [{"Key": "Name", "Value": "clinic-igw"}]})"));
  auto gateway_ids = [&](const json& input) {
    return ids("DescribeInternetGateways", input, "InternetGateways", "InternetGatewayId");
  };
  // INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY: the gateways attached to a VPC.
  EXPECT_EQ(gateway_ids(filters({filter("attachment.vpc-id", {"vpc-0clinic"})})), json({"igw-02"}));
  EXPECT_EQ(gateway_ids(filters({json{{"Name", "attachment.vpc-id"}}})), json({"igw-01", "igw-02"}));
  EXPECT_EQ(gateway_ids(filters({filter("attachment.state", {"available"})})),
            json({"igw-01", "igw-02"}));
  EXPECT_EQ(gateway_ids(filters({filter("internet-gateway-id", {"igw-03"})})), json({"igw-03"}));
  EXPECT_EQ(gateway_ids({{"InternetGatewayIds", {"igw-03", "igw-01"}}}), json({"igw-01", "igw-03"}));
  expect_error("DescribeInternetGateways", {{"InternetGatewayIds", {"igw-9"}}},
               "InvalidInternetGatewayID.NotFound", "The internetGateway ID 'igw-9' does not exist");
  expect_error("DescribeInternetGateways", {{"MaxResults", 1001}}, "InvalidParameterValue",
               "Value ( 1001 ) for parameter MaxResults is invalid. Expecting a value smaller "
               "than or equal to 1000.");
}

TEST_F(network, describes_route_tables) {
  json tables = call("DescribeRouteTables")["RouteTables"];
  EXPECT_EQ(pluck(tables, "RouteTableId"), json({"rtb-0main", "rtb-0public", "rtb-0private"}));
  EXPECT_EQ(tables[0]["Associations"][0], json::parse(R"({"Main": true,
    "RouteTableAssociationId": "rtbassoc-01", "RouteTableId": "rtb-0main",
    "AssociationState": {"State": "associated"}})"));
  auto table_ids = [&](const json& input) {
    return ids("DescribeRouteTables", input, "RouteTables", "RouteTableId");
  };
  EXPECT_EQ(table_ids(filters({filter("association.main", {"true"})})), json({"rtb-0main"}));
  EXPECT_EQ(table_ids(filters({filter("association.subnet-id", {"subnet-0c"})})),
            json({"rtb-0public"}));
  // NO_UNRESTRICTED_ROUTE_TO_IGW: a default route through an internet gateway.
  json to_igw = filters({filter("route.destination-cidr-block", {"0.0.0.0/0"}),
                         filter("route.gateway-id", {"igw-*"})});
  EXPECT_EQ(table_ids(to_igw), json({"rtb-0public"}));
  EXPECT_EQ(table_ids(filters({filter("route.nat-gateway-id", {"nat-01"}),
                               filter("route.state", {"blackhole"})})),
            json({"rtb-0private"}));
  EXPECT_EQ(table_ids(filters({filter("route-table-id", {"rtb-0p*"}),
                               filter("vpc-id", {"vpc-0clinic"})})),
            json({"rtb-0public", "rtb-0private"}));
  expect_error("DescribeRouteTables", {{"RouteTableIds", {"rtb-9"}}},
               "InvalidRouteTableID.NotFound", "The routeTable ID 'rtb-9' does not exist");
  // Route tables page at most 100 at a time.
  expect_error("DescribeRouteTables", {{"MaxResults", 1000}}, "InvalidParameterValue",
               "Value ( 1000 ) for parameter MaxResults is invalid. Expecting a value smaller "
               "than or equal to 100.");
  EXPECT_EQ(pluck(walk("DescribeRouteTables", json::object(), "RouteTables", 5), "RouteTableId"),
            json({"rtb-0main", "rtb-0public", "rtb-0private"}));
}

TEST_F(network, describes_vpn_connections_without_paging) {
  json connections = call("DescribeVpnConnections")["VpnConnections"];
  EXPECT_EQ(pluck(connections, "VpnConnectionId"), json({"vpn-01", "vpn-02"}));
  // VPC_VPN_2_TUNNELS_UP reads the tunnel telemetry.
  EXPECT_EQ(pluck(connections[1]["VgwTelemetry"], "Status"), json({"UP", "DOWN"}));
  EXPECT_EQ(connections[0]["VgwTelemetry"][0]["LastStatusChange"], "2026-10-01T00:00:00Z");
  EXPECT_EQ(connections[0]["Options"], json({{"StaticRoutesOnly", true}}));
  auto vpn_ids = [&](const json& input) {
    return ids("DescribeVpnConnections", input, "VpnConnections", "VpnConnectionId");
  };
  EXPECT_EQ(vpn_ids(filters({filter("option.static-routes-only", {"false"})})), json({"vpn-02"}));
  EXPECT_EQ(vpn_ids(filters({filter("transit-gateway-id", {"tgw-01"})})), json({"vpn-02"}));
  EXPECT_EQ(vpn_ids(filters({filter("route.destination-cidr-block", {"192.168.0.0/16"})})),
            json({"vpn-01"}));
  EXPECT_EQ(vpn_ids(filters({filter("tag:site", {"main-*"}), filter("state", {"available"})})),
            json({"vpn-01"}));
  EXPECT_EQ(vpn_ids({{"VpnConnectionIds", {"vpn-02"}}}), json({"vpn-02"}));
  expect_error("DescribeVpnConnections", {{"VpnConnectionIds", {"vpn-9"}}},
               "InvalidVpnConnectionID.NotFound", "The vpnConnection ID 'vpn-9' does not exist");
  EXPECT_FALSE(call("DescribeVpnConnections").contains("NextToken"));
}

TEST_F(network, keeps_regions_apart) {
  client_.set_region("eu-west-1");
  EXPECT_EQ(ids("DescribeVpcs", json::object(), "Vpcs", "VpcId"), json({"vpc-0eu"}));
  EXPECT_EQ(ids("DescribeSubnets", json::object(), "Subnets", "SubnetId"), json::array());
}

}  // namespace
}  // namespace hipaasim::testing
