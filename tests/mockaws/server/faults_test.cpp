// A scenario's `faults:` make mockaws answer with an AWS error instead of the handler's result:
// by operation, by whole service, by region; everything else is served as usual.

#include <gtest/gtest.h>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/scenario/scenario_writer.hpp"
#include "tests/support/aws_test_client.hpp"

namespace {

using hipaasim::testing::scenario_server;

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    s3:
      Buckets: [{Name: records}]
  us-west-2:
    dynamodb:
      Tables: [{TableName: t, KeySchema: [{AttributeName: id, KeyType: HASH}], AttributeDefinitions: [{AttributeName: id, AttributeType: S}]}]
faults:
  - {service: s3, operation: GetBucketPolicy, code: AccessDenied, message: not allowed}
  - {service: dynamodb, region: us-west-2, code: ServiceUnavailable}
  - {service: iam, code: Throttling, message: Rate exceeded}
)yaml";

TEST(faults, answer_the_matching_calls_with_the_declared_error) {
  scenario_server server(scenario);
  auto client = server.client();
  auto policy = client.call("s3", "GetBucketPolicy", {{"Bucket", "records"}});
  ASSERT_TRUE(policy.error);
  EXPECT_EQ(policy.error->code, "AccessDenied");
  EXPECT_EQ(policy.error->message, "not allowed");
  EXPECT_EQ(policy.http_status, 403u);
  EXPECT_FALSE(client.call("s3", "ListBuckets").error) << "other operations of the service still work";

  auto throttled = client.call("iam", "ListUsers");
  ASSERT_TRUE(throttled.error);
  EXPECT_EQ(throttled.error->code, "Throttling");
  EXPECT_EQ(throttled.http_status, 400u);

  client.set_region("us-west-2");
  auto down = client.call("dynamodb", "ListTables");
  ASSERT_TRUE(down.error);
  EXPECT_EQ(down.error->code, "ServiceUnavailable");
  EXPECT_EQ(down.http_status, 503u);
  client.set_region("us-east-1");
  EXPECT_FALSE(client.call("dynamodb", "ListTables").error) << "only in the region named";
}

TEST(faults, are_checked_and_survive_the_round_trip) {
  auto loaded = mockaws::scenario::load_text(scenario, "s.yaml");
  ASSERT_TRUE(loaded.store);
  auto again = mockaws::scenario::load_text(mockaws::scenario::write_scenario(*loaded.store), "w.yaml");
  ASSERT_TRUE(again.store) << (again.errors.empty() ? "" : again.errors[0].to_string());
  ASSERT_EQ(again.store->faults().size(), 3u);
  EXPECT_EQ(again.store->faults()[1].region, "us-west-2");
  EXPECT_EQ(again.store->faults()[1].status, 503);

  auto bad = mockaws::scenario::load_text(R"yaml(
faults:
  - {service: s4, code: AccessDenied}
  - {service: s3, operation: GetBucketPolicyy, code: AccessDenied}
  - {service: s3, status: 700, code: X}
  - {service: s3}
)yaml", "bad.yaml");
  ASSERT_EQ(bad.errors.size(), 4u);
  EXPECT_EQ(bad.errors[0].to_string(), "bad.yaml:3:15: unknown service 's4' (did you mean 's3'?)");
  EXPECT_EQ(bad.errors[1].to_string(),
            "bad.yaml:4:30: mockaws knows no operation GetBucketPolicyy of s3 (did you mean 'GetBucketPolicy'?)");
  EXPECT_EQ(bad.errors[2].to_string(), "bad.yaml:5:27: status must be an HTTP error status from 400 to 599, got '700'");
  EXPECT_EQ(bad.errors[3].to_string(), "bad.yaml:6:5: a fault needs code: the AWS error code to answer, such as AccessDenied");
}

}  // namespace
