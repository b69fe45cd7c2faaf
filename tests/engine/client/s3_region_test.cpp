// S3's wrong-region answers: the client re-signs for the bucket's region (from the
// x-amz-bucket-region header or the <Region> element), sends once more, and remembers the
// bucket's region for later calls.

#include <gtest/gtest.h>

#include "tests/engine/client/client_test_support.hpp"
#include "tests/support/fault_server.hpp"

namespace engine::client {
namespace {

using hipaasim::testing::canned_response;
using hipaasim::testing::fault_server;
using testing::fast_options;

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    s3:
      Buckets:
        - Name: phi-records
          CreationDate: 2024-01-10T12:00:00Z
          ServerSideEncryptionConfiguration:
            Rules: [{ApplyServerSideEncryptionByDefault: {SSEAlgorithm: AES256}}]
  eu-west-1:
    s3:
      Buckets:
        - Name: eu-archive
          CreationDate: 2023-05-05T00:00:00Z
          Versioning: {Status: Enabled}
)yaml";

const char* s3_xmlns = "http://s3.amazonaws.com/doc/2006-03-01/";

TEST(s3_region, a_bucket_in_another_region_is_read_there_after_one_redirect) {
  hipaasim::testing::scenario_server server(scenario);
  aws_client client(fast_options(server.endpoint()));
  call_result r = client.call("s3", "GetBucketEncryption", {{"Bucket", "phi-records"}}, "eu-west-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.output.at("ServerSideEncryptionConfiguration").at("Rules").at(0)
                .at("ApplyServerSideEncryptionByDefault").at("SSEAlgorithm"),
            "AES256");
  EXPECT_EQ(r.requests, 2u);
  EXPECT_EQ(r.attempts, 1u);
  EXPECT_EQ(client.stats().region_redirects, 1u);
  EXPECT_EQ(client.stats().retries, 0u);

  // The bucket's region is remembered: the next call goes there directly.
  call_result again = client.call("s3", "GetBucketAcl", {{"Bucket", "phi-records"}}, "eu-west-1");
  ASSERT_TRUE(again.ok()) << again.error->describe();
  EXPECT_EQ(again.requests, 1u);
  EXPECT_EQ(client.stats().region_redirects, 1u);
}

TEST(s3_region, head_bucket_follows_the_header_of_a_bodyless_redirect) {
  hipaasim::testing::scenario_server server(scenario);
  aws_client client(fast_options(server.endpoint()));
  call_result r = client.call("s3", "HeadBucket", {{"Bucket", "eu-archive"}}, "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.requests, 2u);
  call_result versioning =
      client.call("s3", "GetBucketVersioning", {{"Bucket", "eu-archive"}}, "us-east-1");
  ASSERT_TRUE(versioning.ok()) << versioning.error->describe();
  EXPECT_EQ(versioning.output.at("Status"), "Enabled");
  EXPECT_EQ(versioning.requests, 1u);
}

TEST(s3_region, authorization_header_malformed_names_the_region_to_sign_for) {
  canned_response malformed{
      400,
      "<Error><Code>AuthorizationHeaderMalformed</Code><Message>the region 'us-east-1' is wrong; "
      "expecting 'eu-central-1'</Message><Region>eu-central-1</Region></Error>",
      {{"content-type", "application/xml"}}, false};
  canned_response encryption{
      200,
      std::string("<ServerSideEncryptionConfiguration xmlns=\"") + s3_xmlns +
          "\"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm>"
          "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>",
      {{"content-type", "application/xml"}}, false};
  fault_server server({malformed}, encryption);
  aws_client client(fast_options(server.endpoint()));
  call_result r = client.call("s3", "GetBucketEncryption", {{"Bucket", "frankfurt"}}, "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  auto requests = server.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_NE(requests[0].header("authorization").find("/us-east-1/s3/aws4_request"), std::string_view::npos);
  EXPECT_NE(requests[1].header("authorization").find("/eu-central-1/s3/aws4_request"), std::string_view::npos);
  EXPECT_EQ(requests[1].target, "/frankfurt?encryption");
  EXPECT_FALSE(requests[1].header("x-amz-content-sha256").empty());
}

TEST(s3_region, a_second_redirect_is_not_followed) {
  canned_response redirect{
      301,
      "<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access "
      "must be addressed using the specified endpoint.</Message></Error>",
      {{"content-type", "application/xml"}, {"x-amz-bucket-region", "eu-west-2"}}, false};
  fault_server server({}, redirect);
  aws_client client(fast_options(server.endpoint()));
  call_result r = client.call("s3", "GetBucketPolicy", {{"Bucket", "loop"}}, "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "PermanentRedirect");
  EXPECT_EQ(r.error->http_status, 301u);
  EXPECT_EQ(r.error->kind, failure_kind::client_error);
  EXPECT_EQ(r.requests, 2u);
  EXPECT_EQ(server.request_count(), 2u);
}

}  // namespace
}  // namespace engine::client
