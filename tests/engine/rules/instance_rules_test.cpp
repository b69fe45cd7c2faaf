// The EC2 instance rules (EC2_IMDSV2_CHECK, EC2_INSTANCE_NO_PUBLIC_IP,
// EC2_INSTANCE_PROFILE_ATTACHED, INSTANCES_IN_VPC, EC2_STOPPED_INSTANCE) and the account-level EC2
// rules (EC2_EBS_ENCRYPTION_BY_DEFAULT, EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK).

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

json running(json extra = json::object()) {
  json c = {{"InstanceId", "i-1"}, {"State", {{"Name", "running"}}}, {"VpcId", "vpc-1"}};
  c.update(extra);
  return c;
}

compliance instance_verdict(const std::string& rule, json configuration, std::map<std::string, std::string> params = {}) {
  inventory inv = make_inventory();
  inv.add(item("AWS::EC2::Instance", "i-1", std::move(configuration)));
  return run(inv, rule, std::move(params)).at(0).result;
}

TEST(instance_rules, terminated_instances_are_not_judged_by_any) {
  json gone = running({{"State", {{"Name", "terminated"}}}});
  for (const char* rule : {"EC2_IMDSV2_CHECK", "EC2_INSTANCE_NO_PUBLIC_IP", "EC2_INSTANCE_PROFILE_ATTACHED",
                           "INSTANCES_IN_VPC", "EC2_STOPPED_INSTANCE", "EC2_INSTANCE_MANAGED_BY_SSM"})
    EXPECT_EQ(instance_verdict(rule, gone), compliance::not_applicable) << rule;
}

TEST(ec2_imdsv2_check, only_required_tokens_pass) {
  EXPECT_EQ(instance_verdict("EC2_IMDSV2_CHECK", running({{"MetadataOptions", {{"HttpTokens", "required"}}}})),
            compliance::compliant);
  EXPECT_EQ(instance_verdict("EC2_IMDSV2_CHECK", running({{"MetadataOptions", {{"HttpTokens", "optional"}}}})),
            compliance::non_compliant);
  EXPECT_EQ(instance_verdict("EC2_IMDSV2_CHECK", running()), compliance::non_compliant) << "absent: optional";
}

TEST(ec2_instance_no_public_ip, the_instance_address_or_any_interface_association) {
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_NO_PUBLIC_IP", running()), compliance::compliant);
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_NO_PUBLIC_IP", running({{"PublicIpAddress", "3.3.3.3"}})),
            compliance::non_compliant);
  json eni = json::array({{{"NetworkInterfaceId", "eni-2"}, {"Association", {{"PublicIp", "3.3.3.4"}}}}});
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_NO_PUBLIC_IP", running({{"NetworkInterfaces", eni}})), compliance::non_compliant);
}

TEST(ec2_instance_profile_attached, any_profile_or_one_of_the_list) {
  json profile = {{"IamInstanceProfile", {{"Arn", "arn:aws:iam::123456789012:instance-profile/app"}}}};
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_PROFILE_ATTACHED", running(profile)), compliance::compliant);
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_PROFILE_ATTACHED", running()), compliance::non_compliant);
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_PROFILE_ATTACHED", running(profile),
                             {{"IamInstanceProfileArnList", "arn:aws:iam::123456789012:instance-profile/other"}}),
            compliance::non_compliant);
  EXPECT_EQ(instance_verdict("EC2_INSTANCE_PROFILE_ATTACHED", running(profile),
                             {{"IamInstanceProfileArnList", "x, arn:aws:iam::123456789012:instance-profile/app"}}),
            compliance::compliant);
}

TEST(instances_in_vpc, a_vpc_or_the_named_one) {
  EXPECT_EQ(instance_verdict("INSTANCES_IN_VPC", running()), compliance::compliant);
  EXPECT_EQ(instance_verdict("INSTANCES_IN_VPC", {{"InstanceId", "i-1"}}), compliance::non_compliant);
  EXPECT_EQ(instance_verdict("INSTANCES_IN_VPC", running(), {{"vpcId", "vpc-2"}}), compliance::non_compliant);
  EXPECT_EQ(instance_verdict("INSTANCES_IN_VPC", running(), {{"vpcId", "vpc-1"}}), compliance::compliant);
}

TEST(ec2_stopped_instance, the_stop_time_of_the_state_transition_reason_against_allowed_days) {
  auto stopped = [](const std::string& reason) {
    return running({{"State", {{"Name", "stopped"}}}, {"StateTransitionReason", reason}});
  };
  // The test clock is 2026-11-01T00:00:00Z.
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", running()), compliance::compliant);
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", stopped("User initiated (2026-10-20 08:00:00 GMT)")),
            compliance::compliant);
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", stopped("User initiated (2026-09-01 08:00:00 GMT)")),
            compliance::non_compliant);
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", stopped("User initiated (2026-09-01 08:00:00 GMT)"),
                             {{"AllowedDays", "90"}}),
            compliance::compliant);
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", stopped("User initiated (2026-10-02 00:00:00 GMT)")),
            compliance::compliant) << "exactly 30 days";
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", stopped("User initiated (2026-10-01 23:00:00 GMT)")),
            compliance::non_compliant) << "30 days and an hour";
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", stopped("Server.InsufficientInstanceCapacity")),
            compliance::non_compliant) << "no stop time";
  EXPECT_EQ(instance_verdict("EC2_STOPPED_INSTANCE", running({{"State", {{"Name", "stopping"}}}})), compliance::compliant);
}

TEST(ec2_ebs_encryption_by_default, one_verdict_per_region_from_the_setting) {
  inventory inv = make_inventory({"us-east-1", "us-west-2", "eu-west-1"});
  inv.set_document("ec2.ebs_encryption_by_default", "us-east-1", true);
  inv.set_document("ec2.ebs_encryption_by_default", "us-west-2", false);
  auto verdicts = run(inv, "EC2_EBS_ENCRYPTION_BY_DEFAULT");
  ASSERT_EQ(verdicts.size(), 3u);
  EXPECT_EQ(verdicts[0].result, compliance::compliant);
  EXPECT_EQ(verdicts[1].result, compliance::non_compliant);
  EXPECT_EQ(verdicts[2].result, compliance::non_compliant) << "never set: AWS's default, off";
}

TEST(ebs_snapshot_public_restorable_check, a_group_all_permission_on_an_own_snapshot_per_region) {
  inventory inv = make_inventory({"us-east-1", "us-west-2", "eu-west-1"});
  auto snapshot = [&](const std::string& id, json permissions, const std::string& region) {
    configuration_item s = item("AWS::EC2::Snapshot", id, {{"SnapshotId", id}}, region);
    s.supplementary["CreateVolumePermissions"] = std::move(permissions);
    inv.add(std::move(s));
  };
  snapshot("snap-public", json::array({{{"Group", "all"}}}), "us-east-1");
  snapshot("snap-shared", json::array({{{"UserId", "444455556666"}}}), "us-west-2");
  snapshot("snap-private", json::array(), "us-west-2");
  auto verdicts = run(inv, "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK");
  ASSERT_EQ(verdicts.size(), 3u);
  EXPECT_EQ(verdicts[0].result, compliance::non_compliant);
  EXPECT_NE(verdicts[0].annotation.find("snap-public"), std::string::npos);
  EXPECT_EQ(verdicts[1].result, compliance::compliant) << "shared with a named account is not public";
  EXPECT_EQ(verdicts[2].result, compliance::compliant) << "no snapshot at all";
}

}  // namespace
}  // namespace engine
