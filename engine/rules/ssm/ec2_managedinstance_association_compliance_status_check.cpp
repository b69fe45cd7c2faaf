// EC2_MANAGEDINSTANCE_ASSOCIATION_COMPLIANCE_STATUS_CHECK
// (ec2-managedinstance-association-compliance-status-check): after State Manager runs its
// associations on a managed instance, their compliance is COMPLIANT. One verdict per summary of
// ListResourceComplianceSummaries with ComplianceType Association
// (AWS::SSM::AssociationCompliance, named by the instance id); see
// managed_instance_compliance.cpp for the judgement.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/ssm/managed_instance_compliance.hpp"

namespace engine::rules {

rule_definition ec2_managedinstance_association_compliance_status_check() {
  return {.identifier = "EC2_MANAGEDINSTANCE_ASSOCIATION_COMPLIANCE_STATUS_CHECK",
          .summary = "Systems Manager associations on managed instances are compliant",
          .resource_type = "AWS::SSM::AssociationCompliance",
          .judge = [](const rule_context&, const configuration_item& summary) {
            return judge_compliance_summary(summary, "association");
          },
          .reading = "the Association summary's Status decides (ListComplianceItems is not needed); a summary "
                     "without COMPLIANT or NON_COMPLIANT is INSUFFICIENT_DATA."};
}

}  // namespace engine::rules
