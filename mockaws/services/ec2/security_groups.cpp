// DescribeSecurityGroups: by id, by name (default VPC only) and by filters, including the rule
// filters (ip-permission.*, egress.ip-permission.*) that read the nested rule lists.

#include <algorithm>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/ec2/ec2_internal.hpp"
#include "mockaws/services/ec2/filters.hpp"

namespace mockaws::services::ec2 {

namespace {

// The rule filters match any rule of the group: with several of them, "the results include
// security groups for which any combination of rules - not necessarily a single rule - match
// all filters" (API reference). The engine reads each filter over all rules, which is that.
constexpr filter_field group_fields[] = {
    {"description", "Description"},
    {"egress.ip-permission.cidr", "IpPermissionsEgress[].IpRanges[].CidrIp"},
    {"egress.ip-permission.from-port", "IpPermissionsEgress[].FromPort"},
    {"egress.ip-permission.group-id", "IpPermissionsEgress[].UserIdGroupPairs[].GroupId"},
    {"egress.ip-permission.group-name", "IpPermissionsEgress[].UserIdGroupPairs[].GroupName"},
    {"egress.ip-permission.ipv6-cidr", "IpPermissionsEgress[].Ipv6Ranges[].CidrIpv6"},
    {"egress.ip-permission.prefix-list-id", "IpPermissionsEgress[].PrefixListIds[].PrefixListId"},
    {"egress.ip-permission.protocol", "IpPermissionsEgress[].IpProtocol"},
    {"egress.ip-permission.to-port", "IpPermissionsEgress[].ToPort"},
    {"egress.ip-permission.user-id", "IpPermissionsEgress[].UserIdGroupPairs[].UserId"},
    {"group-id", "GroupId"},
    {"group-name", "GroupName"},
    {"ip-permission.cidr", "IpPermissions[].IpRanges[].CidrIp"},
    {"ip-permission.from-port", "IpPermissions[].FromPort"},
    {"ip-permission.group-id", "IpPermissions[].UserIdGroupPairs[].GroupId"},
    {"ip-permission.group-name", "IpPermissions[].UserIdGroupPairs[].GroupName"},
    {"ip-permission.ipv6-cidr", "IpPermissions[].Ipv6Ranges[].CidrIpv6"},
    {"ip-permission.prefix-list-id", "IpPermissions[].PrefixListIds[].PrefixListId"},
    {"ip-permission.protocol", "IpPermissions[].IpProtocol"},
    {"ip-permission.to-port", "IpPermissions[].ToPort"},
    {"ip-permission.user-id", "IpPermissions[].UserIdGroupPairs[].UserId"},
    {"owner-id", "OwnerId"},
    {"vpc-id", "VpcId"},
};

constexpr filter_table group_filters{group_fields};

std::string group_not_found(const std::string& id) {
  return "The security group '" + id + "' does not exist";
}

// The default VPC's id, or "" when the region has none.
std::string default_vpc_id(const json& state) {
  for (const auto& vpc : items(state, "Vpcs"))
    if (const json* d = member(vpc, "IsDefault"); d && d->is_boolean() && d->get<bool>())
      return string_at(vpc, "VpcId");
  return {};
}

// GroupNames name groups of the default VPC only (EC2-Classic is gone); groups pasted without a
// VpcId count as such. Non-default VPC groups are found with the group-name filter instead.
bool in_default_vpc(const json& group, const std::string& default_vpc) {
  std::string vpc = string_at(group, "VpcId");
  return vpc.empty() || vpc == default_vpc;
}

json select_by_names(const json& groups, const json& names, const json& state) {
  std::string default_vpc = default_vpc_id(state);
  json out = json::array();
  for (const auto& name : names) {
    std::string wanted = text_of(name);
    bool found = false;
    for (const auto& group : groups) {
      if (string_at(group, "GroupName") != wanted || !in_default_vpc(group, default_vpc)) continue;
      found = true;
      if (std::find(out.begin(), out.end(), group) == out.end()) out.push_back(group);
    }
    if (found) continue;
    if (default_vpc.empty())
      fail("VPCIdNotSpecified",
           "No default VPC for this user. GroupName is only supported for EC2-Classic and "
           "default VPC.");
    fail("InvalidGroup.NotFound", "The security group '" + wanted +
                                      "' does not exist in default VPC '" + default_vpc + "'");
  }
  return out;
}

}  // namespace

json describe_security_groups(const call_context& c) {
  const json& groups = items(c.state(), "SecurityGroups");
  const json* ids = id_list(c, "GroupIds");
  const json* names = id_list(c, "GroupNames");

  json selected = groups;
  if (ids || names) {
    // With both ids and names, EC2 describes the groups named either way, in the state's order.
    json by_id = ids ? select_ids(groups, "GroupId", ids, "InvalidGroup.NotFound", group_not_found)
                     : json::array();
    json by_name = names ? select_by_names(groups, *names, c.state()) : json::array();
    selected = json::array();
    for (const auto& group : groups)
      if (std::find(by_id.begin(), by_id.end(), group) != by_id.end() ||
          std::find(by_name.begin(), by_name.end(), group) != by_name.end())
        selected.push_back(group);
  }
  return {{"SecurityGroups", filter_items(selected, member(c.input, "Filters"), group_filters)}};
}

}  // namespace mockaws::services::ec2
