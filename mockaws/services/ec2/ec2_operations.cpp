// EC2 (regional), read-only: the Describe calls a HIPAA rule engine and the CLI use.
//
// State (per region), each collection as `aws ec2 describe-...` prints it, so CLI output can be
// pasted into a scenario:
//   ec2:
//     Reservations: [Reservation...]          # describe-instances: {ReservationId, OwnerId,
//                                             #   Groups, Instances: [Instance...]}
//     SecurityGroups: [SecurityGroup...]      # describe-security-groups
//     Volumes: [Volume...]                    # describe-volumes
//     Snapshots: [Snapshot...]                # describe-snapshots, each with two optional
//                                             # sub-documents DescribeSnapshotAttribute serves:
//       - {SnapshotId: snap-1, OwnerId: "123456789012", ...,
//          CreateVolumePermissions: [{Group: all} | {UserId: "111122223333"}],  # default []
//          ProductCodes: [{ProductCodeId: ..., ProductCodeType: marketplace}]}   # default []
//     Vpcs: [Vpc...]                          # describe-vpcs
//     Subnets: [Subnet...]                    # describe-subnets
//     FlowLogs: [FlowLog...]                  # describe-flow-logs
//     InternetGateways: [InternetGateway...]  # describe-internet-gateways
//     RouteTables: [RouteTable...]            # describe-route-tables
//     VpnConnections: [VpnConnection...]      # describe-vpn-connections
//     EbsEncryptionByDefault: true            # get-ebs-encryption-by-default; AWS default false
//
// Snapshots owned by other accounts (public or shared ones) may sit in Snapshots too: by default
// DescribeSnapshots returns the account's own only (see storage.cpp).
//
// Every call returns all matches unless the caller sets MaxResults: EC2 has no default page
// size. The pager counts the paginator's result list, so DescribeInstances pages by reservation.

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/ec2/ec2_internal.hpp"

namespace mockaws::services::ec2 {

void fail(std::string code, std::string message) {
  throw protocol::api_error(std::move(code), std::move(message), 400);
}

const json* id_list(const call_context& c, std::string_view name) {
  const json* ids = member(c.input, name);
  return ids && ids->is_array() && !ids->empty() ? ids : nullptr;
}

std::vector<std::string> missing_ids(const json& list, std::string_view key, const json& wanted) {
  std::vector<std::string> missing;
  for (const auto& id : wanted) {
    std::string text = text_of(id);
    if (find_item(list, key, text)) continue;
    if (std::find(missing.begin(), missing.end(), text) == missing.end()) missing.push_back(text);
  }
  return missing;
}

json select_ids(const json& list, std::string_view key, const json* wanted, std::string code,
                std::string (*not_found)(const std::string& id)) {
  if (!wanted) return list;
  auto missing = missing_ids(list, key, *wanted);
  if (!missing.empty()) fail(std::move(code), not_found(missing.front()));
  return select_by(list, key, wanted);
}

void check_ids_without_max_results(const call_context& c, std::string_view ids_member,
                                   std::string_view ids_wire_name) {
  if (member(c.input, "MaxResults") && id_list(c, ids_member))
    fail("InvalidParameterCombination", "The parameter " + std::string(ids_wire_name) +
                                            " cannot be used with the parameter maxResults");
}

std::string text_of(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return {};
  return value.dump();
}

std::string text_at(const json& object, std::string_view name) {
  const json* value = member(object, name);
  return value ? text_of(*value) : std::string();
}

namespace {

// The usual shape of EC2's Describe calls: ids (an unknown one fails, in EC2's words for its
// type), then Filters.
list_read described(std::string_view collection, std::string_view id_member,
                    std::string_view ids_input, std::string_view unknown_code,
                    std::string_view unknown_message, const filter_table& filters) {
  return {.collection = collection,
          .ids = item_key{ids_input, {id_member}},
          .unknown_id = not_found{unknown_code, unknown_message},
          .filter = request_filters(filters)};
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // EC2 returns everything unless MaxResults is set, so no default page size anywhere.
      {"ec2", "DescribeInstances", describe_instances, 0},
      {"ec2", "DescribeSecurityGroups", describe_security_groups, 0},
      // MaxResults above these maximums is accepted and answered with the maximum (documented).
      {"ec2", "DescribeVolumes",
       [] {
         list_read row = described("Volumes", "VolumeId", "VolumeIds", "InvalidVolume.NotFound",
                                   "The volume '{id}' does not exist.", volume_filters);
         row.check = [](const call_context& c) {
           check_ids_without_max_results(c, "VolumeIds", "volumeSet");
         };
         return row;
       }(),
       0, page_token::opaque, 500},
      {"ec2", "DescribeSnapshots", describe_snapshots, 0, page_token::opaque, 1000},
      {"ec2", "DescribeSnapshotAttribute", describe_snapshot_attribute, 0},
      // Off unless the account turned it on (the schema's absent value).
      {"ec2", "GetEbsEncryptionByDefault",
       singleton_read{.document = "EbsEncryptionByDefault", .output = "EbsEncryptionByDefault"}},
      // EC2's not-found wording differs per type (and "vpc ID" is lower-case on the wire).
      {"ec2", "DescribeVpcs",
       described("Vpcs", "VpcId", "VpcIds", "InvalidVpcID.NotFound",
                 "The vpc ID '{id}' does not exist", vpc_filters)},
      {"ec2", "DescribeManagedPrefixLists",
       [] {
         list_read row = described("PrefixLists", "PrefixListId", "PrefixListIds", "InvalidPrefixListID.NotFound",
                                   "The prefix list ID '{id}' does not exist", prefix_list_filters);
         row.omit = {"Entries"};
         return row;
       }()},
      // A list's entries page like any listing (MaxResults 1..100).
      {"ec2", "GetManagedPrefixListEntries",
       list_read{.collection = "Entries",
                 .parent = parent_item{"PrefixLists", {"PrefixListId", {"PrefixListId"}},
                                       {"InvalidPrefixListID.NotFound", "The prefix list ID '{id}' does not exist"}}}},
      {"ec2", "DescribeSubnets",
       described("Subnets", "SubnetId", "SubnetIds", "InvalidSubnetID.NotFound",
                 "The subnet ID '{id}' does not exist", subnet_filters)},
      // DescribeFlowLogs differs twice: its filter list is the singular member "Filter", and
      // unknown flow log ids are not an error - they just match nothing. AWS documents no
      // MaxResults range; a larger one gets 1000 flow logs a page, EC2's largest.
      {"ec2", "DescribeFlowLogs",
       list_read{.collection = "FlowLogs",
                 .ids = item_key{"FlowLogIds", {"FlowLogId"}},
                 .filter = request_filters(flow_log_filters, "Filter")},
       0, page_token::opaque, 1000},
      {"ec2", "DescribeInternetGateways",
       described("InternetGateways", "InternetGatewayId", "InternetGatewayIds",
                 "InvalidInternetGatewayID.NotFound",
                 "The internetGateway ID '{id}' does not exist", gateway_filters)},
      {"ec2", "DescribeRouteTables",
       described("RouteTables", "RouteTableId", "RouteTableIds", "InvalidRouteTableID.NotFound",
                 "The routeTable ID '{id}' does not exist", route_table_filters)},
      // No paging: DescribeVpnConnections has neither MaxResults nor NextToken.
      {"ec2", "DescribeVpnConnections",
       described("VpnConnections", "VpnConnectionId", "VpnConnectionIds",
                 "InvalidVpnConnectionID.NotFound",
                 "The vpnConnection ID '{id}' does not exist", vpn_filters)},
  };
  return entries;
}

}  // namespace mockaws::services::ec2
