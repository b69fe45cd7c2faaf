// EBS_IN_BACKUP_PLAN (ebs-in-backup-plan): every EBS volume is assigned to some AWS Backup plan
// by one of its selections (in_backup_plan.hpp, selection.hpp).
//
// DescribeVolumes states no ARN: the volume is arn:<partition>:ec2:<region>:<account>:volume/<id>,
// the form selections name ("arn:aws:ec2:*:*:volume/*"). Reading where AWS's page is silent
// (pinned by scenarios/rules/ebs-in-backup-plan/): a volume attached to an instance that a
// selection assigns is not thereby in a plan; the volume's own ARN must be selected.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/in_backup_plan.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& volume) {
  std::string arn = regional_arn(ctx, volume, "ec2", "volume/" + volume.resource_id);
  return in_backup_plan(ctx, volume, arn, tags_of(volume.configuration.value("Tags", json::array())));
}

}  // namespace

rule_definition ebs_in_backup_plan() {
  return {.identifier = "EBS_IN_BACKUP_PLAN",
          .summary = "EBS volumes are assigned to an AWS Backup plan",
          .resource_type = "AWS::EC2::Volume",
          .reads = {.types = {"AWS::EC2::Volume", backup_selection_type}},
          .judge = judge,
          .reading = "A volume is in a plan when a selection of its region assigns its own ARN (Resources or "
                     "ListOfTags, then Conditions, minus NotResources); selecting the instance it is attached "
                     "to does not count."};
}

}  // namespace engine::rules
