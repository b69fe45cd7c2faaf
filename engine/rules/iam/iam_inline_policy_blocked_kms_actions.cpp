// IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS (iam-inline-policy-blocked-kms-actions): no inline policy
// of a user, role or group allows one of blockedActionsPatterns on all KMS keys, read as
// IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS reads a managed policy (policy::blocked_kms_action_on_all_keys).
// A principal without inline policies is COMPLIANT. excludeRoleByManagementAccount is not
// offered yet: it needs the organization's management account (Organizations), which mockaws
// does not serve.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"
#include "engine/rules/iam/identity_policies.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& principal) {
  auto blocked = comma_separated(ctx.text("blockedActionsPatterns"));
  auto policies = inline_policies(principal);
  for (const auto& p : policies) {
    if (!p.document) return {compliance::insufficient_data, "inline policy " + p.name + " is not a policy: " + p.error};
    if (auto grant = policy::blocked_kms_action_on_all_keys(*p.document, blocked))
      return {compliance::non_compliant, "inline policy " + p.name + " allows a blocked KMS action on all keys: " +
                                             grant->what + " (" + grant->statement + ")"};
  }
  return {compliance::compliant, policies.empty() ? "no inline policy"
                                                  : "no inline policy allows a blocked KMS action on all keys"};
}

}  // namespace

rule_definition iam_inline_policy_blocked_kms_actions() {
  return {.identifier = "IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS",
          .summary = "inline policies of IAM users, roles and groups do not allow blocked KMS actions on all keys",
          .resource_type = "AWS::IAM::User",
          .more_types = {"AWS::IAM::Role", "AWS::IAM::Group"},
          .parameters = {{"blockedActionsPatterns", parameter_kind::string, "",
                          "comma-separated KMS action patterns that must not be allowed on all keys"}},
          .judge = judge,
          .reading = "As IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS, over every inline policy of the principal."};
}

}  // namespace engine::rules
