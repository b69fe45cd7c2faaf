// EC2_INSTANCE_MANAGED_BY_SSM (ec2-instance-managed-by-systems-manager): every EC2 instance is a
// Systems Manager managed instance, i.e. DescribeInstanceInformation (the region's managed
// instances, AWS::SSM::ManagedInstanceInventory) lists its InstanceId.
//
// Readings where AWS's page is silent (pinned by scenarios/rules/ec2-instance-managed-by-ssm/):
//  - A terminated instance is NOT_APPLICABLE, as for every instance rule (ec2/instance_state.hpp).
//  - Registration is what counts, not connectivity: a listed instance is COMPLIANT whatever its
//    PingStatus (a stopped instance shows ConnectionLost and stays managed).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/instance_state.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  if (auto terminated = terminated_instance(instance.configuration)) return *terminated;
  for (const auto* managed : ctx.inv().items("AWS::SSM::ManagedInstanceInventory"))
    if (managed->region == instance.region && managed->resource_id == instance.resource_id) {
      std::string ping = managed->configuration.value("PingStatus", "");
      return {compliance::compliant,
              "the instance is a Systems Manager managed instance" + (ping.empty() ? "" : " (PingStatus " + ping + ")")};
    }
  return {compliance::non_compliant, "the instance is not managed by Systems Manager (DescribeInstanceInformation does not list it)"};
}

}  // namespace

rule_definition ec2_instance_managed_by_ssm() {
  return {.identifier = "EC2_INSTANCE_MANAGED_BY_SSM",
          .summary = "EC2 instances are managed by Systems Manager",
          .resource_type = "AWS::EC2::Instance",
          .reads = {.types = {"AWS::EC2::Instance", "AWS::SSM::ManagedInstanceInventory"}},
          .judge = judge,
          .reading = "an instance DescribeInstanceInformation lists is managed whatever its PingStatus; terminated "
                     "instances are NOT_APPLICABLE (AWS Config does not record them)."};
}

}  // namespace engine::rules
