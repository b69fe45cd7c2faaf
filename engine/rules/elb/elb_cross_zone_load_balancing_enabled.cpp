// ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED (elb-cross-zone-load-balancing-enabled): a Classic Load
// Balancer spreads requests across the instances of all its Availability Zones
// (DescribeLoadBalancerAttributes: CrossZoneLoadBalancing.Enabled). Absent reads as false, the
// default of a load balancer created through the API or CLI (the console turns it on).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  const json* attributes = ctx.read(lb, "LoadBalancerAttributes");
  bool enabled = false;
  if (attributes && attributes->contains("CrossZoneLoadBalancing"))
    enabled = (*attributes)["CrossZoneLoadBalancing"].value("Enabled", false);
  if (!enabled) return {compliance::non_compliant, "cross-zone load balancing is disabled"};
  return {compliance::compliant, "cross-zone load balancing is enabled"};
}

}  // namespace

rule_definition elb_cross_zone_load_balancing_enabled() {
  return {.identifier = "ELB_CROSS_ZONE_LOAD_BALANCING_ENABLED",
          .summary = "Classic Load Balancers have cross-zone load balancing enabled",
          .resource_type = "AWS::ElasticLoadBalancing::LoadBalancer",
          .reads = {.supplements = {"LoadBalancerAttributes"}},
          .judge = judge};
}

}  // namespace engine::rules
