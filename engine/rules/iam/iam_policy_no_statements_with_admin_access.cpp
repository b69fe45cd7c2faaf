// IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS (iam-policy-no-statements-with-admin-access): no
// statement of a customer managed policy's default version allows Action "*" over Resource "*".
// AWS Config records only customer managed policies as AWS::IAM::Policy, so AWS managed and
// inline policies are never judged. Our reading of what AWS leaves unsaid: "*:*" counts as "*"
// (it matches every action); NotAction and NotResource statements are not "Action * over
// Resource *" (IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS catches an Allow NotAction);
// conditions are not evaluated; older, non-default versions do not count.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/identity_policies.hpp"

namespace engine::rules {

rule_definition iam_policy_no_statements_with_admin_access() {
  return {.identifier = "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS",
          .summary = "customer managed IAM policies do not allow * on *",
          .resource_type = "AWS::IAM::Policy",
          .parameters = {exclude_permission_boundary_parameter()},
          .judge = [](const rule_context& ctx, const configuration_item& item) {
            return judge_default_version(ctx, item, policy::admin_access, "the policy grants admin access");
          },
          .reading = "Only the default version counts; \"*:*\" is \"*\"; NotAction/NotResource statements and "
                     "conditions are not considered."};
}

}  // namespace engine::rules
