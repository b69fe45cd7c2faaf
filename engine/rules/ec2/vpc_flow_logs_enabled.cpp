// VPC_FLOW_LOGS_ENABLED (vpc-flow-logs-enabled): every VPC has a flow log (DescribeFlowLogs: one
// whose ResourceId is the VPC) and, when trafficType is given (ACCEPT, REJECT or ALL; unset in
// the HIPAA pack), one recording that traffic type. Flow logs are the network audit trail of
// §164.312(b).
//
// Readings (pinned by scenarios/rules/vpc-flow-logs-enabled/):
//  - Only an ACTIVE flow log counts: one whose delivery fails or that is being deleted records
//    nothing the auditor can read.
//  - trafficType matches the flow log's TrafficType exactly (in any case): the page names the
//    flow log's own value, so ALL does not stand in for ACCEPT.
//  - Flow logs of the VPC's subnets or network interfaces do not count for the VPC.

#include "engine/rules/all_rules.hpp"
#include "engine/policy/matching.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& vpc) {
  std::string wanted = ctx.text("trafficType");
  bool any = false;
  for (const configuration_item* log : ctx.inv().items("AWS::EC2::FlowLog")) {
    const json& f = log->configuration;
    if (log->region != vpc.region || f.value("ResourceId", "") != vpc.resource_id) continue;
    if (f.value("FlowLogStatus", "ACTIVE") != "ACTIVE") continue;
    any = true;
    std::string type = f.value("TrafficType", "");
    if (wanted.empty() || policy::equal_text(type, wanted, policy::letter_case::insensitive))
      return {compliance::compliant, "flow log " + log->resource_id + " records " + type + " traffic of the VPC"};
  }
  if (any) return {compliance::non_compliant, "no active flow log of the VPC records " + wanted + " traffic"};
  return {compliance::non_compliant, "the VPC has no active flow log"};
}

}  // namespace

rule_definition vpc_flow_logs_enabled() {
  return {.identifier = "VPC_FLOW_LOGS_ENABLED",
          .summary = "every VPC has an active flow log (of trafficType, when given)",
          .resource_type = "AWS::EC2::VPC",
          .parameters = {{.name = "trafficType", .meaning = "the traffic type a flow log must record",
                          .choices = "ACCEPT|REJECT|ALL"}},
          .reads = {.types = {"AWS::EC2::VPC", "AWS::EC2::FlowLog"}},
          .judge = judge,
          .reading = "only ACTIVE flow logs on the VPC itself count; trafficType matches TrafficType exactly "
                     "(ALL does not stand in for ACCEPT)."};
}

}  // namespace engine::rules
