// EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN (ec2-resources-protected-by-backup-plan): every running
// EC2 instance is protected by AWS Backup (protection.hpp: ListProtectedResources as the
// evidence, recovery points for the copy and Vault Lock options). The page applies the rule to
// running instances only: an instance in any other state is NOT_APPLICABLE, as are those
// resourceId or resourceTags leave out.
//
// DescribeInstances states no ARN: the instance is arn:<partition>:ec2:<region>:<account>:
// instance/<id>, the ARN AWS Backup lists it by.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/in_backup_plan.hpp"
#include "engine/rules/backup/protection.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  std::string state = instance.configuration.value("State", json::object()).value("Name", "");
  if (state != "running") return {compliance::not_applicable, "the instance is " + (state.empty() ? "in no state" : state) + ", not running"};
  if (auto outside = outside_protection_scope(ctx, instance.resource_id, tags_of(instance.configuration.value("Tags", json::array()))))
    return *outside;
  return protected_by_backup_plan(ctx, regional_arn(ctx, instance, "ec2", "instance/" + instance.resource_id),
                                  "EC2 instance", instance.region);
}

}  // namespace

rule_definition ec2_resources_protected_by_backup_plan() {
  return {.identifier = "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
          .summary = "running EC2 instances are protected by AWS Backup",
          .resource_type = "AWS::EC2::Instance",
          .parameters = protection_parameters(),
          .reads = protection_reads("AWS::EC2::Instance"),
          .judge = judge,
          .reading = "Protected: ListProtectedResources lists the instance. A copy in a crossRegionList region or "
                     "crossAccountList account is a recovery point in a vault there, or a copy action of the plan "
                     "that made one; minRetentionDays/maxRetentionDays bound a locked vault's retention and ask "
                     "for a lock like backupVaultLockCheck. Instances not running are NOT_APPLICABLE."};
}

}  // namespace engine::rules
