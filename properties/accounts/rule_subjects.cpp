#include "properties/accounts/rule_subjects.hpp"

#include <map>
#include <stdexcept>

namespace properties {

namespace {

using engine::compliance;
using subject_finder = std::vector<subject> (*)(const json&, const std::string&);

std::vector<subject> items(const json& doc, const std::string& rule, const char* service,
                           const char* collection, const char* key) {
  std::vector<subject> out;
  for_each_item(doc, service, collection, [&](const std::string& region, const json& item) {
    out.push_back({rule, item.value(key, ""), region, compliance::compliant});
  });
  return out;
}

std::vector<subject> users(const json& doc, const std::string& rule) { return items(doc, rule, "iam", "Users", "UserName"); }

std::vector<subject> account_globally(const json&, const std::string& rule) {
  return {{rule, "", "global", compliance::compliant}};
}

std::vector<subject> account_per_region(const json& doc, const std::string& rule) {
  std::vector<subject> out;
  for (const auto& region : regions_of(doc)) out.push_back({rule, "", region, compliance::compliant});
  return out;
}

std::vector<subject> trails(const json& doc, const std::string& rule) { return items(doc, rule, "cloudtrail", "Trails", "Name"); }
std::vector<subject> tables(const json& doc, const std::string& rule) { return items(doc, rule, "dynamodb", "Tables", "TableName"); }
std::vector<subject> groups(const json& doc, const std::string& rule) { return items(doc, rule, "ec2", "SecurityGroups", "GroupId"); }
std::vector<subject> functions(const json& doc, const std::string& rule) { return items(doc, rule, "lambda", "Functions", "FunctionName"); }
std::vector<subject> databases(const json& doc, const std::string& rule) { return items(doc, rule, "rds", "DBInstances", "DBInstanceIdentifier"); }
std::vector<subject> buckets(const json& doc, const std::string& rule) { return items(doc, rule, "s3", "Buckets", "Name"); }

// Volumes that are not attached are NOT_APPLICABLE (AWS judges volumes in use).
std::vector<subject> volumes(const json& doc, const std::string& rule) {
  std::vector<subject> out;
  for_each_item(doc, "ec2", "Volumes", [&](const std::string& region, const json& v) {
    bool attached = v.value("State", "") == "in-use";
    out.push_back({rule, v.value("VolumeId", ""), region, attached ? compliance::compliant : compliance::not_applicable});
  });
  return out;
}

std::vector<subject> backup_plans(const json& doc, const std::string& rule) {
  std::vector<subject> out;
  for_each_item(doc, "backup", "BackupPlans", [&](const std::string& region, const json& plan) {
    out.push_back({rule, plan["BackupPlan"].value("BackupPlanName", ""), region, compliance::compliant});
  });
  return out;
}

const std::map<std::string, subject_finder, std::less<>>& finders() {
  static const std::map<std::string, subject_finder, std::less<>> table = {
      {"ACCESS_KEYS_ROTATED", users},
      {"BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", backup_plans},
      {"CLOUD_TRAIL_ENABLED", account_per_region},
      {"CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", trails},
      {"DYNAMODB_PITR_ENABLED", tables},
      {"ENCRYPTED_VOLUMES", volumes},
      {"IAM_PASSWORD_POLICY", account_globally},
      {"IAM_USER_MFA_ENABLED", users},
      {"INCOMING_SSH_DISABLED", groups},
      {"LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED", functions},
      {"MULTI_REGION_CLOUD_TRAIL_ENABLED", account_per_region},
      {"RDS_STORAGE_ENCRYPTED", databases},
      {"ROOT_ACCOUNT_MFA_ENABLED", account_globally},
      {"S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED", buckets},
      {"S3_BUCKET_SSL_REQUESTS_ONLY", buckets},
  };
  return table;
}

}  // namespace

std::vector<subject> subjects_of(const json& doc, std::string_view rule) {
  auto it = finders().find(rule);
  if (it == finders().end()) throw std::invalid_argument("properties know no subjects of rule " + std::string(rule));
  return it->second(doc, it->first);
}

bool knows_subjects_of(std::string_view rule) { return finders().count(rule) > 0; }

}  // namespace properties
