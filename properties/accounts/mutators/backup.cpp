// Mutators of AWS Backup's protection: a resource left out of every selection
// (EBS_IN_BACKUP_PLAN, RDS_IN_BACKUP_PLAN, DYNAMODB_IN_BACKUP_PLAN, EFS_IN_BACKUP_PLAN), a
// running instance whose backup did not complete (EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN), a
// recovery point unencrypted (BACKUP_RECOVERY_POINT_ENCRYPTED) or kept too briefly
// (BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK), and a vault whose policy lets someone delete
// recovery points (BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED).

#include <algorithm>

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

std::string account_of(const json& doc) { return doc.value("account_id", ""); }

// Adds `arn` to the NotResources of every selection in `region`: the selection's patterns still
// match the resource, but AWS Backup leaves it out.
void exclude_everywhere(json& doc, const std::string& region, const std::string& arn) {
  json& backup = doc["regions"][region]["backup"];
  for (auto& plan : backup["BackupPlans"])
    for (auto& selection : plan["Selections"]) {
      json& document = selection["BackupSelection"];
      if (!document.contains("NotResources")) document["NotResources"] = json::array();
      document["NotResources"].push_back(arn);
    }
}

using arn_of = std::string (*)(const json& doc, const located_item& item);

std::optional<mutation> leave_out(json& doc, std::uint64_t target, const char* type, const char* rule,
                                  const char* mutator_name, const char* what, arn_of arn) {
  auto items = items_of(doc, type);
  if (items.empty()) return std::nullopt;
  located_item it = items[target % items.size()];
  std::string resource_arn = arn(doc, it);
  exclude_everywhere(doc, it.region, resource_arn);
  return mutation{mutator_name,
                  std::string(what) + " " + it.identity + " (" + it.region + "): excluded from every backup selection",
                  {{rule, it.identity, it.region, "the selections' NotResources name " + resource_arn}},
                  std::nullopt};
}

std::optional<mutation> volume_not_in_backup_plan(json& doc, std::uint64_t target, std::uint64_t) {
  return leave_out(doc, target, "AWS::EC2::Volume", "EBS_IN_BACKUP_PLAN", "volume_not_in_backup_plan", "volume",
                   [](const json& d, const located_item& v) {
                     return "arn:aws:ec2:" + v.region + ":" + account_of(d) + ":volume/" + v.item->value("VolumeId", "");
                   });
}

std::optional<mutation> db_not_in_backup_plan(json& doc, std::uint64_t target, std::uint64_t) {
  return leave_out(doc, target, "AWS::RDS::DBInstance", "RDS_IN_BACKUP_PLAN", "db_not_in_backup_plan", "DB instance",
                   [](const json& d, const located_item& db) {
                     return "arn:aws:rds:" + db.region + ":" + account_of(d) + ":db:" +
                            db.item->value("DBInstanceIdentifier", "");
                   });
}

std::optional<mutation> table_not_in_backup_plan(json& doc, std::uint64_t target, std::uint64_t) {
  return leave_out(doc, target, "AWS::DynamoDB::Table", "DYNAMODB_IN_BACKUP_PLAN", "table_not_in_backup_plan", "table",
                   [](const json& d, const located_item& t) {
                     return "arn:aws:dynamodb:" + t.region + ":" + account_of(d) + ":table/" + t.item->value("TableName", "");
                   });
}

std::optional<mutation> file_system_not_in_backup_plan(json& doc, std::uint64_t target, std::uint64_t) {
  return leave_out(doc, target, "AWS::EFS::FileSystem", "EFS_IN_BACKUP_PLAN", "file_system_not_in_backup_plan",
                   "file system", [](const json& d, const located_item& fs) {
                     return "arn:aws:elasticfilesystem:" + fs.region + ":" + account_of(d) + ":file-system/" +
                            fs.item->value("FileSystemId", "");
                   });
}

// One backed-up resource (its ARN holding `marker`: ":instance/", ":cluster:") whose every
// recovery point is left PARTIAL or EXPIRED: AWS Backup no longer lists it as protected. The
// points stay (mutators never delete), judged as before. The resource's region, id (what
// follows the marker) and the status given; nullopt without such a resource.
struct incomplete_backup {
  std::string region, id, status;
};
std::optional<incomplete_backup> leave_backups_incomplete(json& doc, std::uint64_t target, std::uint64_t degree,
                                                          const std::string& marker) {
  auto points = items_of(doc, "AWS::Backup::RecoveryPoint");
  std::vector<std::pair<std::string, std::string>> resources;  // region, ARN
  for (const auto& p : points) {
    std::string arn = p.item->value("ResourceArn", "");
    if (arn.find(marker) == std::string::npos || p.item->value("Status", "COMPLETED") != "COMPLETED") continue;
    if (std::find(resources.begin(), resources.end(), std::pair{p.region, arn}) == resources.end())
      resources.emplace_back(p.region, arn);
  }
  if (resources.empty()) return std::nullopt;
  auto [region, arn] = resources[target % resources.size()];
  std::string status = degree % 2 ? "EXPIRED" : "PARTIAL";
  for (auto& p : points)
    if (p.region == region && p.item->value("ResourceArn", "") == arn) (*p.item)["Status"] = status;
  return incomplete_backup{region, arn.substr(arn.find(marker) + marker.size()), status};
}

std::optional<mutation> instance_backup_incomplete(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto done = leave_backups_incomplete(doc, target, degree, ":instance/");
  if (!done) return std::nullopt;
  return mutation{"instance_backup_incomplete",
                  "instance " + done->id + " (" + done->region + "): every recovery point " + done->status,
                  {{"EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN", done->id, done->region,
                    "no completed backup, so ListProtectedResources does not list it"}},
                  std::nullopt};
}

std::optional<mutation> aurora_backup_incomplete(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto done = leave_backups_incomplete(doc, target, degree, ":cluster:");
  if (!done) return std::nullopt;
  return mutation{"aurora_backup_incomplete",
                  "Aurora cluster " + done->id + " (" + done->region + "): every recovery point " + done->status,
                  {{"AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN", done->id, done->region,
                    "no completed backup, so ListProtectedResources does not list it"}},
                  std::nullopt};
}

std::optional<mutation> recovery_point_unencrypted(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto points = items_of(doc, "AWS::Backup::RecoveryPoint");
  if (points.empty()) return std::nullopt;
  auto [region, point, identity] = points[target % points.size()];
  if (degree % 2) point->erase("IsEncrypted");
  else (*point)["IsEncrypted"] = false;
  point->erase("EncryptionKeyArn");
  return mutation{"recovery_point_unencrypted", "recovery point " + identity + " (" + region + "): not encrypted",
                  {{"BACKUP_RECOVERY_POINT_ENCRYPTED", identity, region, "the recovery point is not shown encrypted"}},
                  std::nullopt};
}

std::optional<mutation> recovery_point_retention_too_short(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto points = items_of(doc, "AWS::Backup::RecoveryPoint");
  if (points.empty()) return std::nullopt;
  auto [region, point, identity] = points[target % points.size()];
  long long days = pack_backup_retention_days - 1 - (long long)(degree % 34);
  (*point)["Lifecycle"] = {{"DeleteAfterDays", days}};
  return mutation{"recovery_point_retention_too_short",
                  "recovery point " + identity + " (" + region + "): deleted after " + std::to_string(days) + " days",
                  {{"BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", identity, region,
                    "its lifecycle deletes it before 35 days"}},
                  threshold{"BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", "requiredRetentionDays", days, days + 1}};
}

// The vault's policy loses its protection: removed (degree 0), the Deny no longer covers
// backup:UpdateRecoveryPointLifecycle (1), or it names one role instead of everyone (2).
std::optional<mutation> vault_deletion_allowed(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto vaults = items_of(doc, "AWS::Backup::BackupVault");
  if (vaults.empty()) return std::nullopt;
  auto [region, vault, identity] = vaults[target % vaults.size()];
  std::string change;
  if (degree % 3 == 0 || !vault->contains("AccessPolicy")) {
    vault->erase("AccessPolicy");
    change = "access policy removed";
  } else {
    for (auto& st : (*vault)["AccessPolicy"]["Statement"]) {
      if (degree % 3 == 1) {
        st["Action"] = json::array({"backup:DeleteRecoveryPoint", "backup:PutBackupVaultAccessPolicy"});
        change = "the Deny no longer covers backup:UpdateRecoveryPointLifecycle";
      } else {
        st["Principal"] = {{"AWS", "arn:aws:iam::" + account_of(doc) + ":role/backup-service"}};
        change = "the Deny names the backup-service role only";
      }
    }
  }
  return mutation{"vault_deletion_allowed", "vault " + identity + " (" + region + "): " + change,
                  {{"BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED", identity, region,
                    "someone may delete or expire its recovery points"}},
                  std::nullopt};
}

}  // namespace

std::vector<mutator> backup_mutators() {
  return {
      {"volume_not_in_backup_plan", "EBS_IN_BACKUP_PLAN", "a volume excluded from every backup selection", "",
       ensure_attached_volume, volume_not_in_backup_plan},
      {"db_not_in_backup_plan", "RDS_IN_BACKUP_PLAN", "a DB instance excluded from every backup selection", "",
       ensure_db_instance, db_not_in_backup_plan},
      {"table_not_in_backup_plan", "DYNAMODB_IN_BACKUP_PLAN", "a table excluded from every backup selection", "",
       ensure_table, table_not_in_backup_plan},
      {"file_system_not_in_backup_plan", "EFS_IN_BACKUP_PLAN", "a file system excluded from every backup selection", "",
       ensure_file_system, file_system_not_in_backup_plan},
      {"instance_backup_incomplete", "EC2_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
       "a running instance without a completed backup", "", ensure_running_instance, instance_backup_incomplete},
      {"aurora_backup_incomplete", "AURORA_RESOURCES_PROTECTED_BY_BACKUP_PLAN",
       "an Aurora cluster without a completed backup", "", ensure_aurora_cluster, aurora_backup_incomplete},
      {"recovery_point_unencrypted", "BACKUP_RECOVERY_POINT_ENCRYPTED", "a recovery point not encrypted", "",
       ensure_running_instance, recovery_point_unencrypted},
      {"recovery_point_retention_too_short", "BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK",
       "a recovery point deleted before 35 days", "requiredRetentionDays", ensure_running_instance,
       recovery_point_retention_too_short},
      {"vault_deletion_allowed", "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED",
       "a vault whose policy lets someone delete recovery points", "", ensure_running_instance, vault_deletion_allowed},
  };
}

}  // namespace properties
