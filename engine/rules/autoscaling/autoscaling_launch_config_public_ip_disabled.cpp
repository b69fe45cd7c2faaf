// AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED (autoscaling-launch-config-public-ip-disabled): a
// launch configuration does not give its instances public IP addresses (AssociatePublicIpAddress
// true is NON_COMPLIANT).
//
// Readings where AWS's page is silent (pinned by scenarios/rules/autoscaling-launch-config-
// public-ip-disabled/): AssociatePublicIpAddress absent (never given, so the subnet's
// MapPublicIpOnLaunch decides at launch) is COMPLIANT, as the rule reads only the launch
// configuration; every launch configuration is judged, whether a group uses it or not (AWS
// Config records them all).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition autoscaling_launch_config_public_ip_disabled() {
  rule_definition rule = field_rule({.identifier = "AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED",
                                     .summary = "Auto Scaling launch configurations do not associate public IP addresses",
                                     .resource_type = "AWS::AutoScaling::LaunchConfiguration"},
                                    {"AssociatePublicIpAddress", false, false,
                                     "the launch configuration does not associate public IP addresses",
                                     "AssociatePublicIpAddress is true: instances get public IP addresses"});
  rule.reading = "AssociatePublicIpAddress absent (the subnet decides) is COMPLIANT; every launch configuration is judged, "
                 "used by a group or not.";
  return rule;
}

}  // namespace engine::rules
