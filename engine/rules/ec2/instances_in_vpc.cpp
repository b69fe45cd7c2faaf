// INSTANCES_IN_VPC (ec2-instances-in-vpc): an instance runs in a VPC (VpcId), not in
// EC2-Classic; with vpcId (unset in the HIPAA pack) in that VPC.
//
// Readings (pinned by scenarios/rules/instances-in-vpc/): vpcId compares exactly; terminated
// instances are NOT_APPLICABLE (instance_state.hpp).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/instance_state.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& c = instance.configuration;
  if (auto terminated = terminated_instance(c)) return *terminated;
  std::string vpc = c.value("VpcId", "");
  if (vpc.empty()) return {compliance::non_compliant, "the instance is not in a VPC (EC2-Classic)"};
  if (ctx.is_set("vpcId") && vpc != ctx.text("vpcId"))
    return {compliance::non_compliant, "the instance is in " + vpc + ", not in " + ctx.text("vpcId")};
  return {compliance::compliant, "the instance is in " + vpc};
}

}  // namespace

rule_definition instances_in_vpc() {
  return {.identifier = "INSTANCES_IN_VPC",
          .summary = "EC2 instances run in a VPC (the vpcId VPC, when given)",
          .resource_type = "AWS::EC2::Instance",
          .parameters = {{"vpcId", parameter_kind::string, "", "the VPC the instances must be in; unset: any VPC"}},
          .judge = judge,
          .reading = "vpcId compares exactly; terminated instances are NOT_APPLICABLE."};
}

}  // namespace engine::rules
