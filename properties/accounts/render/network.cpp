// KMS keys and aliases, VPCs with subnets and security groups, instances and their volumes.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

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
  json vpcs = json::array(), subnets = json::array(), groups = json::array();
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
    for (int s = 0; s < spec.subnets; ++s) {
      std::string id = ids_.hex("subnet-");
      std::string zone = r.name + char('a' + s);
      std::string block = is_default ? "172.31." + std::to_string(16 * s) + ".0/20"
                                     : "10." + std::to_string(v) + "." + std::to_string(s) + ".0/24";
      subnets.push_back({{"SubnetId", id}, {"VpcId", vpc}, {"CidrBlock", block},
                         {"AvailabilityZone", zone}, {"DefaultForAz", is_default},
                         {"MapPublicIpOnLaunch", is_default}});
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
    reservations.push_back(
        {{"Instances", json::array({{{"InstanceId", instance},
                                     {"InstanceType", "t3.medium"},
                                     {"ImageId", "ami-0abcdef1234567890"},
                                     {"SubnetId", at.subnet},
                                     {"VpcId", at.vpc},
                                     {"Placement", {{"AvailabilityZone", at.zone}}},
                                     {"SecurityGroups", json::array({{{"GroupId", group}}})},
                                     {"BlockDeviceMappings", mappings},
                                     {"MetadataOptions", {{"HttpTokens", "required"}}},
                                     {"Tags", json::array({{{"Key", "Name"},
                                                            {"Value", std::string(purpose(i)) + "-app-" + std::to_string(i)}}})}}})}});
  }
  for (const volume_spec& loose : r.loose_volumes) {
    json item = volume_item(ids_.hex("vol-"), loose, keys, r.name + "a");
    item["State"] = "available";
    volumes.push_back(item);
  }
  json& ec2 = out["ec2"];
  ec2 = {{"Vpcs", vpcs}, {"Subnets", subnets}, {"SecurityGroups", groups}};
  if (!reservations.empty()) ec2["Reservations"] = reservations;
  if (!volumes.empty()) ec2["Volumes"] = volumes;
}

json account_renderer::security_group_item(const security_group_spec& g, const std::vector<std::string>& ids,
                         std::size_t index, const std::string& vpc) {
  const std::string& self = ids[index];
  json permissions = json::array();
  auto tcp = [](int port) {
    return json{{"IpProtocol", "tcp"}, {"FromPort", port}, {"ToPort", port}};
  };
  // The default group of a VPC admits everything from itself, as AWS creates it.
  if (index == 0 || g.all_from_self) {
    json p = {{"IpProtocol", "-1"}, {"UserIdGroupPairs", json::array({{{"GroupId", self}}})}};
    permissions.push_back(p);
  }
  if (g.https_from_anywhere) {
    json p = tcp(443);
    p["IpRanges"] = json::array({{{"CidrIp", "0.0.0.0/0"}, {"Description", "public HTTPS"}}});
    permissions.push_back(p);
  }
  if (g.ipv6_https) {
    json p = tcp(443);
    p["Ipv6Ranges"] = json::array({{{"CidrIpv6", "::/0"}}});
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
  std::string name = index == 0 ? "default" : std::string(purpose(index)) + "-sg-" + std::to_string(index);
  return {{"GroupId", self},
          {"GroupName", name},
          {"Description", index == 0 ? "default VPC security group" : name + " servers"},
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
