// EFS_IN_BACKUP_PLAN (efs-in-backup-plan): every EFS file system is assigned to some AWS Backup
// plan by one of its selections (in_backup_plan.hpp, selection.hpp), by its FileSystemArn and
// the Tags DescribeFileSystems states.
//
// Reading where AWS's page is silent (pinned by scenarios/rules/efs-in-backup-plan/): EFS's own
// automatic backups are a plan like any other (aws/efs/automatic-backup-plan, selecting the
// file system), so they count when ListBackupPlans lists that plan.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/in_backup_plan.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& fs) {
  std::string arn = !fs.arn.empty() ? fs.arn
                                    : regional_arn(ctx, fs, "elasticfilesystem", "file-system/" + fs.resource_id);
  return in_backup_plan(ctx, fs, arn, tags_of(fs.configuration.value("Tags", json::array())));
}

}  // namespace

rule_definition efs_in_backup_plan() {
  return {.identifier = "EFS_IN_BACKUP_PLAN",
          .summary = "EFS file systems are assigned to an AWS Backup plan",
          .resource_type = "AWS::EFS::FileSystem",
          .reads = {.types = {"AWS::EFS::FileSystem", backup_selection_type}},
          .judge = judge,
          .reading = "A file system is in a plan when a selection of its region assigns its FileSystemArn "
                     "(Resources or ListOfTags, then Conditions, minus NotResources); EFS's automatic backup plan "
                     "counts like any other."};
}

}  // namespace engine::rules
