#include "engine/rules/ec2/ip_permissions.hpp"

#include <set>

namespace engine::rules {

namespace {

std::string protocol_name(const std::string& protocol) {
  if (protocol == "6") return "tcp";
  if (protocol == "17") return "udp";
  if (protocol == "1") return "icmp";
  if (protocol == "58") return "icmpv6";
  return protocol;
}

bool world(const std::string& cidr) { return cidr == "0.0.0.0/0" || cidr == "::/0"; }

int port_member(const nlohmann::json& permission, const char* name, int otherwise) {
  const auto it = permission.find(name);
  if (it == permission.end() || !it->is_number_integer() || it->get<int>() < 0) return otherwise;
  return it->get<int>();
}

template <class Parts>
std::string joined(const Parts& parts) {
  std::string out;
  for (const auto& part : parts) out += (out.empty() ? "" : " and ") + part;
  return out;
}

}  // namespace

bool world_open_permission::admits(std::string_view wanted, int port) const {
  if (protocol == "-1") return true;
  return protocol == wanted && ports.from <= port && port <= ports.to;
}

std::string world_open_permission::describe() const {
  std::string what;
  if (protocol == "-1") what = "all traffic";
  else if (protocol == "tcp" || protocol == "udp")
    what = (protocol == "tcp" ? "TCP " : "UDP ") + (ports.from == 0 && ports.to == 65535 ? "all ports" : ports.text());
  else what = "protocol " + protocol;
  return what + " from " + sources_text();
}

std::string world_open_permission::sources_text() const { return joined(sources); }

world_open_inbound world_open_permissions(const nlohmann::json& group, const prefix_list_lookup& prefix_lists) {
  world_open_inbound out;
  for (const auto& permission : group.value("IpPermissions", nlohmann::json::array())) {
    std::set<std::string> open;
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
    if (open.empty()) continue;
    world_open_permission p{.protocol = protocol_name(permission.value("IpProtocol", std::string())),
                            .sources = {open.begin(), open.end()}};
    if (p.protocol == "tcp" || p.protocol == "udp")
      p.ports = {port_member(permission, "FromPort", 0), port_member(permission, "ToPort", 65535)};
    out.permissions.push_back(std::move(p));
  }
  return out;
}

open_sources world_open_sources(const nlohmann::json& group, std::string_view protocol, int port,
                                const prefix_list_lookup& prefix_lists) {
  auto inbound = world_open_permissions(group, prefix_lists);
  std::set<std::string> open;
  for (const auto& permission : inbound.permissions)
    if (permission.admits(protocol, port)) open.insert(permission.sources.begin(), permission.sources.end());
  return {joined(open), inbound.unknown_prefix_list};
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
