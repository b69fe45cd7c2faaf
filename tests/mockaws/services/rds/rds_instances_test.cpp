// RDS DescribeDBInstances and DescribeDBClusters through HTTP (Query protocol).

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    rds:
      DBInstances:
        - DBInstanceIdentifier: prod-db
          DBInstanceArn: arn:aws:rds:us-east-1:123456789012:db:prod-db
          DbiResourceId: db-ABCDEFGHIJKLMNOP
          Engine: postgres
          EngineVersion: "15.4"
          DBInstanceClass: db.m6g.large
          StorageEncrypted: true
          PubliclyAccessible: false
          BackupRetentionPeriod: 7
          MultiAZ: true
          InstanceCreateTime: 2024-01-15T10:00:00Z
          DomainMemberships: [{Domain: d-1234567890, Status: joined}]
          EnabledCloudwatchLogsExports: [postgresql, upgrade]
        - DBInstanceIdentifier: aurora-1
          DBInstanceArn: arn:aws:rds:us-east-1:123456789012:db:aurora-1
          DBClusterIdentifier: aurora-cluster
          DbiResourceId: db-AURORA1
          Engine: aurora-mysql
          StorageEncrypted: false
        - DBInstanceIdentifier: legacy-mysql
          DbiResourceId: db-LEGACY
          Engine: mysql
          PubliclyAccessible: true
      DBClusters:
        - DBClusterIdentifier: aurora-cluster
          DBClusterArn: arn:aws:rds:us-east-1:123456789012:cluster:aurora-cluster
          DbClusterResourceId: cluster-ABC
          Engine: aurora-mysql
          DeletionProtection: true
          MultiAZ: true
          CloneGroupId: clone-1
          DBClusterMembers: [{DBInstanceIdentifier: aurora-1, IsClusterWriter: true}]
        - DBClusterIdentifier: analytics
          DBClusterArn: arn:aws:rds:us-east-1:123456789012:cluster:analytics
          DbClusterResourceId: cluster-XYZ
          Engine: aurora-postgresql
          DeletionProtection: false
          DomainMemberships: [{Domain: d-99, Status: joined}]
  eu-west-1:
    rds:
      DBInstances:
        - {DBInstanceIdentifier: eu-db, Engine: mysql}
)yaml";

json filter(const char* name, json values) {
  return {{"Name", name}, {"Values", std::move(values)}};
}

class rds_test : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  mockaws::protocol::call_outcome call(const char* operation, const json& input) {
    return client_.call("rds", operation, input);
  }
  // The identifiers `member` of each item of `list` a successful call returns.
  json ids(const char* operation, const json& input, const char* list, const char* member) {
    auto outcome = call(operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    json out = json::array();
    for (const auto& item : outcome.output.value(list, json::array())) out.push_back(item[member]);
    return out;
  }
  json instances(const json& input = json::object()) {
    return ids("DescribeDBInstances", input, "DBInstances", "DBInstanceIdentifier");
  }
  json clusters(const json& input = json::object()) {
    return ids("DescribeDBClusters", input, "DBClusters", "DBClusterIdentifier");
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

TEST_F(rds_test, describe_db_instances_lists_the_region_in_state_order) {
  EXPECT_EQ(instances(), json({"prod-db", "aurora-1", "legacy-mysql"}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(instances(), json({"eu-db"}));
  client_.set_region("ap-south-1");
  EXPECT_EQ(instances(), json::array());
}

TEST_F(rds_test, describe_db_instances_keeps_values_exact) {
  auto outcome = call("DescribeDBInstances", {{"DBInstanceIdentifier", "prod-db"}});
  ASSERT_FALSE(outcome.error);
  const json& db = outcome.output["DBInstances"].at(0);
  EXPECT_EQ(db["StorageEncrypted"], true);
  EXPECT_EQ(db["PubliclyAccessible"], false);
  EXPECT_EQ(db["BackupRetentionPeriod"], 7);
  EXPECT_EQ(db["EngineVersion"], "15.4");
  EXPECT_EQ(db["InstanceCreateTime"], "2024-01-15T10:00:00Z");
  EXPECT_EQ(db["DomainMemberships"],
            json::parse(R"([{"Domain":"d-1234567890","Status":"joined"}])"));
  EXPECT_EQ(db["EnabledCloudwatchLogsExports"], json({"postgresql", "upgrade"}));
  EXPECT_FALSE(outcome.output.contains("Marker"));
}

TEST_F(rds_test, describe_db_instances_finds_by_identifier_any_case_or_arn) {
  EXPECT_EQ(instances({{"DBInstanceIdentifier", "PROD-DB"}}), json({"prod-db"}));
  EXPECT_EQ(instances({{"DBInstanceIdentifier", "arn:aws:rds:us-east-1:123456789012:db:aurora-1"}}),
            json({"aurora-1"}));
}

TEST_F(rds_test, describe_db_instances_unknown_identifier_is_not_found_404) {
  expect_error("DescribeDBInstances", {{"DBInstanceIdentifier", "nope"}}, "DBInstanceNotFound",
               "DBInstance nope not found.", 404);
  // An ARN of another resource type names no instance.
  expect_error("DescribeDBInstances",
               {{"DBInstanceIdentifier", "arn:aws:rds:us-east-1:123456789012:cluster:prod-db"}},
               "DBInstanceNotFound",
               "DBInstance arn:aws:rds:us-east-1:123456789012:cluster:prod-db not found.", 404);
  // An existing instance the filters exclude is not found either.
  expect_error("DescribeDBInstances",
               {{"DBInstanceIdentifier", "prod-db"}, {"Filters", {filter("engine", {"mysql"})}}},
               "DBInstanceNotFound", "DBInstance prod-db not found.", 404);
}

TEST_F(rds_test, describe_db_instances_filters_by_each_documented_name) {
  EXPECT_EQ(instances({{"Filters", {filter("engine", {"mysql", "postgres"})}}}),
            json({"prod-db", "legacy-mysql"}));
  EXPECT_EQ(instances({{"Filters", {filter("db-instance-id", {"legacy-mysql", "nope"})}}}),
            json({"legacy-mysql"}));
  EXPECT_EQ(
      instances({{"Filters",
                  {filter("db-instance-id", {"arn:aws:rds:us-east-1:123456789012:db:prod-db"})}}}),
      json({"prod-db"}));
  EXPECT_EQ(instances({{"Filters", {filter("db-cluster-id", {"aurora-cluster"})}}}),
            json({"aurora-1"}));
  EXPECT_EQ(instances({{"Filters",
                        {filter("db-cluster-id",
                                {"arn:aws:rds:us-east-1:123456789012:cluster:aurora-cluster"})}}}),
            json({"aurora-1"}));
  EXPECT_EQ(instances({{"Filters", {filter("dbi-resource-id", {"db-LEGACY"})}}}),
            json({"legacy-mysql"}));
  EXPECT_EQ(instances({{"Filters", {filter("domain", {"d-1234567890"})}}}), json({"prod-db"}));
}

TEST_F(rds_test, describe_db_instances_ands_filters_and_ors_values) {
  json both = {filter("engine", {"mysql", "postgres"}),
               filter("db-instance-id", {"prod-db", "aurora-1"})};
  EXPECT_EQ(instances({{"Filters", both}}), json({"prod-db"}));
  EXPECT_EQ(instances({{"Filters", {filter("engine", {"oracle-ee"})}}}), json::array());
}

TEST_F(rds_test, describe_db_instances_rejects_an_undocumented_filter_name) {
  expect_error("DescribeDBInstances", {{"Filters", {filter("DBInstanceStatus", {"available"})}}},
               "InvalidParameterValue", "Unrecognized filter name: DBInstanceStatus", 400);
  // db-snapshot-id belongs to DescribeDBSnapshots, not here.
  expect_error("DescribeDBInstances", {{"Filters", {filter("db-snapshot-id", {"x"})}}},
               "InvalidParameterValue", "Unrecognized filter name: db-snapshot-id", 400);
}

TEST_F(rds_test, describe_calls_enforce_max_records_between_20_and_100) {
  for (const char* operation : {"DescribeDBInstances", "DescribeDBClusters", "DescribeDBSnapshots",
                                "DescribeDBClusterSnapshots"}) {
    SCOPED_TRACE(operation);
    expect_error(operation, {{"MaxRecords", 19}}, "InvalidParameterValue",
                 "Invalid value 19 for MaxRecords. Must be between 20 and 100", 400);
    expect_error(operation, {{"MaxRecords", 101}}, "InvalidParameterValue",
                 "Invalid value 101 for MaxRecords. Must be between 20 and 100", 400);
    EXPECT_FALSE(call(operation, {{"MaxRecords", 20}}).error);
    EXPECT_FALSE(call(operation, {{"MaxRecords", 100}}).error);
  }
}

TEST_F(rds_test, describe_db_clusters_lists_finds_and_filters) {
  EXPECT_EQ(clusters(), json({"aurora-cluster", "analytics"}));
  EXPECT_EQ(clusters({{"DBClusterIdentifier", "Analytics"}}), json({"analytics"}));
  EXPECT_EQ(clusters({{"DBClusterIdentifier",
                       "arn:aws:rds:us-east-1:123456789012:cluster:aurora-cluster"}}),
            json({"aurora-cluster"}));
  EXPECT_EQ(clusters({{"Filters", {filter("engine", {"aurora-postgresql"})}}}),
            json({"analytics"}));
  EXPECT_EQ(clusters({{"Filters", {filter("db-cluster-id", {"aurora-cluster"})}}}),
            json({"aurora-cluster"}));
  EXPECT_EQ(clusters({{"Filters", {filter("clone-group-id", {"clone-1"})}}}),
            json({"aurora-cluster"}));
  EXPECT_EQ(clusters({{"Filters", {filter("db-cluster-resource-id", {"cluster-XYZ"})}}}),
            json({"analytics"}));
  EXPECT_EQ(clusters({{"Filters", {filter("domain", {"d-99"})}}}), json({"analytics"}));
  EXPECT_EQ(clusters({{"IncludeShared", true}}), json({"aurora-cluster", "analytics"}));
}

TEST_F(rds_test, describe_db_clusters_keeps_values_exact) {
  auto outcome = call("DescribeDBClusters", {{"DBClusterIdentifier", "aurora-cluster"}});
  ASSERT_FALSE(outcome.error);
  const json& cluster = outcome.output["DBClusters"].at(0);
  EXPECT_EQ(cluster["DeletionProtection"], true);
  EXPECT_EQ(cluster["MultiAZ"], true);
  EXPECT_EQ(cluster["DBClusterMembers"],
            json::parse(R"([{"DBInstanceIdentifier":"aurora-1","IsClusterWriter":true}])"));
}

TEST_F(rds_test, describe_db_clusters_errors) {
  expect_error("DescribeDBClusters", {{"DBClusterIdentifier", "nope"}}, "DBClusterNotFoundFault",
               "DBCluster nope not found.", 404);
  expect_error("DescribeDBClusters", {{"Filters", {filter("db-instance-id", {"x"})}}},
               "InvalidParameterValue", "Unrecognized filter name: db-instance-id", 400);
}

// A region with `count` instances db-00, db-01, ...
std::string many_instances(int count) {
  std::string yaml = "regions:\n  us-east-1:\n    rds:\n      DBInstances:\n";
  for (int i = 0; i < count; ++i) {
    std::string id = (i < 10 ? "db-0" : "db-") + std::to_string(i);
    yaml += "        - {DBInstanceIdentifier: " + id + ", Engine: postgres}\n";
  }
  return yaml;
}

TEST(rds_paging, max_records_20_walks_45_instances_exactly_once) {
  scenario_server server(many_instances(45));
  aws_test_client client = server.client();
  std::vector<std::size_t> page_sizes;
  std::multiset<std::string> seen;
  json input = {{"MaxRecords", 20}};
  for (int page = 0; page < 10; ++page) {
    auto outcome = client.call("rds", "DescribeDBInstances", input);
    ASSERT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    page_sizes.push_back(outcome.output["DBInstances"].size());
    for (const auto& db : outcome.output["DBInstances"])
      seen.insert(db["DBInstanceIdentifier"].get<std::string>());
    if (!outcome.output.contains("Marker")) break;
    input["Marker"] = outcome.output["Marker"];
  }
  EXPECT_EQ(page_sizes, (std::vector<std::size_t>{20, 20, 5}));
  EXPECT_EQ(seen.size(), 45u);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 45u);
}

TEST(rds_paging, default_page_is_100_records) {
  scenario_server server(many_instances(105));
  aws_test_client client = server.client();
  auto first = client.call("rds", "DescribeDBInstances");
  ASSERT_FALSE(first.error);
  EXPECT_EQ(first.output["DBInstances"].size(), 100u);
  ASSERT_TRUE(first.output.contains("Marker"));
  auto second = client.call("rds", "DescribeDBInstances", {{"Marker", first.output["Marker"]}});
  ASSERT_FALSE(second.error);
  ASSERT_EQ(second.output["DBInstances"].size(), 5u);
  EXPECT_EQ(second.output["DBInstances"][4]["DBInstanceIdentifier"], "db-104");
  EXPECT_FALSE(second.output.contains("Marker"));
}

TEST(rds_paging, a_marker_it_did_not_issue_is_rejected) {
  scenario_server server(many_instances(3));
  auto outcome = server.client().call("rds", "DescribeDBInstances", {{"Marker", "forged"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.http_status, 400u);
}

}  // namespace
}  // namespace hipaasim::testing
