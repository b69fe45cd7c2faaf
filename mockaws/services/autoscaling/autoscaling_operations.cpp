// Amazon EC2 Auto Scaling (Query): groups and launch configurations.
//
// State (per region), as `aws autoscaling describe-auto-scaling-groups` and
// `describe-launch-configurations` print them:
//   autoscaling:
//     AutoScalingGroups:
//       - AutoScalingGroupName: portal-web     # ARN, CreatedTime, DefaultCooldown ... at load
//         LaunchConfigurationName: portal-web-v3
//         MinSize: 2
//         MaxSize: 4
//         DesiredCapacity: 2
//         TargetGroupARNs: [arn:aws:elasticloadbalancing:...:targetgroup/portal/...]
//         HealthCheckType: ELB                 # absent: AWS's default, EC2
//         Tags: [{Key: app, Value: portal, PropagateAtLaunch: true}]
//     LaunchConfigurations:
//       - LaunchConfigurationName: portal-web-v3
//         ImageId: ami-0abc...
//         InstanceType: t3.medium
//         AssociatePublicIpAddress: false      # absent: the subnet's MapPublicIpOnLaunch decides
//
// Names the request lists that match nothing select nothing (AWS answers an empty list, no
// error). MaxRecords: AWS's default page is 50, the most 100 (overlays.json).

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::autoscaling {

namespace {

// DescribeAutoScalingGroups' Filters: tag-key, tag-value and tag:<key> (values OR, filters AND);
// any other name is refused.
item_test group_filter(const call_context& c) {
  std::vector<std::pair<std::string, std::vector<std::string>>> filters;
  for (const auto& f : c.input.value("Filters", json::array())) {
    std::string name = f.value("Name", "");
    if (name != "tag-key" && name != "tag-value" && name.rfind("tag:", 0) != 0)
      c.fail("ValidationError", "Filter type " + name + " is not correct. Allowed Filter types are: tag-key tag-value tag:<key>");
    filters.push_back({name, f.value("Values", std::vector<std::string>{})});
  }
  if (filters.empty()) return {};
  return [filters](const json& group) {
    for (const auto& [name, values] : filters) {
      const json& tags = items(group, "Tags");
      bool holds = std::any_of(tags.begin(), tags.end(), [&](const json& tag) {
        std::string key = string_at(tag, "Key"), value = string_at(tag, "Value");
        return std::any_of(values.begin(), values.end(), [&](const std::string& wanted) {
          if (name == "tag-key") return key == wanted;
          if (name == "tag-value") return value == wanted;
          return key == name.substr(4) && value == wanted;
        });
      });
      if (!holds) return false;
    }
    return true;
  };
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"autoscaling", "DescribeAutoScalingGroups",
       list_read{.collection = "AutoScalingGroups",
                 .ids = item_key{"AutoScalingGroupNames", {"AutoScalingGroupName"}},
                 .filter = group_filter},
       50},
      {"autoscaling", "DescribeLaunchConfigurations",
       list_read{.collection = "LaunchConfigurations",
                 .ids = item_key{"LaunchConfigurationNames", {"LaunchConfigurationName"}}},
       50},
  };
  return entries;
}

}  // namespace mockaws::services::autoscaling
