// VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS (vpc-sg-open-only-to-authorized-ports): a security group
// that admits traffic from the whole internet (0.0.0.0/0 or ::/0) admits it only on the TCP ports
// of authorizedTcpPorts and the UDP ports of authorizedUdpPorts (comma-separated ports and
// ranges: "443,1020-1025"). A group with no inbound rule from the internet is NOT_APPLICABLE. The
// HIPAA pack sets neither list, so any TCP or UDP port open to the internet is NON_COMPLIANT.
//
// Readings (pinned by scenarios/rules/vpc-sg-open-only-to-authorized-ports/):
//  - A rule for all protocols ("-1") opens every TCP and every UDP port: NON_COMPLIANT unless
//    both lists cover 0-65535.
//  - A range is authorized only when the lists cover all of it (22-23 with 22 authorized is not).
//  - A world-open rule for another protocol (ICMP) makes the group applicable but exposes no TCP
//    or UDP port: COMPLIANT when nothing else is open.
//  - A managed prefix list holding 0.0.0.0/0 or ::/0 is the internet too (as for
//    INCOMING_SSH_DISABLED); one the scan did not see is INSUFFICIENT_DATA unless a seen rule
//    already fails the group.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/ip_permissions.hpp"

namespace engine::rules {

namespace {

// The unauthorized parts of `ports` over `protocol`, described ("TCP 8080 from 0.0.0.0/0").
void unauthorized(const port_range& ports, std::string_view protocol, const std::vector<port_range>& authorized,
                  const world_open_permission& permission, std::vector<std::string>& out) {
  for (const auto& gap : uncovered(ports, authorized))
    out.push_back((protocol == "tcp" ? "TCP " : "UDP ") + gap.text() + " from " + permission.sources_text());
}

verdict judge(const rule_context& ctx, const configuration_item& group) {
  auto inbound = world_open_permissions(group.configuration, prefix_lists_of(ctx, group));
  if (inbound.permissions.empty()) {
    if (!inbound.unknown_prefix_list.empty())
      return {compliance::insufficient_data,
              "an inbound rule references prefix list " + inbound.unknown_prefix_list + ", which the scan did not see"};
    return {compliance::not_applicable, "no inbound rule admits 0.0.0.0/0 or ::/0"};
  }
  auto tcp = port_list(ctx.text("authorizedTcpPorts"));
  auto udp = port_list(ctx.text("authorizedUdpPorts"));
  std::vector<std::string> open;
  for (const auto& permission : inbound.permissions) {
    if (permission.protocol == "tcp" || permission.protocol == "-1")
      unauthorized(permission.protocol == "-1" ? port_range{} : permission.ports, "tcp", tcp, permission, open);
    if (permission.protocol == "udp" || permission.protocol == "-1")
      unauthorized(permission.protocol == "-1" ? port_range{} : permission.ports, "udp", udp, permission, open);
  }
  if (!open.empty()) {
    std::string what;
    for (const auto& o : open) what += (what.empty() ? "" : "; ") + o;
    return {compliance::non_compliant, "ports open to the internet that are not authorized: " + what};
  }
  if (!inbound.unknown_prefix_list.empty())
    return {compliance::insufficient_data,
            "an inbound rule references prefix list " + inbound.unknown_prefix_list + ", which the scan did not see"};
  return {compliance::compliant, "only authorized ports are open to the internet"};
}

}  // namespace

rule_definition vpc_sg_open_only_to_authorized_ports() {
  return {.identifier = "VPC_SG_OPEN_ONLY_TO_AUTHORIZED_PORTS",
          .summary = "security groups open to the internet open only the authorized TCP and UDP ports",
          .resource_type = "AWS::EC2::SecurityGroup",
          .parameters = {{"authorizedTcpPorts", parameter_kind::port_list, "",
                          "TCP ports and ranges that may be open to the internet: 443,1020-1025"},
                         {"authorizedUdpPorts", parameter_kind::port_list, "",
                          "UDP ports and ranges that may be open to the internet: 500,1020-1025"}},
          .reads = {.types = {"AWS::EC2::SecurityGroup", "AWS::EC2::PrefixList"}, .supplements = {"Entries"}},
          .judge = judge,
          .reading = "groups without a 0.0.0.0/0 or ::/0 inbound rule are NOT_APPLICABLE; all-protocol rules open "
                     "every TCP and UDP port; a range must be covered whole; prefix lists holding the internet "
                     "count; an unseen prefix list is INSUFFICIENT_DATA."};
}

}  // namespace engine::rules
