// Application Auto Scaling (JSON 1.1): the scalable targets and scaling policies of one service
// namespace per request (DynamoDB tables and indexes, for DYNAMODB_AUTOSCALING_ENABLED).
//
// State (per region), as `aws application-autoscaling describe-scalable-targets` and
// `describe-scaling-policies` print them:
//   application-autoscaling:
//     ScalableTargets:
//       - ServiceNamespace: dynamodb
//         ResourceId: table/orders               # or table/orders/index/by-customer
//         ScalableDimension: dynamodb:table:ReadCapacityUnits
//         MinCapacity: 5
//         MaxCapacity: 500
//     ScalingPolicies:
//       - PolicyARN: arn:aws:autoscaling:...:scalingPolicy:<uuid>:resource/dynamodb/table/orders:policyName/orders-read
//         PolicyName: orders-read
//         ServiceNamespace: dynamodb
//         ResourceId: table/orders
//         ScalableDimension: dynamodb:table:ReadCapacityUnits
//         PolicyType: TargetTrackingScaling
//         TargetTrackingScalingPolicyConfiguration: {TargetValue: 70.0, ...}
//
// ServiceNamespace is required (the model) and selects; ResourceIds (targets), ResourceId and
// PolicyNames (policies) and ScalableDimension narrow, names that match nothing select nothing.
// MaxResults: targets 1..50 (default 50), policies 1..10 (default 10), as the API reference
// says (overlays.json).

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::application_autoscaling {

namespace {

bool member_is(const json& item, std::string_view member, const std::string& wanted) {
  return wanted.empty() || string_at(item, member) == wanted;
}

// The namespace and dimension every request names; ResourceId only for policies (targets take
// a list, ResourceIds, through the row's ids).
item_test namespace_filter(const call_context& c) {
  std::string service = c.input_string("ServiceNamespace");
  std::string dimension = c.input_string("ScalableDimension");
  std::string resource = c.input_string("ResourceId");
  return [service, dimension, resource](const json& item) {
    return member_is(item, "ServiceNamespace", service) && member_is(item, "ScalableDimension", dimension) &&
           member_is(item, "ResourceId", resource);
  };
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"application-autoscaling", "DescribeScalableTargets",
       list_read{.collection = "ScalableTargets",
                 .ids = item_key{"ResourceIds", {"ResourceId"}},
                 .filter = namespace_filter},
       50},
      {"application-autoscaling", "DescribeScalingPolicies",
       list_read{.collection = "ScalingPolicies",
                 .ids = item_key{"PolicyNames", {"PolicyName"}},
                 .filter = namespace_filter},
       10},
  };
  return entries;
}

}  // namespace mockaws::services::application_autoscaling
