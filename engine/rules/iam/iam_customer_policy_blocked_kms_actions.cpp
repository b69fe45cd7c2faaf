// IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS (iam-customer-policy-blocked-kms-actions): the default
// version of a customer managed policy allows none of blockedActionsPatterns (the pack:
// "kms:*, kms:Decrypt, kms:ReEncrypt*") on all KMS keys. Actions are matched over KMS's real
// actions, so "kms:*", "kms:Re*", "*" and NotAction are judged exactly (another tool's check
// misses kms:* and kms:ReEncrypt*); "all keys" is any resource that is not a fixed value (a
// wildcard or a policy variable that can name a key, or NotResource), as AWS's note says;
// conditions are not evaluated; a Deny without conditions on all keys takes an action back.
// Each pattern matches actions, as the reference reads AWS's page: the pack's "kms:*" therefore
// blocks every KMS action on all keys, kms:Encrypt included.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"
#include "engine/rules/iam/identity_policies.hpp"

namespace engine::rules {

rule_definition iam_customer_policy_blocked_kms_actions() {
  return {.identifier = "IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS",
          .summary = "customer managed IAM policies do not allow blocked KMS actions on all keys",
          .resource_type = "AWS::IAM::Policy",
          .parameters = {{"blockedActionsPatterns", parameter_kind::string, "",
                          "comma-separated KMS action patterns that must not be allowed on all keys"},
                         exclude_permission_boundary_parameter()},
          .judge = [](const rule_context& ctx, const configuration_item& item) {
            auto blocked = comma_separated(ctx.text("blockedActionsPatterns"));
            return judge_default_version(
                ctx, item,
                [&](const policy::document& d) { return policy::blocked_kms_action_on_all_keys(d, blocked); },
                "the policy allows a blocked KMS action on all keys");
          },
          .reading = "Patterns match actions (the pack's kms:* blocks every KMS action). A resource with a wildcard or a policy variable that can name a KMS key, or NotResource, is "
                     "\"all keys\"; conditions are ignored; an unconditional Deny on all keys takes the action back."};
}

}  // namespace engine::rules
