// RDS_LOGGING_ENABLED (rds-logging-enabled): an RDS DB instance exports every log type its engine
// writes to CloudWatch Logs (EnabledCloudwatchLogsExports). Instances not in status available,
// backing-up, storage-optimization or storage-full are NOT_APPLICABLE, as AWS's page says.
//
// The log types each engine must export (AWS's page names none; these are the types RDS can
// export for each engine, as the RDS User Guide and the CreateDBInstance reference list them):
//   mysql, mariadb, aurora, aurora-mysql   audit, error, general, slowquery
//   postgres                               postgresql, upgrade
//   aurora-postgresql                      postgresql
//   oracle-*                               alert, audit, listener, trace
//   sqlserver-ee, -se, -web                agent, error
//   sqlserver-ex                           error (Express has no SQL Server Agent)
//   db2-*                                  diag.log, notify.log
// Newer optional types (iam-db-auth-error, oemagent, instance) are not required.
//
// additionalLogs (unset in the pack) adds types per engine: "oracle: general, slowquery ; aurora:
// alert, slowquery" (entries by ";", the engine before ":", types by ","). Readings (pinned by
// scenarios/rules/rds-logging-enabled/):
//  - An entry's engine matches the instance's Engine exactly or its family: "oracle" matches
//    oracle-ee, "sqlserver" sqlserver-se, "db2" db2-ae, "aurora" aurora-mysql; names and types are
//    compared without regard to case.
//  - An instance is judged on its own configuration item, as AWS Config rules see it (an Aurora
//    instance is not judged on its cluster's exports).
//  - An engine with no log types listed and none added (DocumentDB, Neptune, RDS Custom) is
//    NOT_APPLICABLE.
//  - An additionalLogs entry without ":" names no engine and is ignored.

#include <algorithm>
#include <cctype>
#include <set>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return std::string(text);
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// The engine family an additionalLogs entry may name instead of the exact engine.
std::string family(const std::string& engine) {
  for (std::string_view f : {"oracle", "sqlserver", "db2"})
    if (starts_with(engine, std::string(f) + "-")) return std::string(f);
  if (engine == "aurora-mysql") return "aurora";
  return engine;
}

std::set<std::string> required_types(const std::string& engine) {
  if (engine == "mysql" || engine == "mariadb" || engine == "aurora" || engine == "aurora-mysql")
    return {"audit", "error", "general", "slowquery"};
  if (engine == "postgres") return {"postgresql", "upgrade"};
  if (engine == "aurora-postgresql") return {"postgresql"};
  if (starts_with(engine, "oracle-")) return {"alert", "audit", "listener", "trace"};
  if (engine == "sqlserver-ex") return {"error"};
  if (starts_with(engine, "sqlserver-")) return {"agent", "error"};
  if (starts_with(engine, "db2-")) return {"diag.log", "notify.log"};
  return {};
}

void add_additional(const rule_context& ctx, const std::string& engine, std::set<std::string>& types) {
  const std::string text = ctx.text("additionalLogs");
  std::string_view rest = text;
  while (!rest.empty()) {
    auto semicolon = rest.find(';');
    std::string_view entry = rest.substr(0, semicolon);
    rest = semicolon == std::string_view::npos ? std::string_view{} : rest.substr(semicolon + 1);
    auto colon = entry.find(':');
    if (colon == std::string_view::npos) continue;
    std::string named = lower(trimmed(entry.substr(0, colon)));
    if (named != engine && named != family(engine)) continue;
    for (const std::string& type : comma_separated(entry.substr(colon + 1))) types.insert(lower(type));
  }
}

verdict judge(const rule_context& ctx, const configuration_item& instance) {
  const json& db = instance.configuration;
  std::string status = db.value("DBInstanceStatus", "available");
  if (status != "available" && status != "backing-up" && status != "storage-optimization" && status != "storage-full")
    return {compliance::not_applicable, "the instance is " + status};
  std::string engine = lower(db.value("Engine", ""));
  std::set<std::string> types = required_types(engine);
  if (ctx.is_set("additionalLogs")) add_additional(ctx, engine, types);
  if (types.empty()) return {compliance::not_applicable, "no log types are defined for engine '" + engine + "'"};
  std::set<std::string> exported;
  for (const auto& type : db.value("EnabledCloudwatchLogsExports", json::array()))
    if (type.is_string()) exported.insert(lower(type.get<std::string>()));
  std::string missing;
  for (const auto& type : types)
    if (!exported.count(type)) missing += (missing.empty() ? "" : ", ") + type;
  if (!missing.empty()) return {compliance::non_compliant, "log types not exported to CloudWatch Logs: " + missing};
  return {compliance::compliant, "every " + engine + " log type is exported to CloudWatch Logs"};
}

}  // namespace

rule_definition rds_logging_enabled() {
  return {.identifier = "RDS_LOGGING_ENABLED",
          .summary = "RDS DB instances export every log type of their engine to CloudWatch Logs",
          .resource_type = "AWS::RDS::DBInstance",
          .parameters = {{"additionalLogs", parameter_kind::string, "",
                          "further log types per engine: \"engine: type, type ; engine: type\""}},
          .judge = judge,
          .reading = "each engine's exportable log types are required (mysql/mariadb/aurora-mysql audit, error, general, "
                     "slowquery; postgres postgresql, upgrade; aurora-postgresql postgresql; oracle alert, audit, listener, "
                     "trace; sqlserver agent, error, Express error only; db2 diag.log, notify.log); additionalLogs names an "
                     "engine or its family; engines without types are NOT_APPLICABLE."};
}

}  // namespace engine::rules
