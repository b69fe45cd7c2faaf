// Mutators of where ePHI is kept and processed: RDS_STORAGE_ENCRYPTED, DYNAMODB_PITR_ENABLED,
// BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK, LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED and
// EFS_ENCRYPTED_CHECK.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

std::optional<mutation> db_storage_unencrypted(json& doc, std::uint64_t target, std::uint64_t) {
  auto dbs = items_of(doc, "AWS::RDS::DBInstance");
  if (dbs.empty()) return std::nullopt;
  auto [region, db, identity] = dbs[target % dbs.size()];
  (*db)["StorageEncrypted"] = false;
  db->erase("KmsKeyId");
  const std::string& name = identity;
  return mutation{"db_storage_unencrypted", "DB instance " + name + " (" + region + "): storage not encrypted",
                  {{"RDS_STORAGE_ENCRYPTED", name, region, "the instance's storage is not encrypted"}},
                  std::nullopt};
}

std::optional<mutation> table_pitr_disabled(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto tables = items_of(doc, "AWS::DynamoDB::Table");
  if (tables.empty()) return std::nullopt;
  auto [region, table, identity] = tables[target % tables.size()];
  // Turned off, or never turned on (the document absent: AWS's answer for a new table).
  if (degree % 2) table->erase("ContinuousBackupsDescription");
  else (*table)["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]["PointInTimeRecoveryStatus"] = "DISABLED";
  const std::string& name = identity;
  return mutation{"table_pitr_disabled", "table " + name + " (" + region + "): point-in-time recovery off",
                  {{"DYNAMODB_PITR_ENABLED", name, region, "the table cannot be restored to a point in time"}},
                  std::nullopt};
}

std::string plan_name(const json& plan) { return plan["BackupPlan"].value("BackupPlanName", ""); }

std::optional<mutation> backup_retention_too_short(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto plans = items_of(doc, "AWS::Backup::BackupPlan");
  if (plans.empty()) return std::nullopt;
  auto [region, plan, identity] = plans[target % plans.size()];
  long long days = pack_backup_retention_days - 1 - (long long)(degree % 34);
  for (auto& rule : (*plan)["BackupPlan"]["Rules"]) rule["Lifecycle"] = {{"DeleteAfterDays", days}};
  std::string name = plan_name(*plan);
  return mutation{"backup_retention_too_short",
                  "backup plan " + name + " (" + region + "): every rule keeps points " + std::to_string(days) + " days",
                  {{"BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", identity, region,
                    "no rule keeps recovery points long enough"}},
                  threshold{"BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", "requiredRetentionDays", days, days + 1}};
}

std::optional<mutation> backup_schedule_too_sparse(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto plans = items_of(doc, "AWS::Backup::BackupPlan");
  if (plans.empty()) return std::nullopt;
  auto [region, plan, identity] = plans[target % plans.size()];
  // Every N days, N from 2 (the mildest) up; 7 as the weekly cron AWS's console offers.
  long long every = 2 + (long long)(degree % 29);
  std::string schedule = every == 7 ? "cron(0 5 ? * SUN *)" : "rate(" + std::to_string(every) + " days)";
  for (auto& rule : (*plan)["BackupPlan"]["Rules"]) rule["ScheduleExpression"] = schedule;
  std::string name = plan_name(*plan);
  return mutation{"backup_schedule_too_sparse",
                  "backup plan " + name + " (" + region + "): every rule runs " + schedule,
                  {{"BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", identity, region,
                    "no rule backs up at least daily"}},
                  threshold{"BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", "requiredFrequencyValue", every,
                            every - 1}};
}

// Adds an Allow of lambda:InvokeFunction for `principal` (with `condition`, when not null) to the
// `target`-th function's resource policy; the function's located item, or nullopt without one.
std::optional<located_item> grant_invoke(json& doc, std::uint64_t target, const std::string& sid,
                                         const json& principal, const json& condition) {
  auto functions = items_of(doc, "AWS::Lambda::Function");
  if (functions.empty()) return std::nullopt;
  located_item f = functions[target % functions.size()];
  std::string arn = "arn:aws:lambda:" + f.region + ":" + doc.value("account_id", "") + ":function:" + f.identity;
  json statement = {{"Sid", sid}, {"Effect", "Allow"}, {"Principal", principal},
                    {"Action", "lambda:InvokeFunction"}, {"Resource", arn}};
  if (!condition.is_null()) statement["Condition"] = condition;
  if (!f.item->contains("Policy"))
    (*f.item)["Policy"] = {{"Version", "2012-10-17"}, {"Id", "default"}, {"Statement", json::array()}};
  (*f.item)["Policy"]["Statement"].push_back(statement);
  return f;
}

std::optional<mutation> function_public_invoke(json& doc, std::uint64_t target, std::uint64_t degree) {
  json principal = degree % 2 ? json{{"AWS", "*"}} : json("*");
  auto f = grant_invoke(doc, target, "public-invoke", principal, json());
  if (!f) return std::nullopt;
  return mutation{"function_public_invoke",
                  "function " + f->identity + " (" + f->region + "): anyone may invoke it (Principal " +
                      principal.dump() + ")",
                  {{"LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", f->identity, f->region,
                    "the resource policy admits everyone"}},
                  std::nullopt};
}

// A service principal granted without pinning its source: any account's bucket can invoke the
// function (degree 0: no condition; 1: a source ARN with a wildcard bucket name).
std::optional<mutation> function_service_invoke_unpinned(json& doc, std::uint64_t target, std::uint64_t degree) {
  json condition = degree % 2 ? json{{"ArnLike", {{"AWS:SourceArn", "arn:aws:s3:::uploads-*"}}}} : json();
  auto f = grant_invoke(doc, target, "s3-invoke", {{"Service", "s3.amazonaws.com"}}, condition);
  if (!f) return std::nullopt;
  return mutation{"function_service_invoke_unpinned",
                  "function " + f->identity + " (" + f->region + "): s3.amazonaws.com may invoke it for any bucket" +
                      (degree % 2 ? " named uploads-*" : ""),
                  {{"LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", f->identity, f->region,
                    "any account's bucket can invoke the function"}},
                  std::nullopt};
}

std::optional<mutation> file_system_unencrypted(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto file_systems = items_of(doc, "AWS::EFS::FileSystem");
  if (file_systems.empty()) return std::nullopt;
  auto [region, fs, identity] = file_systems[target % file_systems.size()];
  // Stated false, or never set: the CreateFileSystem API's default is unencrypted.
  if (degree % 2) fs->erase("Encrypted");
  else (*fs)["Encrypted"] = false;
  fs->erase("KmsKeyId");
  return mutation{"file_system_unencrypted", "file system " + identity + " (" + region + "): not encrypted",
                  {{"EFS_ENCRYPTED_CHECK", identity, region, "the file system's data is not encrypted"}},
                  std::nullopt};
}

}  // namespace

std::vector<mutator> data_store_mutators() {
  return {
      {"db_storage_unencrypted", "RDS_STORAGE_ENCRYPTED", "a DB instance without storage encryption", "", ensure_db_instance,
       db_storage_unencrypted},
      {"table_pitr_disabled", "DYNAMODB_PITR_ENABLED", "a table without point-in-time recovery", "", ensure_table, table_pitr_disabled},
      {"backup_retention_too_short", "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK",
       "a plan keeps recovery points too briefly", "requiredRetentionDays", ensure_backup_plan, backup_retention_too_short},
      {"backup_schedule_too_sparse", "BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK",
       "a plan backs up less than daily", "requiredFrequencyValue", ensure_backup_plan, backup_schedule_too_sparse},
      {"function_public_invoke", "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", "anyone may invoke a function", "", ensure_function,
       function_public_invoke},
      {"function_service_invoke_unpinned", "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED",
       "a service principal may invoke a function for any source", "", ensure_function, function_service_invoke_unpinned},
      {"file_system_unencrypted", "EFS_ENCRYPTED_CHECK", "an EFS file system without encryption", "",
       ensure_file_system, file_system_unencrypted},
  };
}

}  // namespace properties
