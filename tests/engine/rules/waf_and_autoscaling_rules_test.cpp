// WAFV2_LOGGING_ENABLED, AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED and
// AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED over hand-built inventories.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

configuration_item web_acl(const std::string& id, json logging) {
  configuration_item acl = item("AWS::WAFv2::WebACL", id, {{"Id", id}, {"Name", id}});
  acl.supplementary["LoggingConfiguration"] = std::move(logging);
  return acl;
}

TEST(wafv2_logging_enabled, a_destination_is_logging_and_the_parameter_narrows_which) {
  inventory inv = make_inventory();
  inv.add(web_acl("firehose", {{"LogDestinationConfigs", {"arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-a"}}}));
  inv.add(web_acl("bucket", {{"LogDestinationConfigs", {"arn:aws:s3:::aws-waf-logs-b"}}}));
  inv.add(web_acl("none", nullptr));  // WAFNonexistentItemException: the document is absent
  inv.add(web_acl("empty", {{"LogDestinationConfigs", json::array()}}));
  auto verdicts = run(inv, "WAFV2_LOGGING_ENABLED");
  ASSERT_EQ(verdicts.size(), 4u);
  EXPECT_EQ(verdicts[0].result, compliance::compliant);
  EXPECT_EQ(verdicts[1].result, compliance::compliant) << "any destination without the parameter";
  EXPECT_EQ(verdicts[2].result, compliance::non_compliant);
  EXPECT_EQ(verdicts[3].result, compliance::non_compliant) << "no destination is logging off";

  auto listed = run(inv, "WAFV2_LOGGING_ENABLED",
                    {{"KinesisFirehoseDeliveryStreamArns",
                      "arn:aws:firehose:us-east-1:123456789012:deliverystream/other , "
                      "arn:aws:firehose:us-east-1:123456789012:deliverystream/aws-waf-logs-a"}});
  ASSERT_EQ(listed.size(), 4u);
  EXPECT_EQ(listed[0].result, compliance::compliant);
  EXPECT_EQ(listed[1].result, compliance::non_compliant) << "an S3 destination is not a listed stream";
  EXPECT_NE(listed[1].annotation.find("not one of KinesisFirehoseDeliveryStreamArns"), std::string::npos);
  EXPECT_EQ(listed[2].result, compliance::non_compliant);
}

TEST(wafv2_logging_enabled, an_unreadable_logging_configuration_is_insufficient_data) {
  inventory inv = make_inventory();
  configuration_item acl = item("AWS::WAFv2::WebACL", "denied", {{"Id", "denied"}});
  acl.unreadable["LoggingConfiguration"] = "AccessDeniedException";
  inv.add(std::move(acl));
  auto verdicts = run(inv, "WAFV2_LOGGING_ENABLED");
  ASSERT_EQ(verdicts.size(), 1u);
  EXPECT_EQ(verdicts[0].result, compliance::insufficient_data);
}

configuration_item group(const std::string& name, json configuration) {
  configuration["AutoScalingGroupName"] = name;
  return item("AWS::AutoScaling::AutoScalingGroup", name, std::move(configuration));
}

TEST(autoscaling_group_elb_healthcheck_required, groups_behind_load_balancers_need_elb_health_checks) {
  inventory inv = make_inventory();
  inv.add(group("classic-elb", {{"LoadBalancerNames", {"web"}}, {"HealthCheckType", "ELB"}}));
  inv.add(group("target-group-default", {{"TargetGroupARNs", {"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"}}}));
  inv.add(group("several-types", {{"TargetGroupARNs", {"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/t/1"}},
                                  {"HealthCheckType", "EBS,ELB"}}));
  inv.add(group("no-load-balancer", {{"HealthCheckType", "EC2"}, {"LoadBalancerNames", json::array()}}));
  inv.add(group("lattice", {{"TrafficSources", {{{"Identifier", "arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-1"},
                                                 {"Type", "vpc-lattice"}}}}}));
  inv.add(group("traffic-source-elb", {{"TrafficSources", {{{"Identifier", "web"}, {"Type", "elb"}}}}, {"HealthCheckType", "EC2"}}));
  auto verdicts = run(inv, "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED");
  ASSERT_EQ(verdicts.size(), 6u);
  EXPECT_EQ(verdicts[0].result, compliance::compliant);
  EXPECT_EQ(verdicts[1].result, compliance::non_compliant) << "absent HealthCheckType is AWS's EC2";
  EXPECT_NE(verdicts[1].annotation.find("EC2"), std::string::npos) << verdicts[1].annotation;
  EXPECT_EQ(verdicts[2].result, compliance::compliant);
  EXPECT_EQ(verdicts[3].result, compliance::not_applicable);
  EXPECT_EQ(verdicts[4].result, compliance::not_applicable) << "VPC Lattice is no Elastic Load Balancer";
  EXPECT_EQ(verdicts[5].result, compliance::non_compliant);
}

TEST(autoscaling_launch_config_public_ip_disabled, only_associate_public_ip_address_true_fails) {
  inventory inv = make_inventory();
  auto config = [](const std::string& name, json configuration) {
    configuration["LaunchConfigurationName"] = name;
    return item("AWS::AutoScaling::LaunchConfiguration", name, std::move(configuration));
  };
  inv.add(config("public", {{"AssociatePublicIpAddress", true}}));
  inv.add(config("private", {{"AssociatePublicIpAddress", false}}));
  inv.add(config("unset", json::object()));
  auto verdicts = run(inv, "AUTOSCALING_LAUNCH_CONFIG_PUBLIC_IP_DISABLED");
  ASSERT_EQ(verdicts.size(), 3u);
  EXPECT_EQ(verdicts[0].result, compliance::non_compliant);
  EXPECT_EQ(verdicts[1].result, compliance::compliant);
  EXPECT_EQ(verdicts[2].result, compliance::compliant) << "absent: the subnet decides, the rule reads the configuration";
}

}  // namespace
}  // namespace engine
