// Where ePHI is kept and processed: DynamoDB, Lambda, AWS Backup and EFS (RDS: databases.cpp).

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

namespace {

json lambda_policy_for(const std::string& function_arn, lambda_policy kind, const std::string& account) {
  json st = {{"Sid", "invoke"}, {"Effect", "Allow"}, {"Action", "lambda:InvokeFunction"},
             {"Resource", function_arn}};
  switch (kind) {
    case lambda_policy::service_with_source_arn:
      st["Principal"] = {{"Service", "s3.amazonaws.com"}};
      st["Condition"] = {{"ArnLike", {{"AWS:SourceArn", "arn:aws:s3:::hipaasim-" + account + "-uploads"}}}};
      break;
    case lambda_policy::account_principal:
      st["Principal"] = {{"AWS", "arn:aws:iam::444455556666:root"}};
      break;
    case lambda_policy::org_condition:
      st["Principal"] = "*";
      st["Condition"] = {{"StringEquals", {{"aws:PrincipalOrgID", "o-a1b2c3d4e5"}}}};
      break;
    case lambda_policy::none:
      break;
  }
  return {{"Version", "2012-10-17"}, {"Id", "default"}, {"Statement", json::array({st})}};
}

std::string schedule_expression(backup_schedule s) {
  switch (s) {
    case backup_schedule::daily_cron: return "cron(0 5 ? * * *)";
    case backup_schedule::hourly_cron: return "cron(0 * ? * * *)";
    case backup_schedule::rate_12_hours: return "rate(12 hours)";
    case backup_schedule::rate_1_day: return "rate(1 day)";
  }
  return "cron(0 5 ? * * *)";
}

}  // namespace

void account_renderer::render_table_scaling(const region_spec& r, const std::string& table, json& out) {
  for (const char* units : {"ReadCapacityUnits", "WriteCapacityUnits"}) {
    std::string dimension = std::string("dynamodb:table:") + units, resource = "table/" + table;
    std::string policy = table + (units[0] == 'R' ? "-read" : "-write");
    out["application-autoscaling"]["ScalableTargets"].push_back(
        {{"ServiceNamespace", "dynamodb"}, {"ResourceId", resource}, {"ScalableDimension", dimension},
         {"MinCapacity", 5}, {"MaxCapacity", 100}});
    out["application-autoscaling"]["ScalingPolicies"].push_back(
        {{"PolicyARN", arn(r.name, "autoscaling", "scalingPolicy:" + ids_.uuid() + ":resource/dynamodb/" + resource +
                                                     ":policyName/" + policy)},
         {"PolicyName", policy},
         {"ServiceNamespace", "dynamodb"},
         {"ResourceId", resource},
         {"ScalableDimension", dimension},
         {"PolicyType", "TargetTrackingScaling"},
         {"TargetTrackingScalingPolicyConfiguration",
          {{"TargetValue", 70.0},
           {"PredefinedMetricSpecification",
            {{"PredefinedMetricType", units[0] == 'R' ? "DynamoDBReadCapacityUtilization"
                                                       : "DynamoDBWriteCapacityUtilization"}}}}}});
  }
}

void account_renderer::render_services(const region_spec& r, const region_keys& keys, json& out) {
  render_databases(r, keys, out);
  json tables = json::array();
  for (int t = 0; t < r.tables; ++t) {
    std::string name = std::string(purpose(std::size_t(t))) + "-table-" + std::to_string(t);
    json table = {{"TableName", name},
                  {"KeySchema", json::array({{{"AttributeName", "id"}, {"KeyType", "HASH"}}})},
                  {"AttributeDefinitions", json::array({{{"AttributeName", "id"}, {"AttributeType", "S"}}})},
                  {"ContinuousBackupsDescription",
                   {{"ContinuousBackupsStatus", "ENABLED"},
                    {"PointInTimeRecoveryDescription", {{"PointInTimeRecoveryStatus", "ENABLED"}}}}}};
    // Every other table is on demand; the rest provision a little and auto scale it.
    if (t % 2 == 0) {
      table["BillingModeSummary"] = {{"BillingMode", "PAY_PER_REQUEST"}};
      table["ProvisionedThroughput"] = {{"ReadCapacityUnits", 0}, {"WriteCapacityUnits", 0}};
    } else {
      table["ProvisionedThroughput"] = {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 5}};
      render_table_scaling(r, name, out);
    }
    tables.push_back(std::move(table));
  }
  if (!tables.empty()) out["dynamodb"] = {{"Tables", tables}};
  json functions = json::array();
  for (std::size_t f = 0; f < r.functions.size(); ++f) {
    std::string name = std::string(purpose(f)) + "-fn-" + std::to_string(f);
    json item = {{"FunctionName", name}, {"Runtime", "python3.12"}, {"Handler", "app.handler"},
                 {"Role", "arn:aws:iam::" + spec_.account_id + ":role/lambda-exec"}};
    if (r.functions[f].policy != lambda_policy::none)
      item["Policy"] = lambda_policy_for(arn(r.name, "lambda", "function:" + name), r.functions[f].policy,
                                         spec_.account_id);
    functions.push_back(item);
  }
  if (!functions.empty()) out["lambda"] = {{"Functions", functions}};
  // Alarms notify the central security account's topic (CLOUDWATCH_ALARM_ACTION_CHECK).
  json alarms = json::array();
  const std::string topic = "arn:aws:sns:" + r.name + ":999988887777:security-alerts";
  for (int a = 0; a < r.alarms; ++a)
    alarms.push_back({{"AlarmName", r.name + "-alarm-" + std::to_string(a)},
                      {"Namespace", "AWS/EC2"},
                      {"MetricName", "StatusCheckFailed"},
                      {"Statistic", "Maximum"},
                      {"Period", 300},
                      {"EvaluationPeriods", 2},
                      {"Threshold", 1},
                      {"ComparisonOperator", "GreaterThanOrEqualToThreshold"},
                      {"AlarmActions", json::array({topic})},
                      {"InsufficientDataActions", json::array({topic})}});
  if (!alarms.empty()) out["cloudwatch"] = {{"MetricAlarms", alarms}};
  if (!r.backup_plans.empty()) {
    std::string vault = r.name + "-vault";
    json plans = json::array();
    for (std::size_t p = 0; p < r.backup_plans.size(); ++p) {
      json rules = json::array();
      for (std::size_t i = 0; i < r.backup_plans[p].rules.size(); ++i) {
        const backup_rule_spec& rule = r.backup_plans[p].rules[i];
        json item = {{"RuleName", "rule-" + std::to_string(i)},
                     {"TargetBackupVaultName", vault},
                     {"ScheduleExpression", schedule_expression(rule.schedule)}};
        if (rule.retention_days > 0) item["Lifecycle"] = {{"DeleteAfterDays", rule.retention_days}};
        rules.push_back(item);
      }
      plans.push_back({{"BackupPlanId", ids_.uuid()},
                       {"BackupPlan", {{"BackupPlanName", std::string(purpose(p)) + "-plan-" + std::to_string(p)},
                                       {"Rules", rules}}}});
    }
    out["backup"] = {{"BackupVaults", json::array({{{"BackupVaultName", vault},
                                                   {"EncryptionKeyArn", keys.arns.front()}}})},
                     {"BackupPlans", plans}};
  }
  json file_systems = json::array();
  for (std::size_t f = 0; f < r.file_systems.size(); ++f) {
    std::string name = std::string(purpose(f)) + "-files-" + std::to_string(f);
    file_systems.push_back({{"FileSystemId", ids_.hex("fs-")},
                            {"Name", name},
                            {"Tags", json::array({{{"Key", "Name"}, {"Value", name}}})},
                            {"Encrypted", true},
                            {"KmsKeyId", keys.arns[std::size_t(r.file_systems[f].key) % keys.arns.size()]}});
  }
  if (!file_systems.empty()) out["efs"] = {{"FileSystems", file_systems}};
}

}  // namespace properties::rendering
