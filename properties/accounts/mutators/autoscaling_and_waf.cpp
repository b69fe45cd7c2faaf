// Mutators of Auto Scaling and WAF: AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED,
// AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED and WAFV2_LOGGING_ENABLED.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

bool behind_load_balancer(const json& group) {
  for (const char* member : {"LoadBalancerNames", "TargetGroupARNs"})
    if (group.contains(member) && group[member].is_array() && !group[member].empty()) return true;
  return false;
}

// A group behind a load balancer back on EC2 health checks: HealthCheckType EC2 written (degree
// 0) or, odd degrees, removed (AWS's default, EC2).
std::optional<mutation> health_check_ec2(json& doc, std::uint64_t target, std::uint64_t degree) {
  std::vector<located_item> candidates;
  for (auto& located : items_of(doc, "AWS::AutoScaling::AutoScalingGroup"))
    if (behind_load_balancer(*located.item)) candidates.push_back(located);
  if (candidates.empty()) return std::nullopt;
  auto [region, group, identity] = candidates[target % candidates.size()];
  if (degree % 2) group->erase("HealthCheckType");
  else (*group)["HealthCheckType"] = "EC2";
  return mutation{"health_check_ec2", "group " + identity + " (" + region + "): EC2 health checks behind a load balancer",
                  {{"AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED", identity, region,
                    "the group is behind a load balancer without ELB health checks"}},
                  std::nullopt};
}

std::optional<mutation> launch_config_public_ip(json& doc, std::uint64_t target, std::uint64_t) {
  auto configurations = items_of(doc, "AWS::AutoScaling::LaunchConfiguration");
  if (configurations.empty()) return std::nullopt;
  auto [region, configuration, identity] = configurations[target % configurations.size()];
  (*configuration)["AssociatePublicIpAddress"] = true;
  return mutation{"launch_config_public_ip", "launch configuration " + identity + " (" + region + "): public IP addresses",
                  {{"AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED", identity, region,
                    "AssociatePublicIpAddress is true"}},
                  std::nullopt};
}

// The web ACL's logging removed (degree 0: no configuration, GetLoggingConfiguration answers
// WAFNonexistentItemException) or, odd degrees, left without a destination.
std::optional<mutation> web_acl_logging_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto acls = items_of(doc, "AWS::WAFv2::WebACL");
  if (acls.empty()) return std::nullopt;
  auto [region, acl, identity] = acls[target % acls.size()];
  if (degree % 2) (*acl)["LoggingConfiguration"] = {{"LogDestinationConfigs", json::array()}};
  else acl->erase("LoggingConfiguration");
  return mutation{"web_acl_logging_off", "web ACL " + identity + " (" + region + "): logging off",
                  {{"WAFV2_LOGGING_ENABLED", identity, region, "the web ACL logs nothing"}}, std::nullopt};
}

}  // namespace

std::vector<mutator> autoscaling_and_waf_mutators() {
  return {
      {"health_check_ec2", "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED",
       "an Auto Scaling group behind a load balancer on EC2 health checks", "", ensure_autoscaling_group,
       health_check_ec2},
      {"launch_config_public_ip", "AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED",
       "a launch configuration associating public IP addresses", "", ensure_autoscaling_group,
       launch_config_public_ip},
      {"web_acl_logging_off", "WAFV2_LOGGING_ENABLED", "a WAFv2 web ACL without logging", "", ensure_web_acl,
       web_acl_logging_off},
  };
}

}  // namespace properties
