// VPC_VPN_2_TUNNELS_UP (vpc-vpn-2-tunnels-up): both tunnels of a Site-to-Site VPN connection are
// UP (VgwTelemetry[].Status), so the clinic's link to AWS survives the loss of one endpoint.
//
// Readings (pinned by scenarios/rules/vpc-vpn-2-tunnels-up/): a connection that reports fewer
// than two tunnels (one still being created) is NON_COMPLIANT; a deleted connection (State
// deleted) is NOT_APPLICABLE.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& connection) {
  const json& c = connection.configuration;
  if (c.value("State", "") == "deleted") return {compliance::not_applicable, "the VPN connection is deleted"};
  int up = 0, tunnels = 0;
  std::string down;
  for (const auto& tunnel : c.value("VgwTelemetry", json::array())) {
    ++tunnels;
    if (tunnel.value("Status", "") == "UP") ++up;
    else if (down.empty()) down = tunnel.value("OutsideIpAddress", "a tunnel");
  }
  if (tunnels >= 2 && up == tunnels) return {compliance::compliant, "both VPN tunnels are UP"};
  if (tunnels < 2) return {compliance::non_compliant, "the VPN connection reports " + std::to_string(tunnels) + " tunnel(s), not two"};
  if (up == 0) return {compliance::non_compliant, "no VPN tunnel is UP"};
  return {compliance::non_compliant, "a VPN tunnel is not UP (" + down + ")"};
}

}  // namespace

rule_definition vpc_vpn_2_tunnels_up() {
  return {.identifier = "VPC_VPN_2_TUNNELS_UP",
          .summary = "both tunnels of every Site-to-Site VPN connection are UP",
          .resource_type = "AWS::EC2::VPNConnection",
          .judge = judge,
          .reading = "fewer than two reported tunnels is NON_COMPLIANT; deleted connections are NOT_APPLICABLE."};
}

}  // namespace engine::rules
