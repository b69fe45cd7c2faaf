// RDS (per region): DB instances. AWS Config's resourceId for an instance is its DbiResourceId;
// its name is the DBInstanceIdentifier.

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_rds(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto listed = output_or_failure(
      aws.call_all_pages("rds", "DescribeDBInstances", json::object(), scope.region), out,
      "rds.db_instances", scope.region);
  if (!listed) return out;
  for (const auto& db : listed->value("DBInstances", json::array())) {
    std::string name = db.value("DBInstanceIdentifier", "");
    out.items.push_back(make_item("AWS::RDS::DBInstance", db.value("DbiResourceId", name), name,
                                  db.value("DBInstanceArn", ""), scope.region, db));
  }
  return out;
}

}  // namespace engine::collectors
