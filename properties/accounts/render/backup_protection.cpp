// What AWS Backup protects in a generated region (account_spec.hpp, backup_protection_spec):
// the selection, the vault's access policy, and the running instances' and Aurora clusters'
// recovery points. It reads
// what the other families rendered into the region, so every resource is covered however many
// the generator drew, and a resource a mutator adds later is covered too (the selection is
// made of patterns, never of ARNs).

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

namespace {

bool has_items(const json& region, const char* service, const char* collection) {
  return region.contains(service) && region[service].contains(collection) && !region[service][collection].empty();
}

json selection_document(int form, const std::string& account) {
  json s = {{"SelectionName", "all-phi"}, {"IamRoleArn", "arn:aws:iam::" + account + ":role/backup-service"}};
  switch (form % 3) {
    case 1:
      s["Resources"] = json::array({"*"});
      break;
    case 2:
      s["Resources"] = json::array({"*"});
      s["NotResources"] = json::array({"arn:aws:fsx:*:*:file-system/*"});
      break;
    default:
      s["Resources"] = json::array({"arn:aws:ec2:*:*:volume/*", "arn:aws:ec2:*:*:instance/*", "arn:aws:rds:*:*:db:*",
                                    "arn:aws:rds:*:*:cluster:*", "arn:aws:dynamodb:*:*:table/*",
                                    "arn:aws:elasticfilesystem:*:*:file-system/*"});
  }
  return s;
}

json vault_policy(int form) {
  json st = {{"Sid", "DenyManualDeletion"},
             {"Effect", "Deny"},
             {"Principal", "*"},
             {"Action", json::array({"backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle",
                                     "backup:PutBackupVaultAccessPolicy"})},
             {"Resource", "*"}};
  if (form % 3 == 1) st["Action"] = "backup:*";
  if (form % 3 == 2) st["Principal"] = {{"AWS", "*"}};
  return {{"Version", "2012-10-17"}, {"Statement", json::array({st})}};
}

}  // namespace

void account_renderer::render_backup_protection(const region_spec& r, const region_keys& keys, json& out) {
  bool protects = has_items(out, "ec2", "Volumes") || has_items(out, "ec2", "Reservations") ||
                  has_items(out, "rds", "DBInstances") || has_items(out, "dynamodb", "Tables") ||
                  has_items(out, "efs", "FileSystems") || has_items(out, "rds", "DBClusters");
  if (!protects && !has_items(out, "backup", "BackupPlans")) return;
  const backup_protection_spec& spec = r.backup_protection;
  json& backup = out["backup"];
  std::string vault = r.name + "-vault";
  if (!backup.contains("BackupVaults"))
    backup["BackupVaults"] = json::array({{{"BackupVaultName", vault}, {"EncryptionKeyArn", keys.arns.front()}}});
  for (auto& v : backup["BackupVaults"]) v["AccessPolicy"] = vault_policy(spec.vault_policy);
  if (!protects) return;
  std::string plan = ids_.uuid();
  json rule = {{"RuleName", "daily"}, {"TargetBackupVaultName", vault}, {"ScheduleExpression", "cron(0 5 ? * * *)"},
               {"Lifecycle", {{"DeleteAfterDays", 35}}}};
  if (!backup.contains("BackupPlans")) backup["BackupPlans"] = json::array();
  backup["BackupPlans"].push_back(
      {{"BackupPlanId", plan},
       {"BackupPlan", {{"BackupPlanName", "protection-plan"}, {"Rules", json::array({rule})}}},
       {"Selections", json::array({{{"SelectionId", ids_.uuid()},
                                    {"BackupSelection", selection_document(spec.selection, spec_.account_id)}}})}});
  // Last night's completed, encrypted backup of one resource, made by the plan.
  json points = json::array();
  auto backed_up = [&](std::string recovery_point, std::string resource, const char* type) {
    json point = {{"RecoveryPointArn", std::move(recovery_point)},
                  {"ResourceArn", std::move(resource)},
                  {"ResourceType", type},
                  {"Status", "COMPLETED"},
                  {"CreationDate", days_ago(1)},
                  {"IsEncrypted", true},
                  {"EncryptionKeyArn", keys.arns.front()},
                  {"CreatedBy", {{"BackupPlanId", plan}}}};
    if (spec.retention_days > 0) point["Lifecycle"] = {{"DeleteAfterDays", spec.retention_days}};
    points.push_back(std::move(point));
  };
  if (out.contains("ec2") && out["ec2"].contains("Reservations"))
    for (const auto& reservation : out["ec2"]["Reservations"])
      for (const auto& instance : reservation.value("Instances", json::array())) {
        if (instance.contains("State") && instance["State"].value("Name", "") != "running") continue;
        backed_up("arn:aws:ec2:" + r.name + "::image/" + ids_.hex("ami-"),
                  arn(r.name, "ec2", "instance/" + instance.value("InstanceId", "")), "EC2");
      }
  // Aurora clusters, which AWS Backup backs up as clusters (their recovery points are cluster
  // snapshots).
  if (out.contains("rds") && out["rds"].contains("DBClusters"))
    for (const auto& cluster : out["rds"]["DBClusters"]) {
      if (cluster.value("Engine", "").rfind("aurora", 0) != 0) continue;
      backed_up(arn(r.name, "rds", "cluster-snapshot:awsbackup:job-" + ids_.hex("").substr(1)),
                arn(r.name, "rds", "cluster:" + cluster.value("DBClusterIdentifier", "")), "Aurora");
    }
  if (!points.empty()) {
    for (auto& v : backup["BackupVaults"])
      if (v.value("BackupVaultName", "") == vault) v["RecoveryPoints"] = points;
  }
}

}  // namespace properties::rendering
