// RDS DB and cluster snapshots and their attributes through HTTP (Query protocol).

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    rds:
      DBSnapshots:
        - DBSnapshotIdentifier: prod-db-manual
          DBSnapshotArn: arn:aws:rds:us-east-1:123456789012:snapshot:prod-db-manual
          DBInstanceIdentifier: prod-db
          DbiResourceId: db-PROD
          SnapshotType: manual
          Engine: postgres
          Encrypted: true
          AllocatedStorage: 100
          SnapshotCreateTime: 2024-02-01T00:00:00Z
        - DBSnapshotIdentifier: rds:prod-db-2024-02-02-00-00
          DBSnapshotArn: arn:aws:rds:us-east-1:123456789012:snapshot:rds:prod-db-2024-02-02-00-00
          DBInstanceIdentifier: prod-db
          DbiResourceId: db-PROD
          SnapshotType: automated
          Engine: postgres
          Encrypted: true
        - DBSnapshotIdentifier: legacy-public
          DBInstanceIdentifier: legacy-mysql
          DbiResourceId: db-LEGACY
          SnapshotType: manual
          Engine: mysql
          Encrypted: false
          DBSnapshotAttributes: [{AttributeName: restore, AttributeValues: [all]}]
        - DBSnapshotIdentifier: legacy-shared
          DBInstanceIdentifier: legacy-mysql
          DbiResourceId: db-LEGACY
          SnapshotType: manual
          Engine: mysql
          DBSnapshotAttributes: [{AttributeName: restore, AttributeValues: ["210987654321"]}]
        - DBSnapshotIdentifier: awsbackup:job-1234
          DBInstanceIdentifier: prod-db
          DbiResourceId: db-PROD
          SnapshotType: awsbackup
          Engine: postgres
        - DBSnapshotIdentifier: arn:aws:rds:us-east-1:210987654321:snapshot:partner-snap
          DBSnapshotArn: arn:aws:rds:us-east-1:210987654321:snapshot:partner-snap
          DBInstanceIdentifier: partner-db
          SnapshotType: shared
          Engine: postgres
        - DBSnapshotIdentifier: arn:aws:rds:us-east-1:999999999999:snapshot:world-snap
          DBSnapshotArn: arn:aws:rds:us-east-1:999999999999:snapshot:world-snap
          DBInstanceIdentifier: world-db
          SnapshotType: public
          Engine: mysql
      DBClusterSnapshots:
        - DBClusterSnapshotIdentifier: aurora-manual
          DBClusterSnapshotArn: arn:aws:rds:us-east-1:123456789012:cluster-snapshot:aurora-manual
          DBClusterIdentifier: aurora-cluster
          SnapshotType: manual
          Engine: aurora-mysql
          StorageEncrypted: true
          DBClusterSnapshotAttributes: [{AttributeName: restore, AttributeValues: [all]}]
        - DBClusterSnapshotIdentifier: rds:aurora-cluster-2024-02-02-00-00
          DBClusterIdentifier: aurora-cluster
          SnapshotType: automated
          Engine: aurora-mysql
          StorageEncrypted: true
        - DBClusterSnapshotIdentifier: analytics-final
          DBClusterIdentifier: analytics
          SnapshotType: manual
          Engine: aurora-postgresql
          StorageEncrypted: false
)yaml";

json filter(const char* name, json values) {
  return {{"Name", name}, {"Values", std::move(values)}};
}

class rds_snapshots : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  mockaws::protocol::call_outcome call(const char* operation, const json& input) {
    return client_.call("rds", operation, input);
  }
  json ids(const char* operation, const json& input, const char* list, const char* member) {
    auto outcome = call(operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    json out = json::array();
    for (const auto& item : outcome.output.value(list, json::array())) out.push_back(item[member]);
    return out;
  }
  json snapshots(const json& input = json::object()) {
    return ids("DescribeDBSnapshots", input, "DBSnapshots", "DBSnapshotIdentifier");
  }
  json cluster_snapshots(const json& input = json::object()) {
    return ids("DescribeDBClusterSnapshots", input, "DBClusterSnapshots",
               "DBClusterSnapshotIdentifier");
  }
  void expect_error(const char* operation, const json& input, const char* code,
                    const std::string& message, unsigned status) {
    auto outcome = call(operation, input);
    ASSERT_TRUE(outcome.error) << operation << " succeeded";
    EXPECT_EQ(outcome.error->code, code);
    EXPECT_EQ(outcome.error->message, message);
    EXPECT_EQ(outcome.http_status, status);
  }
};

const json own_snapshots = {"prod-db-manual", "rds:prod-db-2024-02-02-00-00", "legacy-public",
                            "legacy-shared", "awsbackup:job-1234"};
const char* partner = "arn:aws:rds:us-east-1:210987654321:snapshot:partner-snap";
const char* world = "arn:aws:rds:us-east-1:999999999999:snapshot:world-snap";

TEST_F(rds_snapshots, lists_own_snapshots_unless_shared_or_public_are_included) {
  EXPECT_EQ(snapshots(), own_snapshots);
  json with_shared = own_snapshots;
  with_shared.push_back(partner);
  EXPECT_EQ(snapshots({{"IncludeShared", true}}), with_shared);
  json with_public = own_snapshots;
  with_public.push_back(world);
  EXPECT_EQ(snapshots({{"IncludePublic", true}}), with_public);
}

TEST_F(rds_snapshots, snapshot_type_selects_one_kind) {
  EXPECT_EQ(snapshots({{"SnapshotType", "manual"}}),
            json({"prod-db-manual", "legacy-public", "legacy-shared"}));
  EXPECT_EQ(snapshots({{"SnapshotType", "automated"}}), json({"rds:prod-db-2024-02-02-00-00"}));
  EXPECT_EQ(snapshots({{"SnapshotType", "awsbackup"}}), json({"awsbackup:job-1234"}));
  EXPECT_EQ(snapshots({{"SnapshotType", "shared"}}), json({partner}));
  // Public: other accounts' public snapshots and this account's own made public.
  EXPECT_EQ(snapshots({{"SnapshotType", "public"}}), json({"legacy-public", world}));
}

TEST_F(rds_snapshots, keeps_values_exact_and_drops_the_attributes_sub_document) {
  auto outcome = call("DescribeDBSnapshots", {{"DBSnapshotIdentifier", "legacy-public"}});
  ASSERT_FALSE(outcome.error);
  const json& snapshot = outcome.output["DBSnapshots"].at(0);
  EXPECT_EQ(snapshot["Encrypted"], false);
  EXPECT_FALSE(snapshot.contains("DBSnapshotAttributes"));
  outcome = call("DescribeDBSnapshots", {{"DBSnapshotIdentifier", "prod-db-manual"}});
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(outcome.output["DBSnapshots"][0]["AllocatedStorage"], 100);
  EXPECT_EQ(outcome.output["DBSnapshots"][0]["SnapshotCreateTime"], "2024-02-01T00:00:00Z");
}

TEST_F(rds_snapshots, finds_by_instance_snapshot_and_resource_id) {
  EXPECT_EQ(snapshots({{"DBInstanceIdentifier", "LEGACY-MYSQL"}}),
            json({"legacy-public", "legacy-shared"}));
  EXPECT_EQ(
      snapshots({{"DBInstanceIdentifier", "arn:aws:rds:us-east-1:123456789012:db:legacy-mysql"}}),
      json({"legacy-public", "legacy-shared"}));
  // An unknown instance lists nothing; it is not an error.
  EXPECT_EQ(snapshots({{"DBInstanceIdentifier", "nope"}}), json::array());
  EXPECT_EQ(snapshots({{"DBSnapshotIdentifier", "Prod-DB-Manual"}}), json({"prod-db-manual"}));
  EXPECT_EQ(
      snapshots({{"DBSnapshotIdentifier",
                  "arn:aws:rds:us-east-1:123456789012:snapshot:rds:prod-db-2024-02-02-00-00"}}),
      json({"rds:prod-db-2024-02-02-00-00"}));
  EXPECT_EQ(snapshots({{"DbiResourceId", "db-LEGACY"}}), json({"legacy-public", "legacy-shared"}));
}

TEST_F(rds_snapshots, unknown_snapshot_is_not_found_404) {
  expect_error("DescribeDBSnapshots", {{"DBSnapshotIdentifier", "nope"}}, "DBSnapshotNotFound",
               "DBSnapshot nope not found.", 404);
}

TEST_F(rds_snapshots, filters_by_each_documented_name) {
  EXPECT_EQ(snapshots({{"Filters", {filter("db-instance-id", {"legacy-mysql"})}}}),
            json({"legacy-public", "legacy-shared"}));
  EXPECT_EQ(
      snapshots({{"Filters", {filter("db-snapshot-id", {"legacy-shared", "prod-db-manual"})}}}),
      json({"prod-db-manual", "legacy-shared"}));
  EXPECT_EQ(snapshots({{"Filters", {filter("dbi-resource-id", {"db-LEGACY"})}}}),
            json({"legacy-public", "legacy-shared"}));
  EXPECT_EQ(snapshots({{"Filters", {filter("snapshot-type", {"automated", "awsbackup"})}}}),
            json({"rds:prod-db-2024-02-02-00-00", "awsbackup:job-1234"}));
  EXPECT_EQ(snapshots({{"Filters",
                        {filter("engine", {"mysql"}), filter("db-instance-id", {"prod-db"})}}}),
            json::array());
  expect_error("DescribeDBSnapshots", {{"Filters", {filter("db-cluster-id", {"x"})}}},
               "InvalidParameterValue", "Unrecognized filter name: db-cluster-id", 400);
}

TEST_F(rds_snapshots, attributes_default_to_private) {
  auto outcome = call("DescribeDBSnapshotAttributes", {{"DBSnapshotIdentifier", "prod-db-manual"}});
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.output, json::parse(R"({"DBSnapshotAttributesResult": {
      "DBSnapshotIdentifier": "prod-db-manual",
      "DBSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": []}]}})"));
}

TEST_F(rds_snapshots, attributes_come_from_the_sub_document) {
  auto outcome = call("DescribeDBSnapshotAttributes", {{"DBSnapshotIdentifier", "LEGACY-PUBLIC"}});
  ASSERT_FALSE(outcome.error);
  const json& result = outcome.output["DBSnapshotAttributesResult"];
  EXPECT_EQ(result["DBSnapshotIdentifier"], "legacy-public");
  EXPECT_EQ(result["DBSnapshotAttributes"],
            json::parse(R"([{"AttributeName": "restore", "AttributeValues": ["all"]}])"));
  outcome = call("DescribeDBSnapshotAttributes", {{"DBSnapshotIdentifier", "legacy-shared"}});
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(
      outcome.output["DBSnapshotAttributesResult"]["DBSnapshotAttributes"][0]["AttributeValues"],
      json({"210987654321"}));
  expect_error("DescribeDBSnapshotAttributes", {{"DBSnapshotIdentifier", "nope"}},
               "DBSnapshotNotFound", "DBSnapshot nope not found.", 404);
}

TEST_F(rds_snapshots, cluster_snapshots_list_find_and_filter) {
  EXPECT_EQ(cluster_snapshots(),
            json({"aurora-manual", "rds:aurora-cluster-2024-02-02-00-00", "analytics-final"}));
  EXPECT_EQ(cluster_snapshots({{"DBClusterIdentifier", "analytics"}}), json({"analytics-final"}));
  EXPECT_EQ(cluster_snapshots({{"DBClusterSnapshotIdentifier", "AURORA-MANUAL"}}),
            json({"aurora-manual"}));
  EXPECT_EQ(cluster_snapshots({{"SnapshotType", "automated"}}),
            json({"rds:aurora-cluster-2024-02-02-00-00"}));
  EXPECT_EQ(cluster_snapshots({{"SnapshotType", "public"}}), json({"aurora-manual"}));
  EXPECT_EQ(cluster_snapshots({{"Filters",
                                {filter("db-cluster-id", {"aurora-cluster"}),
                                 filter("snapshot-type", {"manual"})}}}),
            json({"aurora-manual"}));
  EXPECT_EQ(
      cluster_snapshots(
          {{"Filters",
            {filter("db-cluster-snapshot-id",
                    {"arn:aws:rds:us-east-1:123456789012:cluster-snapshot:aurora-manual"})}}}),
      json({"aurora-manual"}));
  EXPECT_EQ(cluster_snapshots({{"Filters", {filter("engine", {"aurora-postgresql"})}}}),
            json({"analytics-final"}));
  expect_error("DescribeDBClusterSnapshots", {{"Filters", {filter("db-instance-id", {"x"})}}},
               "InvalidParameterValue", "Unrecognized filter name: db-instance-id", 400);
}

TEST_F(rds_snapshots, cluster_snapshot_not_found_404) {
  expect_error("DescribeDBClusterSnapshots", {{"DBClusterSnapshotIdentifier", "nope"}},
               "DBClusterSnapshotNotFoundFault", "DBClusterSnapshot not found: nope", 404);
  expect_error("DescribeDBClusterSnapshotAttributes", {{"DBClusterSnapshotIdentifier", "nope"}},
               "DBClusterSnapshotNotFoundFault", "DBClusterSnapshot not found: nope", 404);
}

TEST_F(rds_snapshots, cluster_snapshot_attributes_default_and_stored) {
  auto outcome = call("DescribeDBClusterSnapshotAttributes",
                      {{"DBClusterSnapshotIdentifier", "analytics-final"}});
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.output, json::parse(R"({"DBClusterSnapshotAttributesResult": {
      "DBClusterSnapshotIdentifier": "analytics-final",
      "DBClusterSnapshotAttributes": [{"AttributeName": "restore", "AttributeValues": []}]}})"));
  outcome = call("DescribeDBClusterSnapshotAttributes",
                 {{"DBClusterSnapshotIdentifier", "aurora-manual"}});
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(outcome.output["DBClusterSnapshotAttributesResult"]["DBClusterSnapshotAttributes"],
            json::parse(R"([{"AttributeName": "restore", "AttributeValues": ["all"]}])"));
}

}  // namespace
}  // namespace hipaasim::testing
