// RESTRICTED_INCOMING_TRAFFIC (restricted-common-ports): no inbound rule of a security group
// admits TCP traffic from the whole internet (0.0.0.0/0 or ::/0, directly or through a managed
// prefix list) to a blocked port: blockedPort1..5 (defaults 20, 21, 3389, 3306, 4333: FTP data and
// control, RDP, MySQL, and a port of the user's choice; the HIPAA pack sets the same five) and
// the ports of the newer blockedPorts list (a CSV such as "20, 21, 3306, 3389"). Only TCP is
// considered; a rule for all protocols ("-1") admits TCP too. Port ranges count when they cover
// a blocked port.
//
// Readings (pinned by scenarios/rules/restricted-incoming-traffic/):
//  - blockedPorts adds to blockedPort1..5 (the page lists both as optional and does not say one
//    replaces the other); it also takes ranges ("8000-8100"), as the other port lists do.
//  - The page says "security groups in use"; every group is judged, attached or not: an unused
//    group open to the internet is one attachment away from exposure, and AWS Config records
//    and evaluates it all the same.
//  - A rule that references a prefix list the scan did not see cannot be judged:
//    INSUFFICIENT_DATA, unless another rule already exposes a blocked port.

#include <set>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/ip_permissions.hpp"

namespace engine::rules {

namespace {

constexpr const char* single_ports[] = {"blockedPort1", "blockedPort2", "blockedPort3", "blockedPort4", "blockedPort5"};

std::vector<port_range> blocked_ports(const rule_context& ctx) {
  std::vector<port_range> out;
  for (const char* name : single_ports)
    if (ctx.is_set(name)) {
      int port = static_cast<int>(ctx.integer(name));
      out.push_back({port, port});
    }
  auto listed = port_list(ctx.text("blockedPorts"));
  out.insert(out.end(), listed.begin(), listed.end());
  return out;
}

verdict judge(const rule_context& ctx, const configuration_item& group) {
  auto inbound = world_open_permissions(group.configuration, prefix_lists_of(ctx, group));
  auto blocked = blocked_ports(ctx);
  std::set<std::string> exposed;
  for (const auto& permission : inbound.permissions) {
    if (permission.protocol != "tcp" && permission.protocol != "-1") continue;
    for (const auto& range : blocked)
      if (permission.protocol == "-1" || permission.ports.overlaps(range))
        exposed.insert(permission.describe());
  }
  if (!exposed.empty()) {
    std::string what;
    for (const auto& e : exposed) what += (what.empty() ? "" : "; ") + e;
    std::string ports;
    for (const auto& range : blocked) ports += (ports.empty() ? "" : ", ") + range.text();
    return {compliance::non_compliant, "a blocked port (" + ports + ") is open to the internet: " + what};
  }
  if (!inbound.unknown_prefix_list.empty())
    return {compliance::insufficient_data,
            "an inbound rule references prefix list " + inbound.unknown_prefix_list + ", which the scan did not see"};
  return {compliance::compliant, "no blocked TCP port is open to the internet"};
}

parameter blocked_port(std::string_view name, std::string_view port, std::string_view meaning) {
  return {name, parameter_kind::integer, port, meaning};
}

}  // namespace

rule_definition restricted_incoming_traffic() {
  return {.identifier = "RESTRICTED_INCOMING_TRAFFIC",
          .summary = "security groups do not admit TCP from the whole internet to the blocked ports",
          .resource_type = "AWS::EC2::SecurityGroup",
          .parameters = {blocked_port("blockedPort1", "20", "a blocked TCP port (20: FTP data)"),
                         blocked_port("blockedPort2", "21", "a blocked TCP port (21: FTP control)"),
                         blocked_port("blockedPort3", "3389", "a blocked TCP port (3389: RDP)"),
                         blocked_port("blockedPort4", "3306", "a blocked TCP port (3306: MySQL)"),
                         blocked_port("blockedPort5", "4333", "a blocked TCP port of your choice"),
                         {"blockedPorts", parameter_kind::port_list, "",
                          "further blocked TCP ports, comma-separated (ranges such as 8000-8100 too)"}},
          .reads = {.types = {"AWS::EC2::SecurityGroup", "AWS::EC2::PrefixList"}, .supplements = {"Entries"}},
          .judge = judge,
          .reading = "blockedPorts adds to blockedPort1..5; every group is judged, in use or not; 0.0.0.0/0, ::/0 "
                     "and prefix lists holding them are the internet; an unseen prefix list is INSUFFICIENT_DATA."};
}

}  // namespace engine::rules
