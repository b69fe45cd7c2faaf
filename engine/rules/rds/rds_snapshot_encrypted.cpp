// RDS_SNAPSHOT_ENCRYPTED (rds-snapshot-encrypted): the account's RDS DB snapshots (Encrypted) and
// DB cluster snapshots (StorageEncrypted) are encrypted. Absent reads as false. Snapshots are those
// DescribeDBSnapshots / DescribeDBClusterSnapshots list without IncludeShared or IncludePublic:
// the account's own automated, manual and AWS Backup snapshots, as AWS Config records them.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& snapshot) {
  bool cluster = snapshot.resource_type == "AWS::RDS::DBClusterSnapshot";
  std::string member = cluster ? "StorageEncrypted" : "Encrypted";
  if (!snapshot.configuration.value(member, false))
    return {compliance::non_compliant, "the snapshot is not encrypted (" + member + " false)"};
  return {compliance::compliant, "the snapshot is encrypted"};
}

}  // namespace

rule_definition rds_snapshot_encrypted() {
  return {.identifier = "RDS_SNAPSHOT_ENCRYPTED",
          .summary = "RDS DB snapshots and DB cluster snapshots are encrypted",
          .resource_type = "AWS::RDS::DBSnapshot",
          .more_types = {"AWS::RDS::DBClusterSnapshot"},
          .judge = judge};
}

}  // namespace engine::rules
