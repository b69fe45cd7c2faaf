// S3 buckets through HTTP: ListBuckets, HeadBucket, GetBucketLocation, GetBucketAcl, the
// missing bucket and the wrong-region redirect.

#include "mockaws/sigv4/sigv4.hpp"
#include "tests/mockaws/services/s3/s3_test_support.hpp"

namespace hipaasim::testing::s3 {
namespace {

const std::string default_owner_id = mockaws::sigv4::sha256_hex("mockaws canonical user 123456789012");

json names(const json& buckets) {
  json out = json::array();
  for (const auto& b : buckets) out.push_back(b["Name"]);
  return out;
}

using list_buckets = s3_test;

TEST_F(list_buckets, lists_every_region_sorted_by_name_from_any_region) {
  const json expected = {"analytics", "eu-archive", "legacy-eu", "marketing-site", "phi-records",
                         "raw-policy"};
  for (const char* region : {"us-east-1", "eu-west-1", "ap-south-1"}) {
    set_region(region);
    auto outcome = call("ListBuckets");
    ASSERT_FALSE(outcome.error) << region << ": " << outcome.error->message;
    EXPECT_EQ(names(outcome.output["Buckets"]), expected) << region;
  }
}

// Current SDKs page ListBuckets (botocore 1.35+): MaxBuckets, ContinuationToken, Prefix and
// BucketRegion, and read each bucket's BucketRegion, which AWS reports only when asked with one
// of those parameters.
TEST_F(list_buckets, pages_with_max_buckets_and_a_continuation_token) {
  json seen = json::array();
  json input = {{"MaxBuckets", 4}};
  int pages = 0;
  for (; pages < 5; ++pages) {
    auto outcome = call("ListBuckets", input);
    ASSERT_FALSE(outcome.error) << outcome.error->message;
    EXPECT_LE(outcome.output["Buckets"].size(), 4u);
    for (const auto& b : outcome.output["Buckets"]) {
      seen.push_back(b["Name"]);
      EXPECT_TRUE(b.contains("BucketRegion")) << b.dump();
    }
    if (!outcome.output.contains("ContinuationToken")) break;
    input["ContinuationToken"] = outcome.output["ContinuationToken"];
  }
  EXPECT_EQ(pages, 1);
  EXPECT_EQ(seen, json({"analytics", "eu-archive", "legacy-eu", "marketing-site", "phi-records",
                        "raw-policy"}));
  EXPECT_FALSE(call("ListBuckets").output["Buckets"][0].contains("BucketRegion"));
}

TEST_F(list_buckets, filters_by_prefix_and_region) {
  auto outcome = call("ListBuckets", {{"Prefix", "ra"}});
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(names(outcome.output["Buckets"]), json({"raw-policy"}));
  EXPECT_EQ(outcome.output["Prefix"], "ra");
  outcome = call("ListBuckets", {{"BucketRegion", "eu-west-1"}});
  ASSERT_FALSE(outcome.error);
  for (const auto& b : outcome.output["Buckets"]) EXPECT_EQ(b["BucketRegion"], "eu-west-1");
  EXPECT_FALSE(outcome.output["Buckets"].empty());
}

TEST_F(list_buckets, refuses_max_buckets_outside_1_to_10000) {
  for (int size : {0, 10001}) {
    auto outcome = call("ListBuckets", {{"MaxBuckets", size}});
    ASSERT_TRUE(outcome.error) << size;
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->code, "InvalidArgument");
  }
}

TEST_F(list_buckets, keeps_creation_dates_and_drops_sub_documents) {
  auto outcome = call("ListBuckets");
  ASSERT_FALSE(outcome.error);
  const json& analytics = outcome.output["Buckets"][0];
  EXPECT_EQ(analytics["CreationDate"], "2021-03-04T05:06:07Z");
  const json& phi = outcome.output["Buckets"][4];
  EXPECT_EQ(phi["Name"], "phi-records");
  EXPECT_FALSE(phi.contains("Policy"));
  EXPECT_FALSE(phi.contains("ServerSideEncryptionConfiguration"));
}

TEST_F(list_buckets, answers_a_default_owner_derived_from_the_account) {
  auto outcome = call("ListBuckets");
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(outcome.output["Owner"],
            json({{"DisplayName", "mockaws-123456789012"}, {"ID", default_owner_id}}));
  EXPECT_EQ(default_owner_id.size(), 64u);
}

TEST(list_buckets_owner, uses_the_owner_the_scenario_declares) {
  scenario_server server(R"yaml(
regions:
  us-east-1:
    s3: {Buckets: [{Name: b, CreationDate: 2024-01-01T00:00:00Z}]}
  us-west-2:
    s3:
      Owner: {DisplayName: clinic-admin, ID: 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be}
)yaml");
  auto client = server.client();
  auto outcome = client.call("s3", "ListBuckets");
  ASSERT_FALSE(outcome.error);
  json owner = {{"DisplayName", "clinic-admin"},
                {"ID", "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"}};
  EXPECT_EQ(outcome.output["Owner"], owner);
  auto acl = client.call("s3", "GetBucketAcl", {{"Bucket", "b"}});
  ASSERT_FALSE(acl.error);
  EXPECT_EQ(acl.output["Owner"], owner);
  EXPECT_EQ(acl.output["Grants"][0]["Grantee"]["ID"], owner["ID"]);
}

TEST(list_buckets_empty, answers_no_buckets_for_an_empty_account) {
  scenario_server server("account_id: \"123456789012\"\n");
  auto outcome = server.client().call("s3", "ListBuckets");
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(outcome.output.value("Buckets", json::array()), json::array());
}

TEST_F(list_buckets, writes_aws_xml) {
  auto response = raw("ListBuckets");
  ASSERT_EQ(response.status, 200u);
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("ListAllMyBucketsResult");
  ASSERT_TRUE(root) << response.body;
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  EXPECT_EQ(std::string(root.child("Owner").child_value("ID")), default_owner_id);
  auto first = root.child("Buckets").child("Bucket");
  EXPECT_STREQ(first.child_value("Name"), "analytics");
  // AWS writes "2021-03-04T05:06:07.000Z"; the shared codec drops zero milliseconds (same instant).
  EXPECT_EQ(std::string(first.child_value("CreationDate")).substr(0, 19), "2021-03-04T05:06:07");
}

using get_bucket_location = s3_test;

TEST_F(get_bucket_location, answers_an_empty_constraint_for_us_east_1) {
  EXPECT_EQ(output("GetBucketLocation", "phi-records"), json::object());
  auto response = raw("GetBucketLocation", {{"Bucket", "phi-records"}});
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("LocationConstraint");
  ASSERT_TRUE(root) << response.body;
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  EXPECT_STREQ(root.child_value(), "");
}

TEST_F(get_bucket_location, answers_the_region_of_other_buckets_from_any_region) {
  for (const char* region : {"us-east-1", "eu-west-1", "us-west-2"}) {
    set_region(region);
    EXPECT_EQ(output("GetBucketLocation", "eu-archive"), json({{"LocationConstraint", "eu-west-1"}}));
    EXPECT_EQ(output("GetBucketLocation", "analytics"), json({{"LocationConstraint", "us-west-2"}}));
    EXPECT_EQ(output("GetBucketLocation", "phi-records"), json::object());
  }
  auto response = raw("GetBucketLocation", {{"Bucket", "analytics"}});
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body));
  EXPECT_STREQ(doc.child("LocationConstraint").child_value(), "us-west-2");
}

TEST_F(get_bucket_location, keeps_a_legacy_eu_constraint) {
  EXPECT_EQ(output("GetBucketLocation", "legacy-eu"), json({{"LocationConstraint", "EU"}}));
}

using head_bucket = s3_test;

TEST_F(head_bucket, answers_200_with_no_body_for_a_bucket_of_the_region) {
  auto response = raw("HeadBucket", {{"Bucket", "marketing-site"}});
  EXPECT_EQ(response.status, 200u);
  EXPECT_EQ(response.body, "");
  set_region("eu-west-1");
  EXPECT_EQ(raw("HeadBucket", {{"Bucket", "eu-archive"}}).status, 200u);
}

TEST_F(head_bucket, names_the_bucket_region_in_a_header) {
  set_region("eu-west-1");
  auto response = raw("HeadBucket", {{"Bucket", "eu-archive"}});
  EXPECT_EQ(response.header("x-amz-bucket-region"), "eu-west-1");
  EXPECT_EQ(response.header("x-amz-access-point-alias"), "false");
  auto outcome = call("HeadBucket", {{"Bucket", "eu-archive"}});
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(outcome.output["BucketRegion"], "eu-west-1");
}

TEST_F(head_bucket, answers_a_bare_404_for_a_missing_bucket) {
  auto outcome = call("HeadBucket", {{"Bucket", "no-such-bucket"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.http_status, 404u);
  EXPECT_EQ(outcome.error->code, "404");
  EXPECT_EQ(raw("HeadBucket", {{"Bucket", "no-such-bucket"}}).body, "");
}

TEST_F(head_bucket, redirects_to_the_bucket_region) {
  set_region("eu-west-1");
  auto response = raw("HeadBucket", {{"Bucket", "phi-records"}});
  EXPECT_EQ(response.status, 301u);
  EXPECT_EQ(response.header("x-amz-bucket-region"), "us-east-1");
  EXPECT_EQ(response.body, "");
}

using wrong_region = s3_test;

TEST_F(wrong_region, answers_permanent_redirect_with_the_bucket_region) {
  set_region("eu-west-1");
  auto outcome = call("GetBucketEncryption", {{"Bucket", "phi-records"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.http_status, 301u);
  EXPECT_EQ(outcome.error->code, "PermanentRedirect");

  auto response = raw("GetBucketEncryption", {{"Bucket", "phi-records"}});
  EXPECT_EQ(response.header("x-amz-bucket-region"), "us-east-1");
  EXPECT_EQ(error_element(response, "Message"),
            "The bucket you are attempting to access must be addressed using the specified "
            "endpoint. Please send all future requests to this endpoint.");
  EXPECT_EQ(error_element(response, "Endpoint"), "phi-records.s3.amazonaws.com");
  EXPECT_EQ(error_element(response, "Bucket"), "phi-records");

  set_region("us-east-1");
  response = raw("GetBucketPolicy", {{"Bucket", "analytics"}});
  EXPECT_EQ(response.status, 301u);
  EXPECT_EQ(response.header("x-amz-bucket-region"), "us-west-2");
  EXPECT_EQ(error_element(response, "Endpoint"), "analytics.s3.us-west-2.amazonaws.com");
}

TEST_F(wrong_region, is_answered_before_a_missing_configuration) {
  // marketing-site has no encryption, but the region is checked first, as on AWS.
  set_region("us-west-2");
  auto outcome = call("GetBucketEncryption", {{"Bucket", "marketing-site"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "PermanentRedirect");
}

// Every bucket call answers NoSuchBucket (404, with <BucketName>) for a bucket of no region.
class missing_bucket : public s3_test, public ::testing::WithParamInterface<const char*> {};

TEST_P(missing_bucket, answers_no_such_bucket) {
  auto outcome = call(GetParam(), {{"Bucket", "no-such-bucket"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.http_status, 404u);
  EXPECT_EQ(outcome.error->code, "NoSuchBucket");
  EXPECT_EQ(outcome.error->message, "The specified bucket does not exist");
  auto response = raw(GetParam(), {{"Bucket", "no-such-bucket"}});
  EXPECT_EQ(error_element(response, "BucketName"), "no-such-bucket");
  EXPECT_EQ(response.header("x-amz-bucket-region"), "");
}

INSTANTIATE_TEST_SUITE_P(
    bucket_calls, missing_bucket,
    ::testing::Values("GetBucketLocation", "GetBucketAcl", "GetBucketEncryption", "GetBucketPolicy",
                      "GetPublicAccessBlock", "GetBucketVersioning", "GetBucketLogging",
                      "GetBucketLifecycleConfiguration", "GetBucketReplication",
                      "GetObjectLockConfiguration", "GetBucketNotificationConfiguration",
                      "GetBucketOwnershipControls"),
    [](const auto& test) { return std::string(test.param); });

using get_bucket_acl = s3_test;

TEST_F(get_bucket_acl, grants_the_owner_full_control_by_default) {
  json acl = output("GetBucketAcl", "marketing-site");
  json owner = {{"DisplayName", "mockaws-123456789012"}, {"ID", default_owner_id}};
  EXPECT_EQ(acl["Owner"], owner);
  json grantee = owner;
  grantee["Type"] = "CanonicalUser";
  EXPECT_EQ(acl["Grants"], json::array({{{"Grantee", grantee}, {"Permission", "FULL_CONTROL"}}}));
}

TEST_F(get_bucket_acl, serves_the_stored_grants_with_the_account_owner) {
  json acl = output("GetBucketAcl", "phi-records");
  EXPECT_EQ(acl["Owner"]["ID"], default_owner_id);
  ASSERT_EQ(acl["Grants"].size(), 1u);
  EXPECT_EQ(acl["Grants"][0]["Grantee"],
            json({{"Type", "Group"}, {"URI", "http://acs.amazonaws.com/groups/s3/LogDelivery"}}));
  EXPECT_EQ(acl["Grants"][0]["Permission"], "WRITE");
}

TEST_F(get_bucket_acl, writes_aws_xml_with_xsi_type) {
  auto response = raw("GetBucketAcl", {{"Bucket", "marketing-site"}});
  ASSERT_EQ(response.status, 200u);
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("AccessControlPolicy");
  ASSERT_TRUE(root) << response.body;
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  auto grantee = root.child("AccessControlList").child("Grant").child("Grantee");
  ASSERT_TRUE(grantee) << response.body;
  EXPECT_STREQ(grantee.attribute("xmlns:xsi").value(), "http://www.w3.org/2001/XMLSchema-instance");
  EXPECT_STREQ(grantee.attribute("xsi:type").value(), "CanonicalUser");
  EXPECT_EQ(std::string(grantee.child_value("ID")), default_owner_id);
  EXPECT_STREQ(root.child("AccessControlList").child("Grant").child_value("Permission"),
               "FULL_CONTROL");
}

}  // namespace
}  // namespace hipaasim::testing::s3
