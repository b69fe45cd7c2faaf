// S3 bucket configurations through HTTP: each Get's values when the sub-document is present,
// AWS's 404 or empty answer when it is absent, and the XML they travel in.

#include "tests/mockaws/services/s3/s3_test_support.hpp"

namespace hipaasim::testing::s3 {
namespace {

using bucket_configuration = s3_test;

TEST_F(bucket_configuration, encryption) {
  json out = output("GetBucketEncryption", "phi-records");
  const json& rule = out["ServerSideEncryptionConfiguration"]["Rules"][0];
  EXPECT_EQ(rule["ApplyServerSideEncryptionByDefault"],
            json({{"SSEAlgorithm", "aws:kms"},
                  {"KMSMasterKeyID",
                   "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"}}));
  EXPECT_EQ(rule["BucketKeyEnabled"], true);
}

TEST_F(bucket_configuration, policy_written_as_yaml_is_served_as_json) {
  json out = output("GetBucketPolicy", "phi-records");
  ASSERT_TRUE(out["Policy"].is_string());
  json policy = json::parse(out["Policy"].get<std::string>());
  EXPECT_EQ(policy["Version"], "2012-10-17");
  EXPECT_EQ(policy["Statement"][0]["Sid"], "DenyInsecureTransport");
  EXPECT_EQ(policy["Statement"][0]["Condition"]["Bool"]["aws:SecureTransport"], "false");
}

TEST_F(bucket_configuration, policy_written_as_a_string_is_served_byte_for_byte) {
  auto response = raw("GetBucketPolicy", {{"Bucket", "raw-policy"}});
  EXPECT_EQ(response.status, 200u);
  EXPECT_EQ(response.body, R"({"Version": "2012-10-17", "Statement": []})");
}

TEST_F(bucket_configuration, public_access_block) {
  json out = output("GetPublicAccessBlock", "phi-records");
  EXPECT_EQ(out["PublicAccessBlockConfiguration"],
            json({{"BlockPublicAcls", true}, {"IgnorePublicAcls", true},
                  {"BlockPublicPolicy", true}, {"RestrictPublicBuckets", false}}));
}

TEST_F(bucket_configuration, versioning) {
  EXPECT_EQ(output("GetBucketVersioning", "phi-records"),
            json({{"Status", "Enabled"}, {"MFADelete", "Disabled"}}));
  auto response = raw("GetBucketVersioning", {{"Bucket", "phi-records"}});
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("VersioningConfiguration");
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  EXPECT_STREQ(root.child_value("Status"), "Enabled");
  EXPECT_STREQ(root.child_value("MfaDelete"), "Disabled");  // the wire name differs
}

TEST_F(bucket_configuration, logging) {
  EXPECT_EQ(output("GetBucketLogging", "phi-records"),
            json({{"LoggingEnabled",
                   {{"TargetBucket", "audit-logs"}, {"TargetPrefix", "phi-records/"}}}}));
}

TEST_F(bucket_configuration, lifecycle) {
  json rules = output("GetBucketLifecycleConfiguration", "phi-records")["Rules"];
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0]["ID"], "expire-scratch");
  EXPECT_EQ(rules[0]["Status"], "Enabled");
  EXPECT_EQ(rules[0]["Filter"], json({{"Prefix", "scratch/"}}));
  EXPECT_EQ(rules[0]["Expiration"], json({{"Days", 30}}));
  EXPECT_EQ(rules[0]["NoncurrentVersionExpiration"], json({{"NoncurrentDays", 2190}}));
  // Rules are flattened: <LifecycleConfiguration><Rule>...</Rule></LifecycleConfiguration>.
  auto response = raw("GetBucketLifecycleConfiguration", {{"Bucket", "phi-records"}});
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("LifecycleConfiguration");
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  EXPECT_STREQ(root.child("Rule").child_value("ID"), "expire-scratch");
}

TEST_F(bucket_configuration, replication) {
  json config = output("GetBucketReplication", "phi-records")["ReplicationConfiguration"];
  EXPECT_EQ(config["Role"], "arn:aws:iam::123456789012:role/s3-replication");
  const json& rule = config["Rules"][0];
  EXPECT_EQ(rule["ID"], "disaster-recovery");
  EXPECT_EQ(rule["Priority"], 1);
  EXPECT_EQ(rule["Filter"], json({{"Prefix", ""}}));
  EXPECT_EQ(rule["Destination"],
            json({{"Bucket", "arn:aws:s3:::phi-records-dr"}, {"StorageClass", "STANDARD_IA"}}));
  EXPECT_EQ(rule["DeleteMarkerReplication"], json({{"Status", "Disabled"}}));
}

TEST_F(bucket_configuration, object_lock) {
  EXPECT_EQ(output("GetObjectLockConfiguration", "phi-records")["ObjectLockConfiguration"],
            json({{"ObjectLockEnabled", "Enabled"},
                  {"Rule", {{"DefaultRetention", {{"Mode", "COMPLIANCE"}, {"Years", 6}}}}}}));
}

TEST_F(bucket_configuration, notifications) {
  json out = output("GetBucketNotificationConfiguration", "phi-records");
  ASSERT_EQ(out["TopicConfigurations"].size(), 1u);
  const json& topic = out["TopicConfigurations"][0];
  EXPECT_EQ(topic["Id"], "uploads");
  EXPECT_EQ(topic["TopicArn"], "arn:aws:sns:us-east-1:123456789012:uploads");
  EXPECT_EQ(topic["Events"], json({"s3:ObjectCreated:*"}));
  EXPECT_EQ(topic["Filter"]["Key"]["FilterRules"],
            json::array({{{"Name", "prefix"}, {"Value", "incoming/"}}}));
  // Wire names differ from member names: <TopicConfiguration><Topic>, flattened <Event>.
  auto response = raw("GetBucketNotificationConfiguration", {{"Bucket", "phi-records"}});
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("NotificationConfiguration");
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  EXPECT_STREQ(root.child("TopicConfiguration").child_value("Topic"),
               "arn:aws:sns:us-east-1:123456789012:uploads");
  EXPECT_STREQ(root.child("TopicConfiguration").child_value("Event"), "s3:ObjectCreated:*");
}

TEST_F(bucket_configuration, ownership_controls) {
  EXPECT_EQ(output("GetBucketOwnershipControls", "phi-records")["OwnershipControls"],
            json({{"Rules", json::array({{{"ObjectOwnership", "BucketOwnerEnforced"}}})}}));
}

TEST_F(bucket_configuration, encryption_xml) {
  auto response = raw("GetBucketEncryption", {{"Bucket", "phi-records"}});
  ASSERT_EQ(response.status, 200u);
  EXPECT_EQ(response.header("content-type"), "application/xml");
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  auto root = doc.child("ServerSideEncryptionConfiguration");
  ASSERT_TRUE(root) << response.body;
  EXPECT_STREQ(root.attribute("xmlns").value(), xmlns);
  auto rule = root.child("Rule");
  EXPECT_STREQ(rule.child("ApplyServerSideEncryptionByDefault").child_value("SSEAlgorithm"),
               "aws:kms");
  EXPECT_STREQ(rule.child_value("BucketKeyEnabled"), "true");
}

// Absent configurations that AWS answers with an empty document.
TEST_F(bucket_configuration, absent_versioning_logging_and_notifications_are_empty) {
  EXPECT_EQ(output("GetBucketVersioning", "marketing-site"), json::object());
  EXPECT_EQ(output("GetBucketLogging", "marketing-site"), json::object());
  EXPECT_EQ(output("GetBucketNotificationConfiguration", "marketing-site"), json::object());
  for (auto [operation, root] : {std::pair{"GetBucketVersioning", "VersioningConfiguration"},
                                 std::pair{"GetBucketLogging", "BucketLoggingStatus"},
                                 std::pair{"GetBucketNotificationConfiguration",
                                           "NotificationConfiguration"}}) {
    auto response = raw(operation, {{"Bucket", "marketing-site"}});
    EXPECT_EQ(response.status, 200u) << operation;
    pugi::xml_document doc;
    ASSERT_TRUE(parse(doc, response.body)) << operation << ": " << response.body;
    auto element = doc.child(root);
    ASSERT_TRUE(element) << operation << ": " << response.body;
    EXPECT_STREQ(element.attribute("xmlns").value(), xmlns) << operation;
    EXPECT_FALSE(element.first_child()) << operation << ": " << response.body;
  }
}

// Absent configurations that AWS answers with a 404 of their own.
struct not_found_case {
  const char* operation;
  const char* code;
  const char* message;
};

class absent_configuration : public s3_test,
                             public ::testing::WithParamInterface<not_found_case> {};

TEST_P(absent_configuration, answers_aws_404) {
  const auto& expected = GetParam();
  auto outcome = call(expected.operation, {{"Bucket", "marketing-site"}});
  ASSERT_TRUE(outcome.error) << expected.operation;
  EXPECT_EQ(outcome.http_status, 404u);
  EXPECT_EQ(outcome.error->code, expected.code);
  EXPECT_EQ(outcome.error->message, expected.message);
  auto response = raw(expected.operation, {{"Bucket", "marketing-site"}});
  pugi::xml_document doc;
  ASSERT_TRUE(parse(doc, response.body)) << response.body;
  // S3's own envelope: <Error> at the root, no namespace, the bucket named.
  auto error = doc.child("Error");
  ASSERT_TRUE(error) << response.body;
  EXPECT_STREQ(error.child_value("Code"), expected.code);
  EXPECT_STREQ(error.child_value("BucketName"), "marketing-site");
  EXPECT_FALSE(error.child_value("RequestId")[0] == '\0');
}

INSTANTIATE_TEST_SUITE_P(
    gets, absent_configuration,
    ::testing::Values(
        not_found_case{"GetBucketEncryption", "ServerSideEncryptionConfigurationNotFoundError",
                       "The server side encryption configuration was not found"},
        not_found_case{"GetBucketPolicy", "NoSuchBucketPolicy", "The bucket policy does not exist"},
        not_found_case{"GetPublicAccessBlock", "NoSuchPublicAccessBlockConfiguration",
                       "The public access block configuration was not found"},
        not_found_case{"GetBucketLifecycleConfiguration", "NoSuchLifecycleConfiguration",
                       "The lifecycle configuration does not exist"},
        not_found_case{"GetBucketReplication", "ReplicationConfigurationNotFoundError",
                       "The replication configuration was not found"},
        not_found_case{"GetObjectLockConfiguration", "ObjectLockConfigurationNotFoundError",
                       "Object Lock configuration does not exist for this bucket"},
        not_found_case{"GetBucketOwnershipControls", "OwnershipControlsNotFoundError",
                       "The bucket ownership controls were not found"}),
    [](const auto& test) { return std::string(test.param.operation); });

TEST_F(bucket_configuration, is_served_in_the_bucket_region) {
  set_region("eu-west-1");
  // eu-archive has no policy: the 404 comes from its own region, not a redirect.
  auto outcome = call("GetBucketPolicy", {{"Bucket", "eu-archive"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "NoSuchBucketPolicy");
  EXPECT_EQ(output("GetBucketAcl", "eu-archive")["Grants"][0]["Permission"], "FULL_CONTROL");
}

}  // namespace
}  // namespace hipaasim::testing::s3
