// DynamoDB control plane (JSON 1.0): the table calls compliance rules read.
//
// State (per region), as `aws dynamodb describe-table` prints each table:
//   dynamodb:
//     Tables:
//       - TableName: orders                 # TableDescription, as describe-table's "Table"
//         TableArn: arn:aws:dynamodb:...    # optional: derived from region, account and name
//         TableStatus: ACTIVE
//         SSEDescription: {...}
//         ...
//         ContinuousBackupsDescription:     # optional sub-document (describe-continuous-backups)
//           ContinuousBackupsStatus: ENABLED
//           PointInTimeRecoveryDescription: {PointInTimeRecoveryStatus: ENABLED, ...}
//         Tags: [{Key: k, Value: v}]        # optional sub-document (list-tags-of-resource)
//     Limits:                               # optional (describe-limits); AWS's defaults otherwise
//       AccountMaxReadCapacityUnits: 80000
//       ...
//
// A table without TableArn gets AWS's ARN, so DescribeTable always answers one and
// ListTagsOfResource finds the table by it.

#include "mockaws/services/dynamodb/dynamodb_operations.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::dynamodb {

namespace {

std::string partition_of(const std::string& region) {
  if (region.rfind("cn-", 0) == 0) return "aws-cn";
  if (region.rfind("us-gov-", 0) == 0) return "aws-us-gov";
  return "aws";
}

std::string table_arn(const call_context& c, const json& table) {
  std::string arn = string_at(table, "TableArn");
  if (!arn.empty()) return arn;
  return "arn:" + partition_of(c.region) + ":dynamodb:" + c.region + ":" + c.account.id() +
         ":table/" + string_at(table, "TableName");
}

// Since 2024 DynamoDB accepts a table's ARN wherever it takes a TableName.
const json* find_table(const call_context& c, const std::string& name_or_arn) {
  for (const auto& table : items(c.state(), "Tables"))
    if (string_at(table, "TableName") == name_or_arn || table_arn(c, table) == name_or_arn)
      return &table;
  return nullptr;
}

json list_tables(const call_context& c) {
  // AWS lists names in ascending (byte) order; LastEvaluatedTableName pages through that order.
  // The names are lent straight from the stored tables, not copied.
  std::vector<const json*> names;
  for (const auto& table : items(c.state(), "Tables"))
    if (const json* name = member(table, "TableName"); name && name->is_string())
      names.push_back(name);
  std::sort(names.begin(), names.end(), [](const json* a, const json* b) {
    return a->get_ref<const std::string&>() < b->get_ref<const std::string&>();
  });
  c.borrow("TableNames", std::move(names));
  return json::object();
}

json describe_table(const call_context& c) {
  std::string name = c.input_string("TableName");
  const json* table = find_table(c, name);
  if (!table) c.fail("ResourceNotFoundException", "Requested resource not found: Table: " + name + " not found");
  json out = *table;
  out["TableArn"] = table_arn(c, *table);
  return {{"Table", std::move(out)}};
}

json describe_continuous_backups(const call_context& c) {
  std::string name = c.input_string("TableName");
  const json* table = find_table(c, name);
  // Unlike DescribeTable, this call answers TableNotFoundException with a message of its own.
  if (!table) c.fail("TableNotFoundException", "Table not found: " + name);
  if (const json* backups = member(*table, "ContinuousBackupsDescription"))
    return {{"ContinuousBackupsDescription", *backups}};
  // What AWS answers for a table whose backups were never configured: continuous backups are
  // always on, point-in-time recovery is off until enabled.
  return {{"ContinuousBackupsDescription",
           {{"ContinuousBackupsStatus", "ENABLED"},
            {"PointInTimeRecoveryDescription", {{"PointInTimeRecoveryStatus", "DISABLED"}}}}}};
}

json describe_limits(const call_context& c) {
  // AWS's default provisioned-capacity quotas (describe-limits example in the CLI reference);
  // members the scenario declares override them.
  json out = {{"AccountMaxReadCapacityUnits", 80000},
              {"AccountMaxWriteCapacityUnits", 80000},
              {"TableMaxReadCapacityUnits", 40000},
              {"TableMaxWriteCapacityUnits", 40000}};
  if (const json* limits = member(c.state(), "Limits"); limits && limits->is_object())
    for (const auto& [key, value] : limits->items()) out[key] = value;
  return out;
}

json list_tags_of_resource(const call_context& c) {
  std::string arn = c.input_string("ResourceArn");
  for (const auto& table : items(c.state(), "Tables"))
    if (table_arn(c, table) == arn) return {{"Tags", items(table, "Tags")}};
  // "ResourcArn" is AWS's own spelling in this message.
  c.fail("ResourceNotFoundException", "Requested resource not found: ResourcArn: " + arn + " not found");
}

const operation_entry entries[] = {
    // Limit defaults to (and is capped at) 100; tokens are table names.
    {"dynamodb", "ListTables", list_tables, 100, page_token::last_item},
    {"dynamodb", "DescribeTable", describe_table},
    {"dynamodb", "DescribeContinuousBackups", describe_continuous_backups},
    {"dynamodb", "DescribeLimits", describe_limits},
    // The call has no limit parameter: one page holds all tags (clients follow NextToken alike).
    {"dynamodb", "ListTagsOfResource", list_tags_of_resource},
};

}  // namespace

std::span<const operation_entry> operations() { return entries; }

}  // namespace mockaws::services::dynamodb
