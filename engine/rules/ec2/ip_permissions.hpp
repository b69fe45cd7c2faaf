#pragma once
// Reading a security group's inbound rules (IpPermissions as DescribeSecurityGroups returns them),
// with the CIDR blocks of the managed prefix lists a rule references (PrefixListIds), as AWS
// applies them: a rule naming a prefix list admits every block the list holds.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/rules/rule.hpp"

namespace engine::rules {

// The CIDR blocks of prefix list `id`; nullopt when the scan did not see the list.
using prefix_list_lookup = std::function<std::optional<std::vector<std::string>>(const std::string& id)>;

struct open_sources {
  std::string sources;               // "0.0.0.0/0", "::/0 (prefix list pl-1)", joined with " and "
  std::string unknown_prefix_list;   // a referenced list whose blocks are unknown ("" when none)
};

// The world-open sources of the group's inbound rules that admit `port` over `protocol` ("tcp"
// or "udp"). A rule for every protocol ("-1") admits every port.
open_sources world_open_sources(const nlohmann::json& group, std::string_view protocol, int port,
                                const prefix_list_lookup& prefix_lists);

// The prefix lists of the group's region, as the rule's context holds them (the rule must read
// AWS::EC2::PrefixList and its Entries).
prefix_list_lookup prefix_lists_of(const rule_context& ctx, const configuration_item& group);

}  // namespace engine::rules
