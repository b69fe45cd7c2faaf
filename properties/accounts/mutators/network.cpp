// Security-group mutators (INCOMING_SSH_DISABLED, RESTRICTED_INCOMING_TRAFFIC,
// VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS, VPC_DEFAULT_SECURITY_GROUP_CLOSED) and ENCRYPTED_VOLUMES.
//
// Under the HIPAA pack VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS authorizes no port, so every rule
// opened to the internet also fails it; a rule added to a VPC's default group also fails
// VPC_DEFAULT_SECURITY_GROUP_CLOSED. exposure_verdicts() declares both.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// The verdicts that follow from opening `group` to the internet, besides the mutator's own.
std::vector<declared_verdict> exposure_verdicts(const located_item& group) {
  std::vector<declared_verdict> out = {
      {"VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", group.identity, group.region,
       "the pack authorizes no port to be open to the internet"}};
  if (group.item->value("GroupName", "") == "default")
    out.push_back({"VPC_DEFAULT_SECURITY_GROUP_CLOSED", group.identity, group.region, "the default group gained a rule"});
  return out;
}

std::vector<declared_verdict> with(declared_verdict own, std::vector<declared_verdict> more) {
  more.insert(more.begin(), std::move(own));
  return more;
}

// SSH opened to the internet in one of the forms the rule must catch.
std::optional<mutation> ssh_open_to_world(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto groups = items_of(doc, "AWS::EC2::SecurityGroup");
  if (groups.empty()) return std::nullopt;
  const located_item& chosen = groups[target % groups.size()];
  auto [region, group, identity] = chosen;
  json permission;
  std::string form;
  bool common_ports = false;  // the form also opens ports RESTRICTED_INCOMING_TRAFFIC blocks
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
      common_ports = true;  // 20 and 21
      break;
    default:
      permission = {{"IpProtocol", "-1"}, {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}};
      form = "all traffic from 0.0.0.0/0";
      common_ports = true;
      break;
  }
  (*group)["IpPermissions"].push_back(permission);
  const std::string& id = identity;
  auto verdicts = with({"INCOMING_SSH_DISABLED", id, region, "port 22 is reachable from the internet"},
                       exposure_verdicts(chosen));
  if (common_ports)
    verdicts.push_back({"RESTRICTED_INCOMING_TRAFFIC", id, region, "the opened range holds blocked ports (20, 21)"});
  return mutation{"ssh_open_to_world", "security group " + id + " (" + region + "): " + form, verdicts, std::nullopt};
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
                  with({"INCOMING_SSH_DISABLED", id, group.region, "port 22 is reachable from the internet"},
                       exposure_verdicts(group)),
                  std::nullopt};
}

// A port RESTRICTED_INCOMING_TRAFFIC blocks opened to the internet, over IPv4 or IPv6.
std::optional<mutation> common_port_open_to_world(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto groups = items_of(doc, "AWS::EC2::SecurityGroup");
  if (groups.empty()) return std::nullopt;
  const located_item& group = groups[target % groups.size()];
  constexpr int blocked[] = {3389, 3306, 20, 21, 4333};
  int port = blocked[degree % 5];
  bool v6 = degree / 5 % 2 == 1;
  json permission = {{"IpProtocol", "tcp"}, {"FromPort", port}, {"ToPort", port}};
  if (v6) permission["Ipv6Ranges"] = json::array({{{"CidrIpv6", "::/0"}}});
  else permission["IpRanges"] = json::array({{{"CidrIp", "0.0.0.0/0"}, {"Description", "vendor support"}}});
  (*group.item)["IpPermissions"].push_back(permission);
  std::string form = "TCP " + std::to_string(port) + (v6 ? " from ::/0" : " from 0.0.0.0/0");
  return mutation{"common_port_open_to_world", "security group " + group.identity + " (" + group.region + "): " + form,
                  with({"RESTRICTED_INCOMING_TRAFFIC", group.identity, group.region, "a blocked port is open to the internet"},
                       exposure_verdicts(group)),
                  std::nullopt};
}

// HTTPS (or IKE over UDP) opened to the internet: no blocked port, not SSH, but no port is
// authorized under the pack.
std::optional<mutation> unauthorized_port_open_to_world(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto groups = items_of(doc, "AWS::EC2::SecurityGroup");
  if (groups.empty()) return std::nullopt;
  const located_item& group = groups[target % groups.size()];
  bool udp = degree % 2 == 1;
  int port = udp ? 500 : 443;
  json permission = {{"IpProtocol", udp ? "udp" : "tcp"}, {"FromPort", port}, {"ToPort", port},
                     {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}};
  (*group.item)["IpPermissions"].push_back(permission);
  auto verdicts = exposure_verdicts(group);
  verdicts.front().reason = "the pack authorizes no port, and " + std::string(udp ? "UDP 500" : "TCP 443") + " is open";
  return mutation{"unauthorized_port_open_to_world",
                  "security group " + group.identity + " (" + group.region + "): " + (udp ? "UDP 500" : "TCP 443") +
                      " from 0.0.0.0/0",
                  verdicts, std::nullopt};
}

// A VPC's default group given back the rule AWS creates it with (all traffic from itself).
std::optional<mutation> default_group_reopened(json& doc, std::uint64_t target, std::uint64_t degree) {
  std::vector<located_item> defaults;
  for (auto& g : items_of(doc, "AWS::EC2::SecurityGroup"))
    if (g.item->value("GroupName", "") == "default") defaults.push_back(g);
  if (defaults.empty()) return std::nullopt;
  const located_item& group = defaults[target % defaults.size()];
  bool egress = degree % 2 == 1;
  if (egress)
    (*group.item)["IpPermissionsEgress"].push_back({{"IpProtocol", "-1"}, {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})}});
  else
    (*group.item)["IpPermissions"].push_back({{"IpProtocol", "-1"}, {"UserIdGroupPairs", json::array({{{"GroupId", group.identity}}})}});
  return mutation{"default_group_reopened",
                  "security group " + group.identity + " (" + group.region + "): default group " +
                      (egress ? "allows all traffic out" : "admits all traffic from itself"),
                  {{"VPC_DEFAULT_SECURITY_GROUP_CLOSED", group.identity, group.region, "the default group has a rule"}},
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
      {"common_port_open_to_world", "RESTRICTED_INCOMING_TRAFFIC", "RDP, MySQL, FTP or 4333 open to the internet", "",
       nullptr, common_port_open_to_world},
      {"unauthorized_port_open_to_world", "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS", "HTTPS or UDP 500 open to the internet",
       "", nullptr, unauthorized_port_open_to_world},
      {"default_group_reopened", "VPC_DEFAULT_SECURITY_GROUP_CLOSED", "a default group with a rule again", "", nullptr,
       default_group_reopened},
      {"attached_volume_unencrypted", "ENCRYPTED_VOLUMES", "an attached volume without encryption", "", ensure_attached_volume,
       attached_volume_unencrypted},
  };
}

}  // namespace properties
