// AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED (autoscaling-group-elb-healthcheck-required): an
// Auto Scaling group associated with an Elastic Load Balancer uses Elastic Load Balancing health
// checks (HealthCheckType ELB; absent: AWS's default, EC2). A group with no load balancer is
// NOT_APPLICABLE.
//
// Readings where AWS's page is silent (pinned by scenarios/rules/autoscaling-group-elb-
// healthcheck-required/): "associated with an Elastic Load Balancer" is any of Classic Load
// Balancers (LoadBalancerNames), target groups of Application or Network Load Balancers
// (TargetGroupARNs) and traffic sources of type elb or elbv2 (TrafficSources; vpc-lattice ones
// are not load balancers). Today's API writes HealthCheckType as a comma-separated list of types
// ("ELB,EBS"): the group complies when ELB is one of them.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

bool non_empty_list(const json& group, const char* member) {
  auto it = group.find(member);
  return it != group.end() && it->is_array() && !it->empty();
}

bool has_load_balancer_traffic_source(const json& group) {
  for (const auto& source : group.value("TrafficSources", json::array())) {
    std::string type = source.value("Type", "");
    if (type == "elb" || type == "elbv2") return true;
  }
  return false;
}

verdict judge(const rule_context&, const configuration_item& item) {
  const json& group = item.configuration;
  if (!non_empty_list(group, "LoadBalancerNames") && !non_empty_list(group, "TargetGroupARNs") &&
      !has_load_balancer_traffic_source(group))
    return {compliance::not_applicable, "the group is not associated with a load balancer"};
  std::string type = group.value("HealthCheckType", "EC2");
  auto types = comma_separated(type);
  if (std::find(types.begin(), types.end(), "ELB") != types.end())
    return {compliance::compliant, "the group uses Elastic Load Balancing health checks"};
  return {compliance::non_compliant,
          "the group is behind a load balancer but its health check type is " + (type.empty() ? std::string("EC2") : type)};
}

}  // namespace

rule_definition autoscaling_group_elb_healthcheck_required() {
  return {.identifier = "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED",
          .summary = "Auto Scaling groups behind a load balancer use Elastic Load Balancing health checks",
          .resource_type = "AWS::AutoScaling::AutoScalingGroup",
          .judge = judge,
          .reading = "A group is associated with a load balancer through LoadBalancerNames (Classic), TargetGroupARNs "
                     "or TrafficSources of type elb/elbv2; others are NOT_APPLICABLE. HealthCheckType may list several "
                     "types (\"ELB,EBS\"): ELB among them complies; absent reads as EC2."};
}

}  // namespace engine::rules
