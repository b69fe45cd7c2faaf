// Application Auto Scaling through HTTP (JSON 1.1): scalable targets and scaling policies of one
// ServiceNamespace, narrowed by resource, dimension and policy name; paging by MaxResults and
// NextToken (targets at most 50, policies 10); ServiceNamespace is required.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    application-autoscaling:
      ScalableTargets:
        - {ServiceNamespace: dynamodb, ResourceId: table/orders, ScalableDimension: "dynamodb:table:ReadCapacityUnits",
           MinCapacity: 5, MaxCapacity: 500}
        - {ServiceNamespace: dynamodb, ResourceId: table/orders, ScalableDimension: "dynamodb:table:WriteCapacityUnits",
           MinCapacity: 5, MaxCapacity: 100}
        - {ServiceNamespace: dynamodb, ResourceId: table/orders/index/by-customer,
           ScalableDimension: "dynamodb:index:ReadCapacityUnits", MinCapacity: 1, MaxCapacity: 50}
        - {ServiceNamespace: ecs, ResourceId: service/clinic/portal, ScalableDimension: "ecs:service:DesiredCount",
           MinCapacity: 2, MaxCapacity: 8}
      ScalingPolicies:
        - PolicyARN: "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:6d8a3e2c-0000-4000-8000-000000000001:resource/dynamodb/table/orders:policyName/orders-read"
          PolicyName: orders-read
          ServiceNamespace: dynamodb
          ResourceId: table/orders
          ScalableDimension: "dynamodb:table:ReadCapacityUnits"
          PolicyType: TargetTrackingScaling
          TargetTrackingScalingPolicyConfiguration:
            TargetValue: 70.0
            PredefinedMetricSpecification: {PredefinedMetricType: DynamoDBReadCapacityUtilization}
        - PolicyARN: "arn:aws:autoscaling:us-east-1:123456789012:scalingPolicy:6d8a3e2c-0000-4000-8000-000000000002:resource/dynamodb/table/orders:policyName/orders-write"
          PolicyName: orders-write
          ServiceNamespace: dynamodb
          ResourceId: table/orders
          ScalableDimension: "dynamodb:table:WriteCapacityUnits"
          PolicyType: TargetTrackingScaling
          TargetTrackingScalingPolicyConfiguration: {TargetValue: 50.5}
)yaml";

TEST(application_autoscaling, scalable_targets_of_one_namespace_with_their_defaults) {
  scenario_server server{scenario};
  auto client = server.client();
  auto dynamodb = client.call("application-autoscaling", "DescribeScalableTargets", {{"ServiceNamespace", "dynamodb"}});
  ASSERT_FALSE(dynamodb.error) << dynamodb.error->message;
  const auto& targets = dynamodb.output["ScalableTargets"];
  ASSERT_EQ(targets.size(), 3u);
  EXPECT_EQ(targets[0]["ResourceId"], "table/orders");
  EXPECT_EQ(targets[0]["ScalableDimension"], "dynamodb:table:ReadCapacityUnits");
  EXPECT_EQ(targets[0]["MaxCapacity"], 500);
  EXPECT_TRUE(targets[0].contains("CreationTime")) << "a default";
  auto ecs = client.call("application-autoscaling", "DescribeScalableTargets", {{"ServiceNamespace", "ecs"}});
  ASSERT_FALSE(ecs.error);
  ASSERT_EQ(ecs.output["ScalableTargets"].size(), 1u);
  EXPECT_EQ(ecs.output["ScalableTargets"][0]["ResourceId"], "service/clinic/portal");
}

TEST(application_autoscaling, targets_narrowed_by_resource_and_dimension) {
  scenario_server server{scenario};
  auto client = server.client();
  auto index = client.call("application-autoscaling", "DescribeScalableTargets",
                           {{"ServiceNamespace", "dynamodb"}, {"ResourceIds", {"table/orders/index/by-customer", "table/gone"}}});
  ASSERT_FALSE(index.error);
  ASSERT_EQ(index.output["ScalableTargets"].size(), 1u);
  EXPECT_EQ(index.output["ScalableTargets"][0]["MinCapacity"], 1);
  auto writes = client.call("application-autoscaling", "DescribeScalableTargets",
                            {{"ServiceNamespace", "dynamodb"}, {"ResourceIds", {"table/orders"}},
                             {"ScalableDimension", "dynamodb:table:WriteCapacityUnits"}});
  ASSERT_FALSE(writes.error);
  ASSERT_EQ(writes.output["ScalableTargets"].size(), 1u);
  EXPECT_EQ(writes.output["ScalableTargets"][0]["MaxCapacity"], 100);
  auto none = client.call("application-autoscaling", "DescribeScalableTargets",
                          {{"ServiceNamespace", "dynamodb"}, {"ResourceIds", {"table/gone"}}});
  ASSERT_FALSE(none.error) << "unknown resources select nothing";
  EXPECT_TRUE(none.output["ScalableTargets"].empty());
}

TEST(application_autoscaling, scaling_policies_by_resource_dimension_and_name) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("application-autoscaling", "DescribeScalingPolicies", {{"ServiceNamespace", "dynamodb"}});
  ASSERT_FALSE(all.error) << all.error->message;
  ASSERT_EQ(all.output["ScalingPolicies"].size(), 2u);
  EXPECT_EQ(all.output["ScalingPolicies"][1]["TargetTrackingScalingPolicyConfiguration"]["TargetValue"], 50.5);
  auto reads = client.call("application-autoscaling", "DescribeScalingPolicies",
                           {{"ServiceNamespace", "dynamodb"}, {"ResourceId", "table/orders"},
                            {"ScalableDimension", "dynamodb:table:ReadCapacityUnits"}});
  ASSERT_FALSE(reads.error);
  ASSERT_EQ(reads.output["ScalingPolicies"].size(), 1u);
  EXPECT_EQ(reads.output["ScalingPolicies"][0]["PolicyName"], "orders-read");
  auto named = client.call("application-autoscaling", "DescribeScalingPolicies",
                           {{"ServiceNamespace", "dynamodb"}, {"PolicyNames", {"orders-write"}}});
  ASSERT_FALSE(named.error);
  ASSERT_EQ(named.output["ScalingPolicies"].size(), 1u);
  auto ecs = client.call("application-autoscaling", "DescribeScalingPolicies", {{"ServiceNamespace", "ecs"}});
  ASSERT_FALSE(ecs.error);
  EXPECT_TRUE(ecs.output["ScalingPolicies"].empty());
}

TEST(application_autoscaling, pages_by_max_results_and_requires_a_namespace) {
  scenario_server server{scenario};
  auto client = server.client();
  auto first = client.call("application-autoscaling", "DescribeScalableTargets",
                           {{"ServiceNamespace", "dynamodb"}, {"MaxResults", 2}});
  ASSERT_FALSE(first.error);
  ASSERT_EQ(first.output["ScalableTargets"].size(), 2u);
  ASSERT_TRUE(first.output.contains("NextToken"));
  auto second = client.call("application-autoscaling", "DescribeScalableTargets",
                            {{"ServiceNamespace", "dynamodb"}, {"MaxResults", 2}, {"NextToken", first.output["NextToken"]}});
  ASSERT_FALSE(second.error);
  ASSERT_EQ(second.output["ScalableTargets"].size(), 1u);
  EXPECT_FALSE(second.output.contains("NextToken"));
  auto too_many = client.call("application-autoscaling", "DescribeScalingPolicies",
                              {{"ServiceNamespace", "dynamodb"}, {"MaxResults", 11}});
  ASSERT_TRUE(too_many.error);
  EXPECT_EQ(too_many.error->code, "ValidationException");
  auto unnamed = client.call("application-autoscaling", "DescribeScalableTargets");
  ASSERT_TRUE(unnamed.error) << "ServiceNamespace is required";
  EXPECT_EQ(unnamed.error->code, "ValidationException");
}

}  // namespace
}  // namespace hipaasim::testing
