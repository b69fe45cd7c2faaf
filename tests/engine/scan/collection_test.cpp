// Collection through HTTP: the scanner calls only what the selected rules read, and a resource
// whose configuration or documents could not be read is INSUFFICIENT_DATA, never judged.

#include <gtest/gtest.h>

#include "engine/scan/evaluator.hpp"
#include "engine/scan/scanner.hpp"
#include "tests/engine/client/client_test_support.hpp"

namespace engine {
namespace {

const char* account = R"yaml(
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    s3:
      Buckets:
        - {Name: phi-a, CreationDate: 2024-01-01T00:00:00Z}
        - {Name: phi-b, CreationDate: 2024-01-01T00:00:00Z, Policy: {Version: "2012-10-17", Statement: []}}
        - {Name: phi-c, CreationDate: 2024-01-01T00:00:00Z}
    dynamodb:
      Tables: [{TableName: orders}, {TableName: visits}]
)yaml";

struct scanned {
  inventory inv;
  client::client_stats stats;
};

scanned scan(const std::string& yaml, std::vector<std::string> rules) {
  hipaasim::testing::scenario_server server(yaml);
  client::aws_client aws(client::testing::fast_options(server.endpoint()));
  std::vector<rule_request> requests;
  for (auto& rule : rules) requests.push_back({rule, rule, {}});
  inventory inv = collect_inventory(aws, requests, {{"us-east-1"}, std::nullopt});
  return {std::move(inv), aws.stats()};
}

TEST(collection, calls_only_what_the_selected_rules_read) {
  auto only_tls = scan(account, {"S3_BUCKET_SSL_REQUESTS_ONLY"});
  // GetCallerIdentity, ListBuckets, then GetBucketLocation and GetBucketPolicy for each bucket.
  EXPECT_EQ(only_tls.stats.requests, 2u + 3u * 2u);
  auto buckets = only_tls.inv.items("AWS::S3::Bucket");
  ASSERT_EQ(buckets.size(), 3u);
  for (const auto* bucket : buckets) {
    EXPECT_TRUE(bucket->supplementary.count("Policy")) << bucket->resource_id;
    EXPECT_FALSE(bucket->supplementary.count("ServerSideEncryptionConfiguration"));
  }
  EXPECT_EQ(buckets[0]->supplement("Policy"), nullptr) << "no policy: an answer, recorded as none";
  EXPECT_NE(buckets[1]->supplement("Policy"), nullptr);
  EXPECT_TRUE(only_tls.inv.items("AWS::DynamoDB::Table").empty()) << "no rule read tables";

  auto both = scan(account, {"S3_BUCKET_SSL_REQUESTS_ONLY", "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"});
  EXPECT_EQ(both.stats.requests, 2u + 3u * 3u) << "each bucket's documents are read once";
}

TEST(collection, a_resource_whose_description_failed_is_insufficient_data) {
  std::string yaml = std::string(account) +
                     "faults:\n  - {service: dynamodb, operation: DescribeTable, code: AccessDeniedException}\n";
  auto result = scan(yaml, {"DYNAMODB_PITR_ENABLED"});
  auto tables = result.inv.items("AWS::DynamoDB::Table");
  ASSERT_EQ(tables.size(), 2u) << "the listing still names them";
  EXPECT_EQ(tables[0]->resource_id, "orders");
  auto verdicts = evaluate_pack(result.inv, {{"DYNAMODB_PITR_ENABLED", "dynamodb-pitr-enabled", {}}});
  ASSERT_EQ(verdicts.evaluations.size(), 2u);
  for (const auto& e : verdicts.evaluations) {
    EXPECT_EQ(e.result, compliance::insufficient_data) << e.resource_id;
    EXPECT_EQ(e.annotation.rfind("could not read the resource's configuration: dynamodb:DescribeTable", 0), 0u)
        << e.annotation;
  }
  EXPECT_EQ(result.stats.requests, 2u + 2u) << "no document is read for a resource that was not";
}

}  // namespace
}  // namespace engine
