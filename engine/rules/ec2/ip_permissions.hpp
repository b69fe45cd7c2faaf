#pragma once
// Reading a security group's inbound rules (IpPermissions as DescribeSecurityGroups returns them).

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace engine::rules {

// The world-open sources ("0.0.0.0/0", "::/0", joined with " and ") of the group's inbound
// rules that admit `port` over `protocol` ("tcp" or "udp"); empty when none does. A rule for
// every protocol ("-1") admits every port.
std::string world_open_sources(const nlohmann::json& group, std::string_view protocol, int port);

}  // namespace engine::rules
