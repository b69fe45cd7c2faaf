// AWS Backup (per region): backup plans, each read in full (its rules) with GetBackupPlan.

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_backup(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto listed = output_or_failure(aws.call_all_pages("backup", "ListBackupPlans", json::object(), scope.region),
                                  out, "backup.plans", scope.region);
  if (!listed) return out;
  std::vector<std::future<client::call_result>> plans;
  for (const auto& plan : listed->value("BackupPlansList", json::array()))
    plans.push_back(aws.submit("backup", "GetBackupPlan", {{"BackupPlanId", plan.value("BackupPlanId", "")}},
                               scope.region));
  for (auto& pending : plans) {
    auto plan = pending.get();
    if (!plan.ok()) {  // a plan whose rules cannot be read cannot be judged
      out.failures.push_back({"backup.plans", scope.region, plan.error->describe()});
      continue;
    }
    out.items.push_back(make_item("AWS::Backup::BackupPlan", plan.output.value("BackupPlanId", ""),
                                  plan.output.value("BackupPlan", json::object()).value("BackupPlanName", ""),
                                  plan.output.value("BackupPlanArn", ""), scope.region, plan.output));
  }
  return out;
}

}  // namespace engine::collectors
