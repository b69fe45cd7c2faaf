// IAM_NO_INLINE_POLICY_CHECK (iam-no-inline-policy-check): no IAM user, role or group has an
// inline policy (permissions come from managed policies, which can be reviewed and reused).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/identity_policies.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& principal) {
  auto policies = inline_policies(principal);
  if (policies.empty()) return {compliance::compliant, "no inline policy"};
  std::string names;
  for (const auto& p : policies) names += (names.empty() ? "" : ", ") + p.name;
  return {compliance::non_compliant, "inline polic" + std::string(policies.size() > 1 ? "ies " : "y ") + names};
}

}  // namespace

rule_definition iam_no_inline_policy_check() {
  return {.identifier = "IAM_NO_INLINE_POLICY_CHECK",
          .summary = "IAM users, roles and groups have no inline policies",
          .resource_type = "AWS::IAM::User",
          .more_types = {"AWS::IAM::Role", "AWS::IAM::Group"},
          .judge = judge};
}

}  // namespace engine::rules
