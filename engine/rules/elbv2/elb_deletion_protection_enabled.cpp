// ELB_DELETION_PROTECTION_ENABLED (elb-deletion-protection-enabled): an Application, Network or
// Gateway Load Balancer cannot be deleted while deletion_protection.enabled is "true"
// (DescribeLoadBalancerAttributes). Absent reads as "false", AWS's default for every type.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  if (attribute(ctx.read(lb, "Attributes"), "deletion_protection.enabled", "false") != "true")
    return {compliance::non_compliant, "deletion protection is disabled"};
  return {compliance::compliant, "deletion protection is enabled"};
}

}  // namespace

rule_definition elb_deletion_protection_enabled() {
  return {.identifier = "ELB_DELETION_PROTECTION_ENABLED",
          .summary = "ELBv2 load balancers have deletion protection enabled",
          .resource_type = "AWS::ElasticLoadBalancingV2::LoadBalancer",
          .reads = {.supplements = {"Attributes"}},
          .judge = judge};
}

}  // namespace engine::rules
