#include "engine/rules/ec2/ip_permissions.hpp"

#include <set>

namespace engine::rules {

namespace {

// IP protocol numbers are accepted as well as names (6 is tcp, 17 udp).
bool protocol_matches(const std::string& rule_protocol, std::string_view protocol) {
  if (rule_protocol == "-1" || rule_protocol == protocol) return true;
  return (protocol == "tcp" && rule_protocol == "6") || (protocol == "udp" && rule_protocol == "17");
}

}  // namespace

std::string world_open_sources(const nlohmann::json& group, std::string_view protocol, int port) {
  std::set<std::string> open;
  for (const auto& permission : group.value("IpPermissions", nlohmann::json::array())) {
    std::string rule_protocol = permission.value("IpProtocol", std::string());
    if (!protocol_matches(rule_protocol, protocol)) continue;
    if (rule_protocol != "-1") {
      int from = permission.value("FromPort", -1), to = permission.value("ToPort", -1);
      if (from != -1 && (port < from || port > to)) continue;
    }
    for (const auto& range : permission.value("IpRanges", nlohmann::json::array()))
      if (range.value("CidrIp", "") == "0.0.0.0/0") open.insert("0.0.0.0/0");
    for (const auto& range : permission.value("Ipv6Ranges", nlohmann::json::array()))
      if (range.value("CidrIpv6", "") == "::/0") open.insert("::/0");
  }
  std::string out;
  for (const auto& source : open) out += (out.empty() ? "" : " and ") + source;
  return out;
}

}  // namespace engine::rules
