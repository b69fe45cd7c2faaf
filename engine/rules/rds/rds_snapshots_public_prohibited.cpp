// RDS_SNAPSHOTS_PUBLIC_PROHIBITED (rds-snapshots-public-prohibited): no RDS DB snapshot or DB
// cluster snapshot of the account is public, i.e. its "restore" attribute
// (DescribeDBSnapshotAttributes / DescribeDBClusterSnapshotAttributes) holds "all". Anyone could
// restore a public snapshot and read the ePHI in it.
//
// Reading where AWS's page is silent (pinned by scenarios/rules/rds-snapshots-public-prohibited/):
// a snapshot shared with named accounts only is COMPLIANT (private sharing is not public).

#include <algorithm>

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& snapshot) {
  bool cluster = snapshot.resource_type == "AWS::RDS::DBClusterSnapshot";
  const json* result = ctx.read(snapshot, cluster ? "DBClusterSnapshotAttributesResult" : "DBSnapshotAttributesResult");
  json attributes = result ? result->value(cluster ? "DBClusterSnapshotAttributes" : "DBSnapshotAttributes", json::array())
                           : json::array();
  std::size_t shared = 0;
  for (const auto& attribute : attributes) {
    if (!attribute.is_object() || attribute.value("AttributeName", "") != "restore") continue;
    json values = attribute.value("AttributeValues", json::array());
    if (!values.is_array()) continue;
    if (std::find(values.begin(), values.end(), json("all")) != values.end())
      return {compliance::non_compliant, "the snapshot is public: its restore attribute holds \"all\""};
    shared += values.size();
  }
  if (shared > 0)
    return {compliance::compliant, "the snapshot is shared with " + std::to_string(shared) + " named account(s), not publicly"};
  return {compliance::compliant, "the snapshot is not shared"};
}

}  // namespace

rule_definition rds_snapshots_public_prohibited() {
  return {.identifier = "RDS_SNAPSHOTS_PUBLIC_PROHIBITED",
          .summary = "RDS DB snapshots and DB cluster snapshots are not public",
          .resource_type = "AWS::RDS::DBSnapshot",
          .more_types = {"AWS::RDS::DBClusterSnapshot"},
          .reads = {.supplements = {"DBSnapshotAttributesResult", "DBClusterSnapshotAttributesResult"}},
          .judge = judge,
          .reading = "public means the restore attribute holds \"all\"; sharing with named accounts is COMPLIANT."};
}

}  // namespace engine::rules
