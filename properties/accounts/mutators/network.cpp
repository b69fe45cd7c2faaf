// EC2 mutators: INCOMING_SSH_DISABLED (security groups) and ENCRYPTED_VOLUMES.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// SSH opened to the internet in one of the forms the rule must catch.
std::optional<mutation> ssh_open_to_world(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto groups = items_of(doc, "AWS::EC2::SecurityGroup");
  if (groups.empty()) return std::nullopt;
  auto [region, group, identity] = groups[target % groups.size()];
  json permission;
  std::string form;
  switch (degree % 4) {
    case 0:
      permission = {{"IpProtocol", "tcp"}, {"FromPort", 22}, {"ToPort", 22},
                    {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}};
      form = "TCP 22 from 0.0.0.0/0";
      break;
    case 1:
      permission = {{"IpProtocol", "tcp"}, {"FromPort", 22}, {"ToPort", 22},
                    {"Ipv6Ranges", json::array({{{"CidrIpv6", "::/0"}}})}};
      form = "TCP 22 from ::/0";
      break;
    case 2:
      permission = {{"IpProtocol", "tcp"}, {"FromPort", 0}, {"ToPort", 1023},
                    {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}};
      form = "TCP 0-1023 from 0.0.0.0/0";
      break;
    default:
      permission = {{"IpProtocol", "-1"}, {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}};
      form = "all traffic from 0.0.0.0/0";
      break;
  }
  (*group)["IpPermissions"].push_back(permission);
  const std::string& id = identity;
  return mutation{"ssh_open_to_world", "security group " + id + " (" + region + "): " + form,
                  {{"INCOMING_SSH_DISABLED", id, region, "port 22 is reachable from the internet"}},
                  std::nullopt};
}

// An SSH rule meant for the bastion network widened to everyone (the classic quick fix).
std::optional<mutation> ssh_private_rule_widened(json& doc, std::uint64_t target, std::uint64_t) {
  std::vector<std::pair<located_item, json*>> candidates;  // group, its SSH range
  for (auto& g : items_of(doc, "AWS::EC2::SecurityGroup"))
    for (auto& p : (*g.item)["IpPermissions"])
      if (p.value("FromPort", -1) == 22 && p.contains("IpRanges"))
        for (auto& range : p["IpRanges"])
          if (range.value("CidrIp", "") == "10.0.0.0/8") candidates.push_back({g, &range});
  if (candidates.empty()) return std::nullopt;
  auto [group, range] = candidates[target % candidates.size()];
  (*range)["CidrIp"] = "0.0.0.0/0";
  const std::string& id = group.identity;
  return mutation{"ssh_private_rule_widened",
                  "security group " + id + " (" + group.region + "): SSH from 10.0.0.0/8 widened to 0.0.0.0/0",
                  {{"INCOMING_SSH_DISABLED", id, group.region, "port 22 is reachable from the internet"}},
                  std::nullopt};
}

std::optional<mutation> attached_volume_unencrypted(json& doc, std::uint64_t target, std::uint64_t) {
  std::vector<located_item> attached;
  for (auto& v : items_of(doc, "AWS::EC2::Volume"))
    if (v.item->value("State", "") == "in-use") attached.push_back(v);
  if (attached.empty()) return std::nullopt;
  auto [region, volume, identity] = attached[target % attached.size()];
  (*volume)["Encrypted"] = false;
  volume->erase("KmsKeyId");
  const std::string& id = identity;
  return mutation{"attached_volume_unencrypted", "volume " + id + " (" + region + "): attached, not encrypted",
                  {{"ENCRYPTED_VOLUMES", id, region, "an attached volume is not encrypted"}}, std::nullopt};
}

}  // namespace

std::vector<mutator> network_mutators() {
  return {
      {"ssh_open_to_world", "INCOMING_SSH_DISABLED", "a group admits SSH from 0.0.0.0/0 or ::/0", "", nullptr, ssh_open_to_world},
      {"ssh_private_rule_widened", "INCOMING_SSH_DISABLED", "a private SSH rule widened to everyone", "", ensure_private_ssh_rule,
       ssh_private_rule_widened},
      {"attached_volume_unencrypted", "ENCRYPTED_VOLUMES", "an attached volume without encryption", "", ensure_attached_volume,
       attached_volume_unencrypted},
  };
}

}  // namespace properties
