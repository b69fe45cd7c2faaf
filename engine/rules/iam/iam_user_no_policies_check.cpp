// IAM_USER_NO_POLICIES_CHECK (iam-user-no-policies-check): no policy, managed or inline, is
// attached to a user directly; users get their permissions through groups (or roles).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& user) {
  std::vector<std::string> found;
  for (const auto& p : user.configuration.value("AttachedManagedPolicies", json::array()))
    found.push_back("managed policy " + p.value("PolicyName", p.value("PolicyArn", "?")));
  for (const auto& p : user.configuration.value("UserPolicyList", json::array()))
    found.push_back("inline policy " + p.value("PolicyName", "?"));
  if (found.empty()) return {compliance::compliant, "no policy is attached to the user"};
  std::string why = "attached to the user: ";
  for (std::size_t i = 0; i < found.size(); ++i) why += (i ? ", " : "") + found[i];
  return {compliance::non_compliant, why};
}

}  // namespace

rule_definition iam_user_no_policies_check() {
  return {.identifier = "IAM_USER_NO_POLICIES_CHECK",
          .summary = "no IAM policy is attached directly to a user",
          .resource_type = "AWS::IAM::User",
          .judge = judge};
}

}  // namespace engine::rules
