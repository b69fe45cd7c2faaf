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

#include "mockaws/services/ec2/ec2_operations.hpp"

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

const operation_entry entries[] = {
    // EC2 returns everything unless MaxResults is set, so no default page size anywhere.
    {"ec2", "DescribeInstances", describe_instances, 0},
    {"ec2", "DescribeSecurityGroups", describe_security_groups, 0},
    // MaxResults above these maximums is accepted and answered with the maximum (documented).
    {"ec2", "DescribeVolumes", describe_volumes, 0, page_token::opaque, 500},
    {"ec2", "DescribeSnapshots", describe_snapshots, 0, page_token::opaque, 1000},
    {"ec2", "DescribeSnapshotAttribute", describe_snapshot_attribute, 0},
    {"ec2", "GetEbsEncryptionByDefault", get_ebs_encryption_by_default, 0},
    {"ec2", "DescribeVpcs", describe_vpcs, 0},
    {"ec2", "DescribeSubnets", describe_subnets, 0},
    {"ec2", "DescribeFlowLogs", describe_flow_logs, 0},
    {"ec2", "DescribeInternetGateways", describe_internet_gateways, 0},
    {"ec2", "DescribeRouteTables", describe_route_tables, 0},
    {"ec2", "DescribeVpnConnections", describe_vpn_connections, 0},
};

}  // namespace

std::span<const operation_entry> operations() { return entries; }

}  // namespace mockaws::services::ec2
