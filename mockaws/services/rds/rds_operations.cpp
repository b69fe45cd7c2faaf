// Amazon RDS (Query protocol): the Describe calls a rule engine reads instances, clusters and
// their snapshots through.
//
// State (per region), as `aws rds describe-...` prints it:
//   rds:
//     DBInstances: [DBInstance...]                # describe-db-instances
//     DBClusters: [DBCluster...]                  # describe-db-clusters
//     DBSnapshots:                                # describe-db-snapshots
//       - DBSnapshotIdentifier: ...
//         SnapshotType: manual | automated | awsbackup | shared | public
//         ...
//         DBSnapshotAttributes:                   # describe-db-snapshot-attributes
//           [{AttributeName: restore, AttributeValues: [all]}]
//     DBClusterSnapshots:                         # describe-db-cluster-snapshots
//       - DBClusterSnapshotIdentifier: ...
//         DBClusterSnapshotAttributes: [...]      # describe-db-cluster-snapshot-attributes
//
// A snapshot without its attributes sub-document answers [{AttributeName: restore,
// AttributeValues: []}], AWS's answer for a private manual snapshot; declare AttributeValues
// [all] for a public one, or account ids for one shared with those accounts.
//
// Snapshots with SnapshotType `shared` or `public` stand for other accounts' snapshots this
// account can see: as on AWS they are listed only with IncludeShared / IncludePublic or when
// SnapshotType asks for them. SnapshotType=public also lists the account's own manual snapshots
// whose restore attribute holds `all`. IncludeShared on DescribeDBClusters is accepted and has
// no effect (clusters shared from other accounts are not modelled).

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/rds/rds_filters.hpp"

namespace mockaws::services::rds {

namespace {

bool engine_is(const json& item, const std::string& value) {
  return string_at(item, "Engine") == value;
}

bool snapshot_type_is(const json& item, const std::string& value) {
  return string_at(item, "SnapshotType") == value;
}

bool in_domain(const json& item, const std::string& value) {
  const json& memberships = items(item, "DomainMemberships");
  return std::any_of(memberships.begin(), memberships.end(),
                     [&](const json& m) { return string_at(m, "Domain") == value; });
}

bool in_cluster(const json& item, const std::string& value) {
  return names_item(item, "DBClusterIdentifier", "cluster", value);
}

// The filter names each operation documents (RDS API reference, "Supported filters").
const filter_def instance_filters[] = {
    {"db-cluster-id", in_cluster},
    {"db-instance-id",
     [](const json& i, const std::string& v) {
       return names_item(i, "DBInstanceIdentifier", "db", v);
     }},
    {"dbi-resource-id",
     [](const json& i, const std::string& v) { return string_at(i, "DbiResourceId") == v; }},
    {"domain", in_domain},
    {"engine", engine_is},
};

const filter_def cluster_filters[] = {
    {"clone-group-id",
     [](const json& i, const std::string& v) { return string_at(i, "CloneGroupId") == v; }},
    {"db-cluster-id", in_cluster},
    {"db-cluster-resource-id",
     [](const json& i, const std::string& v) { return string_at(i, "DbClusterResourceId") == v; }},
    {"domain", in_domain},
    {"engine", engine_is},
};

const filter_def snapshot_filters[] = {
    {"db-instance-id",
     [](const json& i, const std::string& v) {
       return names_item(i, "DBInstanceIdentifier", "db", v);
     }},
    {"db-snapshot-id",
     [](const json& i, const std::string& v) {
       return names_item(i, "DBSnapshotIdentifier", "snapshot", v);
     }},
    {"dbi-resource-id",
     [](const json& i, const std::string& v) { return string_at(i, "DbiResourceId") == v; }},
    {"snapshot-type", snapshot_type_is},
    {"engine", engine_is},
};

const filter_def cluster_snapshot_filters[] = {
    {"db-cluster-id", in_cluster},
    {"db-cluster-snapshot-id",
     [](const json& i, const std::string& v) {
       return names_item(i, "DBClusterSnapshotIdentifier", "cluster-snapshot", v);
     }},
    {"snapshot-type", snapshot_type_is},
    {"engine", engine_is},
};

// What a snapshot without its attributes sub-document answers: private, shared with no one.
json default_attributes() {
  return json::array({json{{"AttributeName", "restore"}, {"AttributeValues", json::array()}}});
}

json attributes_of(const json& snapshot, std::string_view sub_document) {
  const json* stored = member(snapshot, sub_document);
  return stored && stored->is_array() ? *stored : default_attributes();
}

bool restorable_by_all(const json& snapshot, std::string_view sub_document) {
  for (const auto& attribute : attributes_of(snapshot, sub_document)) {
    if (string_at(attribute, "AttributeName") != "restore") continue;
    const json& values = items(attribute, "AttributeValues");
    if (std::find(values.begin(), values.end(), "all") != values.end()) return true;
  }
  return false;
}

// SnapshotType and IncludeShared/IncludePublic, as the API reference describes them: without a
// type, automated, manual (and awsbackup) snapshots; shared and public ones only when included.
bool type_wanted(const call_context& c, const json& snapshot, std::string_view sub_document) {
  std::string type = string_at(snapshot, "SnapshotType");
  std::string asked = c.input_string("SnapshotType");
  if (asked.empty()) {
    if (type == "shared") return input_flag(c, "IncludeShared");
    if (type == "public") return input_flag(c, "IncludePublic");
    return true;
  }
  if (type == asked) return true;
  return asked == "public" && type == "manual" && restorable_by_all(snapshot, sub_document);
}

// The items named by an identifier-or-ARN parameter, all items when the parameter is absent.
json named(const json& list, const std::string& identifier, std::string_view id_member,
           std::string_view arn_type) {
  if (identifier.empty()) return list;
  json out = json::array();
  for (const auto& item : list)
    if (names_item(item, id_member, arn_type, identifier)) out.push_back(item);
  return out;
}

json describe_db_instances(const call_context& c) {
  std::string id = c.input_string("DBInstanceIdentifier");
  json found = named(items(c.state(), "DBInstances"), id, "DBInstanceIdentifier", "db");
  found = apply_filters(c, found, instance_filters);
  // An identifier acts as one more filter; AWS reports not-found when nothing is left.
  if (!id.empty() && found.empty())
    c.fail("DBInstanceNotFound", "DBInstance " + id + " not found.");
  return {{"DBInstances", std::move(found)}};
}

json describe_db_clusters(const call_context& c) {
  std::string id = c.input_string("DBClusterIdentifier");
  json found = named(items(c.state(), "DBClusters"), id, "DBClusterIdentifier", "cluster");
  found = apply_filters(c, found, cluster_filters);
  if (!id.empty() && found.empty())
    c.fail("DBClusterNotFoundFault", "DBCluster " + id + " not found.");
  return {{"DBClusters", std::move(found)}};
}

json describe_db_snapshots(const call_context& c) {
  std::string instance = c.input_string("DBInstanceIdentifier");
  std::string id = c.input_string("DBSnapshotIdentifier");
  std::string resource = c.input_string("DbiResourceId");
  json found = json::array();
  for (const auto& snapshot : items(c.state(), "DBSnapshots")) {
    if (!instance.empty() && !names_item(snapshot, "DBInstanceIdentifier", "db", instance))
      continue;
    if (!id.empty() && !names_item(snapshot, "DBSnapshotIdentifier", "snapshot", id)) continue;
    if (!resource.empty() && string_at(snapshot, "DbiResourceId") != resource) continue;
    if (type_wanted(c, snapshot, "DBSnapshotAttributes")) found.push_back(snapshot);
  }
  found = apply_filters(c, found, snapshot_filters);
  // An unknown instance lists nothing (no error); an unknown snapshot id is not found.
  if (!id.empty() && found.empty())
    c.fail("DBSnapshotNotFound", "DBSnapshot " + id + " not found.");
  return {{"DBSnapshots", std::move(found)}};
}

// DBClusterSnapshotNotFoundFault words its message differently from DBSnapshotNotFound.
[[noreturn]] void cluster_snapshot_not_found(const call_context& c, const std::string& id) {
  c.fail("DBClusterSnapshotNotFoundFault", "DBClusterSnapshot not found: " + id);
}

json describe_db_cluster_snapshots(const call_context& c) {
  std::string cluster = c.input_string("DBClusterIdentifier");
  std::string id = c.input_string("DBClusterSnapshotIdentifier");
  json found = json::array();
  for (const auto& snapshot : items(c.state(), "DBClusterSnapshots")) {
    if (!cluster.empty() && !in_cluster(snapshot, cluster)) continue;
    if (!id.empty() && !names_item(snapshot, "DBClusterSnapshotIdentifier", "cluster-snapshot", id))
      continue;
    if (type_wanted(c, snapshot, "DBClusterSnapshotAttributes")) found.push_back(snapshot);
  }
  found = apply_filters(c, found, cluster_snapshot_filters);
  if (!id.empty() && found.empty()) cluster_snapshot_not_found(c, id);
  return {{"DBClusterSnapshots", std::move(found)}};
}

const json* find_named(const json& list, const std::string& id, std::string_view id_member,
                       std::string_view arn_type) {
  for (const auto& item : list)
    if (names_item(item, id_member, arn_type, id)) return &item;
  return nullptr;
}

json describe_db_snapshot_attributes(const call_context& c) {
  std::string id = c.input_string("DBSnapshotIdentifier");
  const json* snapshot =
      find_named(items(c.state(), "DBSnapshots"), id, "DBSnapshotIdentifier", "snapshot");
  if (!snapshot) c.fail("DBSnapshotNotFound", "DBSnapshot " + id + " not found.");
  return {{"DBSnapshotAttributesResult",
           {{"DBSnapshotIdentifier", string_at(*snapshot, "DBSnapshotIdentifier")},
            {"DBSnapshotAttributes", attributes_of(*snapshot, "DBSnapshotAttributes")}}}};
}

json describe_db_cluster_snapshot_attributes(const call_context& c) {
  std::string id = c.input_string("DBClusterSnapshotIdentifier");
  const json* snapshot = find_named(items(c.state(), "DBClusterSnapshots"), id,
                                    "DBClusterSnapshotIdentifier", "cluster-snapshot");
  if (!snapshot) cluster_snapshot_not_found(c, id);
  return {
      {"DBClusterSnapshotAttributesResult",
       {{"DBClusterSnapshotIdentifier", string_at(*snapshot, "DBClusterSnapshotIdentifier")},
        {"DBClusterSnapshotAttributes", attributes_of(*snapshot, "DBClusterSnapshotAttributes")}}}};
}


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxRecords defaults to 100 on every RDS Describe call.
      {"rds", "DescribeDBInstances", describe_db_instances, 100},
      {"rds", "DescribeDBClusters", describe_db_clusters, 100},
      {"rds", "DescribeDBSnapshots", describe_db_snapshots, 100},
      {"rds", "DescribeDBClusterSnapshots", describe_db_cluster_snapshots, 100},
      {"rds", "DescribeDBSnapshotAttributes", describe_db_snapshot_attributes, 0},
      {"rds", "DescribeDBClusterSnapshotAttributes", describe_db_cluster_snapshot_attributes, 0},
  };
  return entries;
}

}  // namespace mockaws::services::rds
