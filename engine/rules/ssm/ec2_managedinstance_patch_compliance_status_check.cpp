// EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK
// (ec2-managedinstance-patch-compliance-status-check): after Patch Manager's scan or install,
// each managed instance's patch compliance is COMPLIANT. One verdict per summary of
// ListResourceComplianceSummaries with ComplianceType Patch (AWS::SSM::PatchCompliance, named
// by the instance id); see managed_instance_compliance.cpp for the judgement. An instance
// without patch data has no summary, so no verdict (as in AWS Config).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ssm/managed_instance_compliance.hpp"

namespace engine::rules {

rule_definition ec2_managedinstance_patch_compliance_status_check() {
  return {.identifier = "EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK",
          .summary = "Systems Manager managed instances are patch compliant",
          .resource_type = "AWS::SSM::PatchCompliance",
          .judge = [](const rule_context&, const configuration_item& summary) {
            return judge_compliance_summary(summary, "patch");
          },
          .reading = "the Patch summary's Status decides (ListComplianceItems is not needed); a summary without "
                     "COMPLIANT or NON_COMPLIANT is INSUFFICIENT_DATA."};
}

}  // namespace engine::rules
