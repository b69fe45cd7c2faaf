// KMS keys and aliases; VPCs with subnets, security groups, flow logs and route tables;
// instances and their volumes; snapshots, VPN connections and spare internet gateways.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

namespace {

const char* traffic_type(int n) { return n == 1 ? "ACCEPT" : n == 2 ? "REJECT" : "ALL"; }

}  // namespace

region_keys account_renderer::render_kms(const region_spec& r, json& out, bool aws_rds_key) {
  region_keys keys;
  json items = json::array(), aliases = json::array();
  for (int k = 0; k < r.kms_keys; ++k) {
    std::string id = ids_.uuid();
    items.push_back({{"KeyId", id}, {"Description", std::string(purpose(std::size_t(k))) + " data"},
                     {"KeyRotationEnabled", true}});
    std::string alias = "alias/" + std::string(purpose(std::size_t(k))) + "-" + std::to_string(k);
    aliases.push_back({{"AliasName", alias}, {"TargetKeyId", id}});
    keys.arns.push_back(arn(r.name, "kms", "key/" + id));
    keys.aliases.push_back(alias);
  }
  if (aws_rds_key) {
    std::string id = ids_.uuid();
    items.push_back({{"KeyId", id}, {"KeyManager", "AWS"},
                     {"Description", "Default key that protects my RDS database volumes when no other key is defined"},
                     {"KeyRotationEnabled", true}});
    aliases.push_back({{"AliasName", "alias/aws/rds"}, {"TargetKeyId", id}});
    keys.aws_rds_arn = arn(r.name, "kms", "key/" + id);
  }
  out["kms"] = {{"Keys", items}, {"Aliases", aliases}};
  return keys;
}

void account_renderer::render_network(const region_spec& r, const region_keys& keys, json& out) {
  json vpcs = json::array(), subnets = json::array(), groups = json::array(), flow_logs = json::array(),
       route_tables = json::array();
  std::vector<subnet_ref> placed;
  for (std::size_t v = 0; v < r.vpcs.size(); ++v) {
    const vpc_spec& spec = r.vpcs[v];
    bool is_default = v == 0;  // every region has its default VPC
    std::string vpc = ids_.hex("vpc-");
    std::string cidr = is_default ? "172.31.0.0/16" : "10." + std::to_string(v) + ".0.0/16";
    vpcs.push_back({{"VpcId", vpc}, {"CidrBlock", cidr}, {"IsDefault", is_default}});
    std::vector<std::string> group_ids;
    for (std::size_t g = 0; g < spec.security_groups.size(); ++g) group_ids.push_back(ids_.hex("sg-"));
    for (std::size_t g = 0; g < spec.security_groups.size(); ++g)
      groups.push_back(security_group_item(spec.security_groups[g], group_ids, g, vpc));
    json flow_log = {{"FlowLogId", ids_.hex("fl-")}, {"ResourceId", vpc}, {"TrafficType", traffic_type(spec.flow_log_traffic)}};
    if (spec.flow_log_to_s3)
      flow_log.update({{"LogDestinationType", "s3"}, {"LogDestination", "arn:aws:s3:::" + vpc + "-flow-logs"}});
    else
      flow_log.update({{"LogDestinationType", "cloud-watch-logs"}, {"LogGroupName", vpc + "-flow-logs"}});
    flow_logs.push_back(flow_log);
    json routes = json::array({{{"DestinationCidrBlock", cidr}, {"GatewayId", "local"}, {"State", "active"}}});
    if (spec.nat_default_route)
      routes.push_back({{"DestinationCidrBlock", "0.0.0.0/0"}, {"NatGatewayId", ids_.hex("nat-")}, {"State", "active"}});
    std::string table = ids_.hex("rtb-");
    route_tables.push_back({{"RouteTableId", table}, {"VpcId", vpc}, {"Routes", routes},
                            {"Associations", json::array({{{"Main", true}, {"RouteTableId", table},
                                                           {"RouteTableAssociationId", ids_.hex("rtbassoc-")}}})}});
    for (int s = 0; s < spec.subnets; ++s) {
      std::string id = ids_.hex("subnet-");
      std::string zone = r.name + char('a' + s);
      std::string block = is_default ? "172.31." + std::to_string(16 * s) + ".0/20"
                                     : "10." + std::to_string(v) + "." + std::to_string(s) + ".0/24";
      subnets.push_back({{"SubnetId", id}, {"VpcId", vpc}, {"CidrBlock", block},
                         {"AvailabilityZone", zone}, {"DefaultForAz", is_default},
                         {"MapPublicIpOnLaunch", false}});  // turned off in the default VPC too
      placed.push_back({id, vpc, zone, group_ids});
    }
  }
  json reservations = json::array(), volumes = json::array();
  for (std::size_t i = 0; i < r.instances.size(); ++i) {
    const instance_spec& spec = r.instances[i];
    const subnet_ref& at = placed[std::size_t(spec.subnet) % placed.size()];
    const std::string& group = at.groups[std::size_t(spec.security_group) % at.groups.size()];
    std::string instance = ids_.hex("i-");
    json mappings = json::array();
    std::vector<volume_spec> attached = {volume_spec{}};  // the root volume
    attached.insert(attached.end(), spec.extra_volumes.begin(), spec.extra_volumes.end());
    for (std::size_t d = 0; d < attached.size(); ++d) {
      std::string volume = ids_.hex("vol-");
      std::string device = d == 0 ? "/dev/xvda" : std::string("/dev/sd") + char('f' + d);
      mappings.push_back({{"DeviceName", device}, {"Ebs", {{"VolumeId", volume}, {"Status", "attached"}}}});
      json item = volume_item(volume, attached[d], keys, at.zone);
      item["Attachments"] = json::array({{{"InstanceId", instance}, {"VolumeId", volume},
                                          {"Device", device}, {"State", "attached"}}});
      volumes.push_back(item);
    }
    json described = {{"InstanceId", instance},
                      {"InstanceType", "t3.medium"},
                      {"ImageId", "ami-0abcdef1234567890"},
                      {"SubnetId", at.subnet},
                      {"VpcId", at.vpc},
                      {"PrivateIpAddress", "10.200." + std::to_string(i / 250) + "." + std::to_string(i % 250 + 4)},
                      {"Placement", {{"AvailabilityZone", at.zone}}},
                      {"SecurityGroups", json::array({{{"GroupId", group}}})},
                      {"BlockDeviceMappings", mappings},
                      {"MetadataOptions", {{"HttpTokens", "required"}, {"HttpEndpoint", "enabled"}}},
                      {"IamInstanceProfile", {{"Arn", "arn:aws:iam::" + spec_.account_id + ":instance-profile/" +
                                                          std::string(purpose(i)) + "-app"}}},
                      {"Tags", json::array({{{"Key", "Name"},
                                             {"Value", std::string(purpose(i)) + "-app-" + std::to_string(i)}}})}};
    if (spec.stopped_days_ago >= 0) {
      described["State"] = {{"Code", 80}, {"Name", "stopped"}};
      described["StateTransitionReason"] = stopped_reason(spec.stopped_days_ago);
    }
    reservations.push_back({{"Instances", json::array({described})}});
  }
  for (const volume_spec& loose : r.loose_volumes) {
    json item = volume_item(ids_.hex("vol-"), loose, keys, r.name + "a");
    item["State"] = "available";
    volumes.push_back(item);
  }
  json& ec2 = out["ec2"];
  ec2 = {{"EbsEncryptionByDefault", true}, {"Vpcs", vpcs}, {"Subnets", subnets}, {"SecurityGroups", groups},
         {"FlowLogs", flow_logs}, {"RouteTables", route_tables}};
  if (!reservations.empty()) ec2["Reservations"] = reservations;
  if (!volumes.empty()) ec2["Volumes"] = volumes;
  render_edge(r, ec2);
}

void account_renderer::render_edge(const region_spec& r, json& ec2) {
  json snapshots = json::array(), connections = json::array(), gateways = json::array();
  for (int shared : r.snapshots) {
    json permissions = json::array();
    if (shared > 0) permissions.push_back({{"UserId", "444455556666"}});  // the DR account
    snapshots.push_back({{"SnapshotId", ids_.hex("snap-")}, {"VolumeSize", 20}, {"Encrypted", true},
                         {"CreateVolumePermissions", permissions}});
  }
  for (int c = 0; c < r.vpn_connections; ++c) {
    json tunnels = json::array();
    for (int t = 0; t < 2; ++t)
      tunnels.push_back({{"OutsideIpAddress", "203.0.113." + std::to_string(2 * c + t + 1)}, {"Status", "UP"},
                         {"AcceptedRouteCount", 1}});
    connections.push_back({{"VpnConnectionId", ids_.hex("vpn-")}, {"VpnGatewayId", ids_.hex("vgw-")},
                           {"CustomerGatewayId", ids_.hex("cgw-")}, {"Type", "ipsec.1"}, {"State", "available"},
                           {"VgwTelemetry", tunnels}});
  }
  for (int g = 0; g < r.detached_internet_gateways; ++g)
    gateways.push_back({{"InternetGatewayId", ids_.hex("igw-")}, {"Attachments", json::array()}});
  if (!snapshots.empty()) ec2["Snapshots"] = snapshots;
  if (!connections.empty()) ec2["VpnConnections"] = connections;
  if (!gateways.empty()) ec2["InternetGateways"] = gateways;
}

json account_renderer::security_group_item(const security_group_spec& g, const std::vector<std::string>& ids,
                         std::size_t index, const std::string& vpc) {
  const std::string& self = ids[index];
  json permissions = json::array();
  auto tcp = [](int port) {
    return json{{"IpProtocol", "tcp"}, {"FromPort", port}, {"ToPort", port}};
  };
  std::string name = index == 0 ? "default" : std::string(purpose(index)) + "-sg-" + std::to_string(index);
  // A VPC's default group, emptied of the rules AWS creates it with (VPC_DEFAULT_SECURITY_GROUP_CLOSED).
  if (index == 0)
    return {{"GroupId", self}, {"GroupName", name}, {"Description", "default VPC security group"}, {"VpcId", vpc},
            {"IpPermissions", json::array()}, {"IpPermissionsEgress", json::array()}};
  if (g.all_from_self) {
    json p = {{"IpProtocol", "-1"}, {"UserIdGroupPairs", json::array({{{"GroupId", self}}})}};
    permissions.push_back(p);
  }
  if (g.https_from_private_network) {
    json p = tcp(443);
    p["IpRanges"] = json::array({{{"CidrIp", "10.0.0.0/8"}, {"Description", "clinic network"}}});
    permissions.push_back(p);
  }
  if (g.ipv6_https_from_private_network) {
    json p = tcp(443);
    p["Ipv6Ranges"] = json::array({{{"CidrIpv6", "fd00::/8"}}});
    permissions.push_back(p);
  }
  if (g.ssh_from_private_network) {
    json p = tcp(22);
    p["IpRanges"] = json::array({{{"CidrIp", "10.0.0.0/8"}, {"Description", "bastion network"}}});
    permissions.push_back(p);
  }
  if (g.postgres_from_group) {
    json p = tcp(5432);
    p["UserIdGroupPairs"] = json::array({{{"GroupId", ids.front()}}});
    permissions.push_back(p);
  }
  return {{"GroupId", self},
          {"GroupName", name},
          {"Description", name + " servers"},
          {"VpcId", vpc},
          {"IpPermissions", permissions}};
}

json account_renderer::volume_item(const std::string& id, const volume_spec& v, const region_keys& keys,
                 const std::string& zone) {
  json item = {{"VolumeId", id}, {"Size", 20}, {"VolumeType", "gp3"}, {"AvailabilityZone", zone},
               {"State", "in-use"}, {"Encrypted", v.encrypted}};
  if (v.encrypted) item["KmsKeyId"] = keys.arns[std::size_t(v.key) % keys.arns.size()];
  return item;
}

}  // namespace properties::rendering
