// DynamoDB table calls through HTTP: listing and name-token paging, descriptions, backups,
// limits, tags and AWS's not-found errors.

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    dynamodb:
      Tables:
        - TableName: orders
          TableArn: arn:aws:dynamodb:us-east-1:123456789012:table/orders
          TableStatus: ACTIVE
          ItemCount: 42
          TableSizeBytes: 1234567890123
          ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 10, NumberOfDecreasesToday: 0}
          SSEDescription: {Status: ENABLED, SSEType: KMS,
                           KMSMasterKeyArn: "arn:aws:kms:us-east-1:123456789012:key/k1"}
          ContinuousBackupsDescription:
            ContinuousBackupsStatus: ENABLED
            PointInTimeRecoveryDescription:
              PointInTimeRecoveryStatus: ENABLED
              EarliestRestorableDateTime: 2026-10-01T00:00:00Z
          Tags: [{Key: env, Value: prod}, {Key: phi, Value: "true"}]
        - TableName: Audit
          TableStatus: ACTIVE
        - TableName: carts
          TableStatus: ACTIVE
          Tags: []
        - TableName: b-events
          TableStatus: ACTIVE
  eu-west-1:
    dynamodb:
      Tables:
        - {TableName: eu-table, TableStatus: ACTIVE}
      Limits: {AccountMaxReadCapacityUnits: 1000, TableMaxWriteCapacityUnits: 500}
)yaml";

class dynamodb : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  json ok(std::string_view operation, const json& input = json::object()) {
    auto outcome = client_.call("dynamodb", operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    return outcome.output;
  }
};

TEST_F(dynamodb, list_tables_returns_the_regions_names_in_byte_order) {
  // Byte order puts upper case first, as DynamoDB's own listing does.
  EXPECT_EQ(ok("ListTables")["TableNames"], json({"Audit", "b-events", "carts", "orders"}));
  EXPECT_FALSE(ok("ListTables").contains("LastEvaluatedTableName"));
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("ListTables")["TableNames"], json({"eu-table"}));
  client_.set_region("ap-south-1");
  EXPECT_EQ(ok("ListTables")["TableNames"], json::array());
}

TEST_F(dynamodb, list_tables_pages_by_the_last_table_name) {
  json seen = json::array();
  json input = {{"Limit", 3}};
  int pages = 0;
  for (; pages < 10; ++pages) {
    json page = ok("ListTables", input);
    for (const auto& name : page["TableNames"]) seen.push_back(name);
    if (!page.contains("LastEvaluatedTableName")) break;
    // The token is a plain table name: the last one of the page.
    EXPECT_EQ(page["LastEvaluatedTableName"], page["TableNames"].back());
    input["ExclusiveStartTableName"] = page["LastEvaluatedTableName"];
  }
  EXPECT_EQ(pages, 1);
  EXPECT_EQ(seen, json({"Audit", "b-events", "carts", "orders"}));
}

TEST_F(dynamodb, list_tables_starts_after_a_name_that_is_no_table) {
  // AWS starts after the name in sort order whether or not such a table exists.
  json page = ok("ListTables", {{"ExclusiveStartTableName", "bbb"}});
  EXPECT_EQ(page["TableNames"], json({"carts", "orders"}));
}

TEST_F(dynamodb, list_tables_starts_after_any_real_table_name) {
  json page = ok("ListTables", {{"ExclusiveStartTableName", "b-events"}, {"Limit", 1}});
  EXPECT_EQ(page["TableNames"], json({"carts"}));
  EXPECT_EQ(page["LastEvaluatedTableName"], "carts");
  page = ok("ListTables", {{"ExclusiveStartTableName", "carts"}});
  EXPECT_EQ(page["TableNames"], json({"orders"}));
  EXPECT_FALSE(page.contains("LastEvaluatedTableName"));
}

TEST_F(dynamodb, list_tables_rejects_limits_outside_1_to_100) {
  auto outcome = client_.call("dynamodb", "ListTables", {{"Limit", 101}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "ValidationException");
  EXPECT_EQ(outcome.http_status, 400u);
  EXPECT_EQ(outcome.error->message,
            "1 validation error detected: Value '101' at 'limit' failed to satisfy constraint: "
            "Member must have value less than or equal to 100");
  outcome = client_.call("dynamodb", "ListTables", {{"Limit", 0}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.http_status, 400u);
}

TEST(dynamodb_paging, list_tables_pages_100_names_by_default) {
  std::string yaml = "regions:\n  us-east-1:\n    dynamodb:\n      Tables:\n";
  for (int i = 0; i < 105; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "t%03d", 104 - i);  // declared in reverse order
    yaml += std::string("        - {TableName: ") + name + "}\n";
  }
  scenario_server server(yaml);
  aws_test_client client = server.client();
  auto first = client.call("dynamodb", "ListTables");
  ASSERT_FALSE(first.error);
  ASSERT_EQ(first.output["TableNames"].size(), 100u);
  EXPECT_EQ(first.output["TableNames"][0], "t000");
  EXPECT_EQ(first.output["LastEvaluatedTableName"], "t099");
  auto second = client.call("dynamodb", "ListTables",
                            {{"ExclusiveStartTableName", first.output["LastEvaluatedTableName"]}});
  ASSERT_FALSE(second.error);
  EXPECT_EQ(second.output["TableNames"], json({"t100", "t101", "t102", "t103", "t104"}));
  EXPECT_FALSE(second.output.contains("LastEvaluatedTableName"));
}

TEST_F(dynamodb, describe_table_returns_the_declared_description_by_name_or_arn) {
  json table = ok("DescribeTable", {{"TableName", "orders"}})["Table"];
  EXPECT_EQ(table["TableName"], "orders");
  EXPECT_EQ(table["ItemCount"], 42);
  EXPECT_EQ(table["TableSizeBytes"], 1234567890123LL);
  EXPECT_EQ(table["ProvisionedThroughput"]["WriteCapacityUnits"], 10);
  EXPECT_EQ(table["SSEDescription"]["SSEType"], "KMS");
  // Sub-documents served by other calls are not part of the description.
  EXPECT_FALSE(table.contains("Tags"));
  EXPECT_FALSE(table.contains("ContinuousBackupsDescription"));

  json by_arn = ok("DescribeTable", {{"TableName", "arn:aws:dynamodb:us-east-1:123456789012:table/orders"}});
  EXPECT_EQ(by_arn["Table"], table);
}

TEST_F(dynamodb, describe_table_derives_the_arn_when_the_scenario_omits_it) {
  json table = ok("DescribeTable", {{"TableName", "carts"}})["Table"];
  EXPECT_EQ(table["TableArn"], "arn:aws:dynamodb:us-east-1:123456789012:table/carts");
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("DescribeTable", {{"TableName", "eu-table"}})["Table"]["TableArn"],
            "arn:aws:dynamodb:eu-west-1:123456789012:table/eu-table");
}

TEST_F(dynamodb, describe_table_answers_resource_not_found) {
  for (std::string name : {"missing", "eu-table", "ORDERS"}) {
    auto outcome = client_.call("dynamodb", "DescribeTable", {{"TableName", name}});
    ASSERT_TRUE(outcome.error) << name;
    EXPECT_EQ(outcome.error->code, "ResourceNotFoundException");
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->message, "Requested resource not found: Table: " + name + " not found");
  }
}

TEST_F(dynamodb, describe_continuous_backups_returns_the_declared_description) {
  json out = ok("DescribeContinuousBackups", {{"TableName", "orders"}});
  EXPECT_EQ(out["ContinuousBackupsDescription"]["ContinuousBackupsStatus"], "ENABLED");
  json pitr = out["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"];
  EXPECT_EQ(pitr["PointInTimeRecoveryStatus"], "ENABLED");
  EXPECT_EQ(pitr["EarliestRestorableDateTime"], "2026-10-01T00:00:00Z");
}

TEST_F(dynamodb, describe_continuous_backups_defaults_to_pitr_disabled) {
  json out = ok("DescribeContinuousBackups", {{"TableName", "Audit"}});
  EXPECT_EQ(out, json({{"ContinuousBackupsDescription",
                        {{"ContinuousBackupsStatus", "ENABLED"},
                         {"PointInTimeRecoveryDescription", {{"PointInTimeRecoveryStatus", "DISABLED"}}}}}}));
  // By ARN too.
  EXPECT_EQ(ok("DescribeContinuousBackups",
               {{"TableName", "arn:aws:dynamodb:us-east-1:123456789012:table/Audit"}}), out);
}

TEST_F(dynamodb, describe_continuous_backups_answers_table_not_found) {
  auto outcome = client_.call("dynamodb", "DescribeContinuousBackups", {{"TableName", "missing"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "TableNotFoundException");
  EXPECT_EQ(outcome.http_status, 400u);
  EXPECT_EQ(outcome.error->message, "Table not found: missing");
}

TEST_F(dynamodb, describe_limits_answers_aws_defaults_or_the_declared_limits) {
  EXPECT_EQ(ok("DescribeLimits"), json({{"AccountMaxReadCapacityUnits", 80000},
                                        {"AccountMaxWriteCapacityUnits", 80000},
                                        {"TableMaxReadCapacityUnits", 40000},
                                        {"TableMaxWriteCapacityUnits", 40000}}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("DescribeLimits"), json({{"AccountMaxReadCapacityUnits", 1000},
                                        {"AccountMaxWriteCapacityUnits", 80000},
                                        {"TableMaxReadCapacityUnits", 40000},
                                        {"TableMaxWriteCapacityUnits", 500}}));
}

TEST_F(dynamodb, list_tags_of_resource_finds_the_table_by_arn) {
  EXPECT_EQ(ok("ListTagsOfResource", {{"ResourceArn", "arn:aws:dynamodb:us-east-1:123456789012:table/orders"}}),
            json({{"Tags", {{{"Key", "env"}, {"Value", "prod"}}, {{"Key", "phi"}, {"Value", "true"}}}}}));
  // A table without a declared ARN answers to its derived one; no tags read as an empty list.
  EXPECT_EQ(ok("ListTagsOfResource", {{"ResourceArn", "arn:aws:dynamodb:us-east-1:123456789012:table/Audit"}}),
            json({{"Tags", json::array()}}));
  EXPECT_EQ(ok("ListTagsOfResource", {{"ResourceArn", "arn:aws:dynamodb:us-east-1:123456789012:table/carts"}}),
            json({{"Tags", json::array()}}));
}

TEST_F(dynamodb, list_tags_of_resource_answers_resource_not_found) {
  for (std::string arn : {"arn:aws:dynamodb:us-east-1:123456789012:table/missing",
                          "arn:aws:dynamodb:eu-west-1:123456789012:table/eu-table", "orders"}) {
    auto outcome = client_.call("dynamodb", "ListTagsOfResource", {{"ResourceArn", arn}});
    ASSERT_TRUE(outcome.error) << arn;
    EXPECT_EQ(outcome.error->code, "ResourceNotFoundException");
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->message, "Requested resource not found: ResourcArn: " + arn + " not found");
  }
}

}  // namespace
}  // namespace hipaasim::testing
