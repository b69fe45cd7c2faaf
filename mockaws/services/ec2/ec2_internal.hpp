#pragma once
// What the EC2 handler files share: the handlers themselves (registered in ec2_operations.cpp)
// and the helpers for EC2's id lists and not-found errors.

#include <string>
#include <string_view>
#include <vector>

#include "mockaws/services/ec2/filters.hpp"
#include "mockaws/services/handler.hpp"

namespace mockaws::services::ec2 {

// instances.cpp
json describe_instances(const call_context& c);
// security_groups.cpp
json describe_security_groups(const call_context& c);
// storage.cpp
json describe_snapshots(const call_context& c);
json describe_snapshot_attribute(const call_context& c);
extern const filter_table volume_filters;
// network.cpp
extern const filter_table vpc_filters;
extern const filter_table prefix_list_filters;
extern const filter_table subnet_filters;
extern const filter_table flow_log_filters;
extern const filter_table gateway_filters;
extern const filter_table route_table_filters;
extern const filter_table vpn_filters;

// An EC2 error. The EC2 model declares no errors, so codes are AWS's wire codes as is.
[[noreturn]] void fail(std::string code, std::string message);

// The input's id list member ("InstanceIds") when it names at least one id, else nullptr: EC2's
// wire cannot tell an empty list from an absent one.
const json* id_list(const call_context& c, std::string_view member);

// The ids of `wanted` that no item of `list` carries under `key`, in request order, once each.
std::vector<std::string> missing_ids(const json& list, std::string_view key, const json& wanted);

// The items of `list` whose `key` is one of `wanted` (all items when `wanted` is null), in the
// state's order. Unknown ids fail with `code` and the message `not_found(first unknown id)`.
json select_ids(const json& list, std::string_view key, const json* wanted, std::string code,
                std::string (*not_found)(const std::string& id));

// DescribeInstances, DescribeVolumes and DescribeSnapshots refuse MaxResults together with an id
// list: InvalidParameterCombination, naming the list as the wire does ("instancesSet"). (The
// range of MaxResults itself is the pager's, from the models.)
void check_ids_without_max_results(const call_context& c, std::string_view ids_member,
                                   std::string_view ids_wire_name);

// A scalar rendered as text ("123456789012" whether the scenario quoted it or not).
std::string text_of(const json& value);
// object[name] rendered by text_of, or "" when absent (or `object` is no object).
std::string text_at(const json& object, std::string_view name);

}  // namespace mockaws::services::ec2
