// DynamoDB (per region): every table (ListTables gives names), described, with its continuous
// backups (point-in-time recovery).

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_dynamodb(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto listed = output_or_failure(aws.call_all_pages("dynamodb", "ListTables", json::object(), scope.region),
                                  out, "dynamodb.tables", scope.region);
  if (!listed) return out;
  struct pending {
    std::string name;
    std::future<client::call_result> table, backups;
  };
  std::vector<pending> calls;
  for (const auto& name : listed->value("TableNames", json::array())) {
    json by_name = {{"TableName", name}};
    calls.push_back({name.get<std::string>(), aws.submit("dynamodb", "DescribeTable", by_name, scope.region),
                     aws.submit("dynamodb", "DescribeContinuousBackups", by_name, scope.region)});
  }
  for (auto& call : calls) {
    auto item = make_item("AWS::DynamoDB::Table", call.name, call.name, "", scope.region, json::object());
    auto table = call.table.get();
    if (table.ok()) {
      item.configuration = table.output.value("Table", json::object());
      item.arn = item.configuration.value("TableArn", "");
    } else {
      item.unreadable["Table"] = table.error->describe();
    }
    store_supplement(item, "ContinuousBackupsDescription", call.backups.get(), "ContinuousBackupsDescription");
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace engine::collectors
