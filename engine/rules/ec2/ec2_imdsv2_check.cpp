// EC2_IMDSV2_CHECK (ec2-imdsv2-check): an instance's metadata service requires session tokens
// (MetadataOptions.HttpTokens "required", IMDSv2 only); "optional" still answers IMDSv1 requests,
// which a server-side request forgery can use to steal the instance role's credentials.
//
// Readings (pinned by scenarios/rules/ec2-imdsv2-check/):
//  - MetadataOptions absent reads as HttpTokens optional: what EC2 gives an instance launched
//    without metadata options from an AMI not marked for IMDSv2 (describe-instances always
//    states it, so this is only a scenario's shorthand).
//  - The page judges HttpTokens alone: an instance whose metadata endpoint is disabled but whose
//    HttpTokens is optional is still NON_COMPLIANT (enabling the endpoint would expose IMDSv1).
//  - Terminated instances are NOT_APPLICABLE (instance_state.hpp).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/instance_state.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& instance) {
  const json& c = instance.configuration;
  if (auto terminated = terminated_instance(c)) return *terminated;
  std::string tokens = "optional";
  if (auto options = c.find("MetadataOptions"); options != c.end() && options->is_object())
    tokens = options->value("HttpTokens", "optional");
  if (tokens == "required") return {compliance::compliant, "the metadata service requires IMDSv2 tokens"};
  return {compliance::non_compliant, "the metadata service allows IMDSv1 (HttpTokens " + tokens + ")"};
}

}  // namespace

rule_definition ec2_imdsv2_check() {
  return {.identifier = "EC2_IMDSV2_CHECK",
          .summary = "EC2 instances require IMDSv2 (HttpTokens required)",
          .resource_type = "AWS::EC2::Instance",
          .judge = judge,
          .reading = "MetadataOptions absent reads as HttpTokens optional; a disabled endpoint with optional tokens "
                     "is still NON_COMPLIANT; terminated instances are NOT_APPLICABLE."};
}

}  // namespace engine::rules
