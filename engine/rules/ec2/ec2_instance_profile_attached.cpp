// EC2_INSTANCE_PROFILE_ATTACHED (ec2-instance-profile-attached): an instance has an IAM instance
// profile attached (IamInstanceProfile), so the software on it gets temporary role credentials
// instead of long-lived keys; with IamInstanceProfileArnList (comma-separated ARNs, unset in the
// HIPAA pack) the profile must be one of those.
//
// Readings (pinned by scenarios/rules/ec2-instance-profile-attached/): the ARNs compare exactly
// (an instance profile's ARN is case-sensitive in its name); terminated instances are
// NOT_APPLICABLE (instance_state.hpp).

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ec2/instance_state.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& c = instance.configuration;
  if (auto terminated = terminated_instance(c)) return *terminated;
  std::string arn;
  if (auto profile = c.find("IamInstanceProfile"); profile != c.end() && profile->is_object())
    arn = profile->value("Arn", "");
  if (arn.empty()) return {compliance::non_compliant, "no IAM instance profile is attached"};
  if (ctx.is_set("IamInstanceProfileArnList")) {
    auto allowed = comma_separated(ctx.text("IamInstanceProfileArnList"));
    if (std::find(allowed.begin(), allowed.end(), arn) == allowed.end())
      return {compliance::non_compliant, "the instance profile " + arn + " is not one of IamInstanceProfileArnList"};
  }
  return {compliance::compliant, "the instance profile " + arn + " is attached"};
}

}  // namespace

rule_definition ec2_instance_profile_attached() {
  return {.identifier = "EC2_INSTANCE_PROFILE_ATTACHED",
          .summary = "EC2 instances have an IAM instance profile (one of IamInstanceProfileArnList, when given)",
          .resource_type = "AWS::EC2::Instance",
          .parameters = {{"IamInstanceProfileArnList", parameter_kind::string, "",
                          "comma-separated ARNs of the instance profiles allowed; unset: any profile"}},
          .judge = judge,
          .reading = "IamInstanceProfileArnList ARNs compare exactly; terminated instances are NOT_APPLICABLE."};
}

}  // namespace engine::rules
