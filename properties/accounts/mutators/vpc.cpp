// VPC and EBS account mutators: SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED, VPC_FLOW_LOGS_ENABLED,
// NO_UNRESTRICTED_ROUTE_TO_IGW, INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY, VPC_VPN_2_TUNNELS_UP,
// EC2_EBS_ENCRYPTION_BY_DEFAULT and EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

std::optional<mutation> subnet_maps_public_ip(json& doc, std::uint64_t target, std::uint64_t) {
  auto subnets = items_of(doc, "AWS::EC2::Subnet");
  if (subnets.empty()) return std::nullopt;
  auto [region, subnet, identity] = subnets[target % subnets.size()];
  (*subnet)["MapPublicIpOnLaunch"] = true;
  return mutation{"subnet_maps_public_ip", "subnet " + identity + " (" + region + "): maps public IPv4 addresses on launch",
                  {{"SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED", identity, region, "MapPublicIpOnLaunch is true"}},
                  std::nullopt};
}

// Every flow log of one VPC moved down to one of its subnets: the VPC itself is no longer logged.
std::optional<mutation> flow_logs_moved_to_subnet(json& doc, std::uint64_t target, std::uint64_t) {
  auto vpcs = items_of(doc, "AWS::EC2::VPC");
  if (vpcs.empty()) return std::nullopt;
  auto [region, vpc, identity] = vpcs[target % vpcs.size()];
  json& ec2 = doc["regions"][region]["ec2"];
  std::string subnet;
  for (const auto& s : ec2.value("Subnets", json::array()))
    if (s.value("VpcId", "") == identity) {
      subnet = s.value("SubnetId", "");
      break;
    }
  if (subnet.empty()) return std::nullopt;
  for (auto& log : ec2["FlowLogs"])
    if (log.value("ResourceId", "") == identity) log["ResourceId"] = subnet;
  return mutation{"flow_logs_moved_to_subnet", "VPC " + identity + " (" + region + "): flow logs only on subnet " + subnet,
                  {{"VPC_FLOW_LOGS_ENABLED", identity, region, "no flow log of the VPC itself"}}, std::nullopt};
}

// The classic public subnet: an internet gateway attached to a VPC and its main table's default
// route sent there. Both the route and the attachment fail their rules.
std::optional<mutation> default_route_to_internet_gateway(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto tables = items_of(doc, "AWS::EC2::RouteTable");
  if (tables.empty()) return std::nullopt;
  auto [region, table, identity] = tables[target % tables.size()];
  std::string vpc = table->value("VpcId", "");
  std::string gateway = "igw-0badc0de" + identity.substr(identity.size() - 9);
  json& ec2 = doc["regions"][region]["ec2"];
  json& gateways = ec2["InternetGateways"];
  bool declared = false;
  for (const auto& g : gateways) declared = declared || g.value("InternetGatewayId", "") == gateway;
  if (!declared)
    gateways.push_back({{"InternetGatewayId", gateway}, {"Attachments", json::array({{{"VpcId", vpc}, {"State", "available"}}})}});
  bool v6 = degree % 2 == 1;
  std::string destination_member = v6 ? "DestinationIpv6CidrBlock" : "DestinationCidrBlock";
  std::string destination = v6 ? "::/0" : "0.0.0.0/0";
  json route = {{destination_member, destination}, {"GatewayId", gateway}, {"State", "active"}};
  // A table may already send 0.0.0.0/0 to a NAT gateway: the internet route replaces it.
  auto& routes = (*table)["Routes"];
  json kept = json::array();
  for (const auto& r : routes)
    if (r.value(destination_member, "") != destination) kept.push_back(r);
  routes = kept;
  routes.push_back(route);
  return mutation{"default_route_to_internet_gateway",
                  "route table " + identity + " (" + region + "): " + (v6 ? "::/0" : "0.0.0.0/0") + " to " + gateway +
                      ", attached to " + vpc,
                  {{"NO_UNRESTRICTED_ROUTE_TO_IGW", identity, region, "a default route goes to an internet gateway"},
                   {"INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY", gateway, region, "the pack authorizes no VPC"}},
                  std::nullopt};
}

std::optional<mutation> internet_gateway_attached(json& doc, std::uint64_t target, std::uint64_t) {
  auto gateways = items_of(doc, "AWS::EC2::InternetGateway");
  auto vpcs = items_of(doc, "AWS::EC2::VPC");
  if (gateways.empty()) return std::nullopt;
  auto [region, gateway, identity] = gateways[target % gateways.size()];
  std::string vpc;
  for (const auto& v : vpcs)
    if (v.region == region) vpc = v.identity;
  (*gateway)["Attachments"] = json::array({{{"VpcId", vpc}, {"State", "available"}}});
  return mutation{"internet_gateway_attached", "internet gateway " + identity + " (" + region + "): attached to " + vpc,
                  {{"INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY", identity, region, "the pack authorizes no VPC"}},
                  std::nullopt};
}

std::optional<mutation> vpn_tunnel_down(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto connections = items_of(doc, "AWS::EC2::VPNConnection");
  if (connections.empty()) return std::nullopt;
  auto [region, connection, identity] = connections[target % connections.size()];
  auto& tunnels = (*connection)["VgwTelemetry"];
  tunnels[degree % 2]["Status"] = "DOWN";
  if (degree % 3 == 2) tunnels[(degree + 1) % 2]["Status"] = "DOWN";
  return mutation{"vpn_tunnel_down", "VPN connection " + identity + " (" + region + "): a tunnel down",
                  {{"VPC_VPN_2_TUNNELS_UP", identity, region, "not both tunnels are UP"}}, std::nullopt};
}

std::optional<mutation> ebs_encryption_by_default_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto regions = regions_of(doc);
  if (regions.empty()) return std::nullopt;
  const std::string& region = regions[target % regions.size()];
  json& ec2 = doc["regions"][region]["ec2"];
  if (degree % 2) ec2.erase("EbsEncryptionByDefault");  // never turned on: AWS's default, off
  else ec2["EbsEncryptionByDefault"] = false;
  return mutation{"ebs_encryption_by_default_off", "region " + region + ": EBS encryption by default off",
                  {{"EC2_EBS_ENCRYPTION_BY_DEFAULT", "", region, "new volumes may be unencrypted"}}, std::nullopt};
}

std::optional<mutation> snapshot_made_public(json& doc, std::uint64_t target, std::uint64_t) {
  auto snapshots = items_of(doc, "AWS::EC2::Snapshot");
  if (snapshots.empty()) return std::nullopt;
  auto [region, snapshot, identity] = snapshots[target % snapshots.size()];
  (*snapshot)["CreateVolumePermissions"].push_back({{"Group", "all"}});
  return mutation{"snapshot_made_public", "snapshot " + identity + " (" + region + "): restorable by everyone",
                  {{"EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK", "", region, "a snapshot of the account is public"}},
                  std::nullopt};
}

}  // namespace

std::vector<mutator> vpc_mutators() {
  return {
      {"subnet_maps_public_ip", "SUBNET_AUTO_ASSIGN_PUBLIC_IP_DISABLED", "a subnet assigns public addresses", "", nullptr,
       subnet_maps_public_ip},
      {"flow_logs_moved_to_subnet", "VPC_FLOW_LOGS_ENABLED", "a VPC logged only at a subnet", "", nullptr,
       flow_logs_moved_to_subnet},
      {"default_route_to_internet_gateway", "NO_UNRESTRICTED_ROUTE_TO_IGW", "a default route to an internet gateway", "",
       nullptr, default_route_to_internet_gateway},
      {"internet_gateway_attached", "INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY", "a spare internet gateway attached", "",
       ensure_detached_internet_gateway, internet_gateway_attached},
      {"vpn_tunnel_down", "VPC_VPN_2_TUNNELS_UP", "a VPN tunnel down", "", ensure_vpn_connection, vpn_tunnel_down},
      {"ebs_encryption_by_default_off", "EC2_EBS_ENCRYPTION_BY_DEFAULT", "EBS encryption by default off in a region", "",
       nullptr, ebs_encryption_by_default_off},
      {"snapshot_made_public", "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK", "a snapshot restorable by everyone", "",
       ensure_snapshot, snapshot_made_public},
  };
}

}  // namespace properties
