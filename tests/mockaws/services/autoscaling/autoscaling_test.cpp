// EC2 Auto Scaling through HTTP (Query): groups by name and tag filter, with their defaults;
// launch configurations by name; paging by MaxRecords/NextToken (at most 100); unknown names
// select nothing.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    autoscaling:
      LaunchConfigurations:
        - {LaunchConfigurationName: portal-v3, ImageId: ami-0abcdef1234567890, InstanceType: t3.medium,
           AssociatePublicIpAddress: false}
        - {LaunchConfigurationName: batch-v1, ImageId: ami-0abcdef1234567890, InstanceType: c5.large,
           AssociatePublicIpAddress: true}
        - {LaunchConfigurationName: legacy, ImageId: ami-0abcdef1234567890, InstanceType: t2.micro}
      AutoScalingGroups:
        - AutoScalingGroupName: portal-web
          LaunchConfigurationName: portal-v3
          MinSize: 2
          MaxSize: 4
          DesiredCapacity: 2
          AvailabilityZones: [us-east-1a, us-east-1b]
          TargetGroupARNs: ["arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/portal/73e2d6bc24d8a067"]
          HealthCheckType: ELB
          Tags: [{Key: app, Value: portal, PropagateAtLaunch: true}]
        - AutoScalingGroupName: batch
          LaunchConfigurationName: batch-v1
          MinSize: 0
          MaxSize: 10
          DesiredCapacity: 1
          AvailabilityZones: [us-east-1a]
          Tags: [{Key: app, Value: batch, PropagateAtLaunch: false}]
)yaml";

TEST(autoscaling, describe_auto_scaling_groups_with_defaults) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("autoscaling", "DescribeAutoScalingGroups");
  ASSERT_FALSE(all.error) << all.error->message;
  ASSERT_EQ(all.output["AutoScalingGroups"].size(), 2u);
  const auto& portal = all.output["AutoScalingGroups"][0];
  EXPECT_EQ(portal["AutoScalingGroupName"], "portal-web");
  EXPECT_EQ(portal["HealthCheckType"], "ELB");
  EXPECT_EQ(portal["TargetGroupARNs"][0], "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/portal/73e2d6bc24d8a067");
  EXPECT_EQ(portal["DefaultCooldown"], 300);
  EXPECT_EQ(portal["Tags"][0]["Key"], "app");
  std::string arn = portal["AutoScalingGroupARN"];
  EXPECT_EQ(arn.rfind("arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:", 0), 0u) << arn;
  EXPECT_NE(arn.find(":autoScalingGroupName/portal-web"), std::string::npos) << arn;
  EXPECT_FALSE(all.output["AutoScalingGroups"][1].contains("HealthCheckType")) << "absent: AWS's EC2, not stated";
}

TEST(autoscaling, describe_auto_scaling_groups_by_name_and_tag) {
  scenario_server server{scenario};
  auto client = server.client();
  auto named = client.call("autoscaling", "DescribeAutoScalingGroups", {{"AutoScalingGroupNames", {"batch", "gone"}}});
  ASSERT_FALSE(named.error) << named.error->message;
  ASSERT_EQ(named.output["AutoScalingGroups"].size(), 1u);
  EXPECT_EQ(named.output["AutoScalingGroups"][0]["AutoScalingGroupName"], "batch");
  auto none = client.call("autoscaling", "DescribeAutoScalingGroups", {{"AutoScalingGroupNames", {"gone"}}});
  ASSERT_FALSE(none.error) << "AWS answers an empty list for unknown names";
  EXPECT_TRUE(none.output["AutoScalingGroups"].empty());
  auto tagged = client.call("autoscaling", "DescribeAutoScalingGroups",
                            {{"Filters", {{{"Name", "tag:app"}, {"Values", {"portal", "crm"}}}}}});
  ASSERT_FALSE(tagged.error) << tagged.error->message;
  ASSERT_EQ(tagged.output["AutoScalingGroups"].size(), 1u);
  EXPECT_EQ(tagged.output["AutoScalingGroups"][0]["AutoScalingGroupName"], "portal-web");
  auto by_value = client.call("autoscaling", "DescribeAutoScalingGroups",
                              {{"Filters", {{{"Name", "tag-value"}, {"Values", {"batch"}}}}}});
  ASSERT_FALSE(by_value.error);
  ASSERT_EQ(by_value.output["AutoScalingGroups"].size(), 1u);
  auto bad = client.call("autoscaling", "DescribeAutoScalingGroups",
                         {{"Filters", {{{"Name", "instance-type"}, {"Values", {"t3.medium"}}}}}});
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->code, "ValidationError");
}

TEST(autoscaling, describe_launch_configurations_and_pages) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("autoscaling", "DescribeLaunchConfigurations");
  ASSERT_FALSE(all.error) << all.error->message;
  ASSERT_EQ(all.output["LaunchConfigurations"].size(), 3u);
  EXPECT_EQ(all.output["LaunchConfigurations"][1]["AssociatePublicIpAddress"], true);
  EXPECT_FALSE(all.output["LaunchConfigurations"][2].contains("AssociatePublicIpAddress"));
  EXPECT_EQ(all.output["LaunchConfigurations"][0]["InstanceMonitoring"]["Enabled"], true);
  auto named = client.call("autoscaling", "DescribeLaunchConfigurations", {{"LaunchConfigurationNames", {"legacy"}}});
  ASSERT_FALSE(named.error);
  ASSERT_EQ(named.output["LaunchConfigurations"].size(), 1u);
  auto first = client.call("autoscaling", "DescribeLaunchConfigurations", {{"MaxRecords", 2}});
  ASSERT_FALSE(first.error);
  ASSERT_EQ(first.output["LaunchConfigurations"].size(), 2u);
  ASSERT_TRUE(first.output.contains("NextToken"));
  auto rest = client.call("autoscaling", "DescribeLaunchConfigurations", {{"MaxRecords", 2}, {"NextToken", first.output["NextToken"]}});
  ASSERT_FALSE(rest.error);
  ASSERT_EQ(rest.output["LaunchConfigurations"].size(), 1u);
  EXPECT_EQ(rest.output["LaunchConfigurations"][0]["LaunchConfigurationName"], "legacy");
  auto bad_token = client.call("autoscaling", "DescribeLaunchConfigurations", {{"NextToken", "garbage"}});
  ASSERT_TRUE(bad_token.error);
  EXPECT_EQ(bad_token.error->code, "InvalidNextToken");
  auto too_many = client.call("autoscaling", "DescribeAutoScalingGroups", {{"MaxRecords", 101}});
  ASSERT_TRUE(too_many.error) << "MaxRecords is at most 100";
  EXPECT_EQ(too_many.error->code, "ValidationError");
}

}  // namespace
}  // namespace hipaasim::testing
