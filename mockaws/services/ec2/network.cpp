// VPC networking's filters: DescribeVpcs, DescribeSubnets, DescribeFlowLogs,
// DescribeInternetGateways, DescribeRouteTables and DescribeVpnConnections are plain list rows
// (ec2_operations.cpp) over these tables.

#include "mockaws/services/ec2/ec2_internal.hpp"
#include "mockaws/services/ec2/filters.hpp"

namespace mockaws::services::ec2 {

namespace {

constexpr filter_field vpc_fields[] = {
    // The primary CIDR block only; cidr-block-association.cidr-block reads all of them.
    {"cidr", "CidrBlock"},
    {"cidr-block-association.cidr-block", "CidrBlockAssociationSet[].CidrBlock"},
    {"cidr-block-association.association-id", "CidrBlockAssociationSet[].AssociationId"},
    {"cidr-block-association.state", "CidrBlockAssociationSet[].CidrBlockState.State"},
    {"dhcp-options-id", "DhcpOptionsId"},
    {"ipv6-cidr-block-association.ipv6-cidr-block", "Ipv6CidrBlockAssociationSet[].Ipv6CidrBlock"},
    {"ipv6-cidr-block-association.ipv6-pool", "Ipv6CidrBlockAssociationSet[].Ipv6Pool"},
    {"ipv6-cidr-block-association.association-id",
     "Ipv6CidrBlockAssociationSet[].AssociationId"},
    {"ipv6-cidr-block-association.state",
     "Ipv6CidrBlockAssociationSet[].Ipv6CidrBlockState.State"},
    {"is-default", "IsDefault"},
    {"owner-id", "OwnerId"},
    {"state", "State"},
    {"vpc-id", "VpcId"},
};

// DescribeSubnets also takes the camel-case names the reference lists as synonyms.
constexpr filter_field subnet_fields[] = {
    {"availability-zone", "AvailabilityZone"},
    {"availabilityZone", "AvailabilityZone"},
    {"availability-zone-id", "AvailabilityZoneId"},
    {"availabilityZoneId", "AvailabilityZoneId"},
    {"available-ip-address-count", "AvailableIpAddressCount"},
    {"cidr-block", "CidrBlock"},
    {"cidr", "CidrBlock"},
    {"cidrBlock", "CidrBlock"},
    {"customer-owned-ipv4-pool", "CustomerOwnedIpv4Pool"},
    {"default-for-az", "DefaultForAz"},
    {"defaultForAz", "DefaultForAz"},
    {"enable-dns64", "EnableDns64"},
    {"enable-lni-at-device-index", "EnableLniAtDeviceIndex"},
    {"ipv6-cidr-block-association.ipv6-cidr-block", "Ipv6CidrBlockAssociationSet[].Ipv6CidrBlock"},
    {"ipv6-cidr-block-association.association-id",
     "Ipv6CidrBlockAssociationSet[].AssociationId"},
    {"ipv6-cidr-block-association.state",
     "Ipv6CidrBlockAssociationSet[].Ipv6CidrBlockState.State"},
    {"ipv6-native", "Ipv6Native"},
    {"map-customer-owned-ip-on-launch", "MapCustomerOwnedIpOnLaunch"},
    {"map-public-ip-on-launch", "MapPublicIpOnLaunch"},
    {"outpost-arn", "OutpostArn"},
    {"owner-id", "OwnerId"},
    {"private-dns-name-options-on-launch.hostname-type", "PrivateDnsNameOptionsOnLaunch.HostnameType"},
    {"private-dns-name-options-on-launch.enable-resource-name-dns-a-record",
     "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsARecord"},
    {"private-dns-name-options-on-launch.enable-resource-name-dns-aaaa-record",
     "PrivateDnsNameOptionsOnLaunch.EnableResourceNameDnsAAAARecord"},
    {"state", "State"},
    {"subnet-arn", "SubnetArn"},
    {"subnet-id", "SubnetId"},
    {"vpc-id", "VpcId"},
};

constexpr filter_field flow_log_fields[] = {
    {"deliver-log-status", "DeliverLogsStatus"},
    {"log-destination-type", "LogDestinationType"},
    {"flow-log-id", "FlowLogId"},
    {"log-group-name", "LogGroupName"},
    {"resource-id", "ResourceId"},
    {"traffic-type", "TrafficType"},
};

constexpr filter_field gateway_fields[] = {
    {"attachment.state", "Attachments[].State"},
    {"attachment.vpc-id", "Attachments[].VpcId"},
    {"internet-gateway-id", "InternetGatewayId"},
    {"owner-id", "OwnerId"},
};

// association.main reads every association's Main: a main route table has one association with
// Main true and no subnet; its explicit subnet associations say false.
constexpr filter_field route_table_fields[] = {
    {"association.route-table-association-id", "Associations[].RouteTableAssociationId"},
    {"association.route-table-id", "Associations[].RouteTableId"},
    {"association.subnet-id", "Associations[].SubnetId"},
    {"association.gateway-id", "Associations[].GatewayId"},
    {"association.main", "Associations[].Main"},
    {"owner-id", "OwnerId"},
    {"route-table-id", "RouteTableId"},
    {"route.destination-cidr-block", "Routes[].DestinationCidrBlock"},
    {"route.destination-ipv6-cidr-block", "Routes[].DestinationIpv6CidrBlock"},
    {"route.destination-prefix-list-id", "Routes[].DestinationPrefixListId"},
    {"route.egress-only-internet-gateway-id", "Routes[].EgressOnlyInternetGatewayId"},
    {"route.gateway-id", "Routes[].GatewayId"},
    {"route.instance-id", "Routes[].InstanceId"},
    {"route.nat-gateway-id", "Routes[].NatGatewayId"},
    {"route.transit-gateway-id", "Routes[].TransitGatewayId"},
    {"route.origin", "Routes[].Origin"},
    {"route.state", "Routes[].State"},
    {"route.vpc-peering-connection-id", "Routes[].VpcPeeringConnectionId"},
    {"vpc-id", "VpcId"},
};

// bgp-asn is documented too, but a VpnConnection does not carry its customer gateway's ASN, so
// mockaws cannot answer it and refuses it like any unknown filter.
constexpr filter_field vpn_fields[] = {
    {"customer-gateway-configuration", "CustomerGatewayConfiguration"},
    {"customer-gateway-id", "CustomerGatewayId"},
    {"state", "State"},
    {"option.static-routes-only", "Options.StaticRoutesOnly"},
    {"route.destination-cidr-block", "Routes[].DestinationCidrBlock"},
    {"type", "Type"},
    {"vpn-connection-id", "VpnConnectionId"},
    {"vpn-gateway-id", "VpnGatewayId"},
    {"transit-gateway-id", "TransitGatewayId"},
};

}  // namespace

constexpr filter_field prefix_list_fields[] = {
    {"owner-id", "OwnerId"},
    {"prefix-list-id", "PrefixListId"},
    {"prefix-list-name", "PrefixListName"},
};

const filter_table vpc_filters{vpc_fields};
const filter_table prefix_list_filters{prefix_list_fields};
const filter_table subnet_filters{subnet_fields};
const filter_table flow_log_filters{flow_log_fields};
const filter_table gateway_filters{gateway_fields};
const filter_table route_table_filters{route_table_fields};
const filter_table vpn_filters{vpn_fields};

}  // namespace mockaws::services::ec2
