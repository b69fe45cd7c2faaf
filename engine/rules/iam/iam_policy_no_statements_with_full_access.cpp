// IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS (iam-policy-no-statements-with-full-access): no Allow
// statement of a customer managed policy's default version grants every action of a service
// ("ec2:*"); prefixed wildcards such as "ec2:Describe*" are fine. Our reading where AWS is
// silent: "*" grants every service in full, so it counts; an Allow NotAction statement grants
// every action of the services it does not name, so it counts too (unless its NotAction names
// every service, "*" or "*:Get*"); the resource does not matter; conditions are not evaluated.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/identity_policies.hpp"

namespace engine::rules {

rule_definition iam_policy_no_statements_with_full_access() {
  return {.identifier = "IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS",
          .summary = "customer managed IAM policies grant no service in full (service:*)",
          .resource_type = "AWS::IAM::Policy",
          .parameters = {exclude_permission_boundary_parameter()},
          .judge = [](const rule_context& ctx, const configuration_item& item) {
            return judge_default_version(ctx, item, policy::full_service_access,
                                         "the policy grants full access to a service");
          },
          .reading = "\"*\" and Allow NotAction count as full access; the resource and conditions do not matter; "
                     "only the default version counts."};
}

}  // namespace engine::rules
