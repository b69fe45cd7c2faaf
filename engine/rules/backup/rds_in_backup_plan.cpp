// RDS_IN_BACKUP_PLAN (rds-in-backup-plan): every RDS DB instance is assigned to some AWS Backup
// plan by one of its selections (in_backup_plan.hpp, selection.hpp), by its DBInstanceArn and
// TagList.
//
// Reading where AWS's page is unclear (it says the rule "only applies to Aurora DB instances"
// and "DB clusters are not supported"; pinned by scenarios/rules/rds-in-backup-plan/): every DB
// instance is judged by its own ARN (arn:aws:rds:<region>:<account>:db:<id>, which
// "arn:aws:rds:*:*:db:*" selects); a selection that assigns only an Aurora instance's cluster
// (…:cluster:<id>) does not cover the instance, as the rule does not read clusters.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/backup/in_backup_plan.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& db) {
  std::string id = db.configuration.value("DBInstanceIdentifier", db.resource_id);
  std::string arn = !db.arn.empty() ? db.arn : regional_arn(ctx, db, "rds", "db:" + id);
  return in_backup_plan(ctx, db, arn, tags_of(db.configuration.value("TagList", json::array())));
}

}  // namespace

rule_definition rds_in_backup_plan() {
  return {.identifier = "RDS_IN_BACKUP_PLAN",
          .summary = "RDS DB instances are assigned to an AWS Backup plan",
          .resource_type = "AWS::RDS::DBInstance",
          .reads = {.types = {"AWS::RDS::DBInstance", backup_selection_type}},
          .judge = judge,
          .reading = "Every DB instance is judged by its own DBInstanceArn and TagList; a selection that assigns "
                     "only an Aurora instance's cluster does not cover the instance."};
}

}  // namespace engine::rules
