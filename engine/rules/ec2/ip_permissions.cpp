#include "engine/rules/ec2/ip_permissions.hpp"

#include <set>

namespace engine::rules {

namespace {

// IP protocol numbers are accepted as well as names (6 is tcp, 17 udp).
bool protocol_matches(const std::string& rule_protocol, std::string_view protocol) {
  if (rule_protocol == "-1" || rule_protocol == protocol) return true;
  return (protocol == "tcp" && rule_protocol == "6") || (protocol == "udp" && rule_protocol == "17");
}

bool world(const std::string& cidr) { return cidr == "0.0.0.0/0" || cidr == "::/0"; }

}  // namespace

open_sources world_open_sources(const nlohmann::json& group, std::string_view protocol, int port,
                                const prefix_list_lookup& prefix_lists) {
  std::set<std::string> open;
  open_sources out;
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
    for (const auto& ref : permission.value("PrefixListIds", nlohmann::json::array())) {
      std::string id = ref.value("PrefixListId", "");
      auto cidrs = prefix_lists(id);
      if (!cidrs) {
        if (out.unknown_prefix_list.empty()) out.unknown_prefix_list = id;
        continue;
      }
      for (const auto& cidr : *cidrs)
        if (world(cidr)) open.insert(cidr + " (prefix list " + id + ")");
    }
  }
  for (const auto& source : open) out.sources += (out.sources.empty() ? "" : " and ") + source;
  return out;
}

prefix_list_lookup prefix_lists_of(const rule_context& ctx, const configuration_item& group) {
  return [&ctx, &group](const std::string& id) -> std::optional<std::vector<std::string>> {
    for (const configuration_item* list : ctx.inv().items("AWS::EC2::PrefixList")) {
      if (list->region != group.region || list->resource_id != id) continue;
      std::vector<std::string> cidrs;
      if (const json* entries = ctx.read(*list, "Entries"))  // unreadable: INSUFFICIENT_DATA
        for (const auto& e : *entries) cidrs.push_back(e.value("Cidr", ""));
      return cidrs;
    }
    return std::nullopt;
  };
}

}  // namespace engine::rules
