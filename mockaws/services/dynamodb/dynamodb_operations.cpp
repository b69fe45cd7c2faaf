// DynamoDB control plane (JSON 1.0): the table calls compliance rules read. Every operation is a
// plain read (plain_reads.hpp); what AWS answers for an absent document is in the scenario
// schema's `absent:` entries.
//
// State (per region), as `aws dynamodb describe-table` prints each table:
//   dynamodb:
//     Tables:
//       - TableName: orders                 # TableDescription, as describe-table's "Table"
//         TableArn: arn:aws:dynamodb:...    # derived at load from region, account and name
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

#include "mockaws/services/service_tables.hpp"

namespace mockaws::services::dynamodb {

std::span<const operation_entry> operations() {
  // Since 2024 DynamoDB accepts a table's ARN wherever it takes a TableName.
  static const item_key table_name{"TableName", {"TableName", "TableArn"}};
  static const operation_entry entries[] = {
      // AWS lists names in ascending (byte) order; Limit defaults to 100 and tokens are the last
      // name returned (LastEvaluatedTableName, then ExclusiveStartTableName).
      {"dynamodb", "ListTables",
       list_read{.collection = "Tables", .output = "TableNames", .project = "TableName",
                 .sort_by = "TableName"},
       100, page_token::last_item},
      {"dynamodb", "DescribeTable",
       get_read{.collection = "Tables",
                .key = table_name,
                .missing = {"ResourceNotFoundException",
                            "Requested resource not found: Table: {id} not found"},
                .output = "Table"}},
      // Unlike DescribeTable, this call answers TableNotFoundException with a message of its own.
      {"dynamodb", "DescribeContinuousBackups",
       sub_document_read{.collection = "Tables",
                         .key = table_name,
                         .missing = {"TableNotFoundException", "Table not found: {id}"},
                         .document = "ContinuousBackupsDescription",
                         .output = "ContinuousBackupsDescription"}},
      {"dynamodb", "DescribeLimits", singleton_read{.document = "Limits"}},
      // The call has no limit parameter: one page holds all tags (clients follow NextToken alike).
      // "ResourcArn" is AWS's own spelling in this message.
      {"dynamodb", "ListTagsOfResource",
       sub_document_read{.collection = "Tables",
                         .key = {"ResourceArn", {"TableArn"}},
                         .missing = {"ResourceNotFoundException",
                                     "Requested resource not found: ResourcArn: {id} not found"},
                         .document = "Tags",
                         .output = "Tags"}},
  };
  return entries;
}

}  // namespace mockaws::services::dynamodb
