#pragma once
// Reading a security group's inbound rules (IpPermissions as DescribeSecurityGroups returns them)
// for what the whole internet may reach, shared by INCOMING_SSH_DISABLED,
// RESTRICTED_INCOMING_TRAFFIC and VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS:
//  - a permission's IpProtocol is a name or an IP protocol number ("6" is tcp, "17" udp, "1"
//    icmp, "58" icmpv6); "-1" is every protocol and every port;
//  - FromPort/ToPort bound TCP and UDP ports; absent or -1 they mean every port;
//  - the sources open to the world are 0.0.0.0/0 (IpRanges) and ::/0 (Ipv6Ranges), and a managed
//    prefix list (PrefixListIds) holding either, as AWS applies the list's entries; narrower
//    CIDRs and referenced groups (UserIdGroupPairs) are not the internet.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/rules/port_list.hpp"
#include "engine/rules/rule.hpp"

namespace engine::rules {

// The CIDR blocks of prefix list `id`; nullopt when the scan did not see the list.
using prefix_list_lookup = std::function<std::optional<std::vector<std::string>>(const std::string& id)>;

// One inbound permission as far as it admits the whole internet.
struct world_open_permission {
  std::string protocol;  // "tcp", "udp", "icmp", "icmpv6", "-1" (all), or another number as given
  port_range ports;      // tcp and udp: the ports admitted; other protocols: 0-65535
  std::vector<std::string> sources;  // "0.0.0.0/0", "::/0 (prefix list pl-1)", in byte order
  // Whether it admits `port` over `protocol` ("tcp" or "udp"): an all-protocols rule does.
  bool admits(std::string_view protocol, int port) const;
  std::string describe() const;      // "TCP 20-21 from 0.0.0.0/0", "all traffic from ::/0"
  std::string sources_text() const;  // "0.0.0.0/0 and ::/0"
};

struct world_open_inbound {
  std::vector<world_open_permission> permissions;
  std::string unknown_prefix_list;  // a referenced list whose blocks are unknown ("" when none)
};

// The group's inbound permissions open to the whole internet, in the group's order.
world_open_inbound world_open_permissions(const nlohmann::json& group, const prefix_list_lookup& prefix_lists);

struct open_sources {
  std::string sources;               // "0.0.0.0/0", "::/0 (prefix list pl-1)", joined with " and "
  std::string unknown_prefix_list;   // a referenced list whose blocks are unknown ("" when none)
};

// The world-open sources of the group's inbound rules that admit `port` over `protocol` ("tcp"
// or "udp").
open_sources world_open_sources(const nlohmann::json& group, std::string_view protocol, int port,
                                const prefix_list_lookup& prefix_lists);

// The prefix lists of the group's region, as the rule's context holds them (the rule must read
// AWS::EC2::PrefixList and its Entries).
prefix_list_lookup prefix_lists_of(const rule_context& ctx, const configuration_item& group);

}  // namespace engine::rules
