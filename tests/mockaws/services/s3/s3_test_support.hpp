#pragma once
// The scenario the S3 tests share and helpers to read S3's raw XML answers.

#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing::s3 {

inline constexpr const char* xmlns = "http://s3.amazonaws.com/doc/2006-03-01/";

// Buckets in three regions; phi-records carries every configuration, marketing-site none.
inline constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    s3:
      Buckets:
        - Name: phi-records
          CreationDate: 2024-01-10T12:00:00Z
          ServerSideEncryptionConfiguration:
            Rules:
              - ApplyServerSideEncryptionByDefault:
                  SSEAlgorithm: aws:kms
                  KMSMasterKeyID: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
                BucketKeyEnabled: true
          Policy:
            Version: "2012-10-17"
            Statement:
              - Sid: DenyInsecureTransport
                Effect: Deny
                Principal: "*"
                Action: "s3:*"
                Resource: ["arn:aws:s3:::phi-records", "arn:aws:s3:::phi-records/*"]
                Condition: {Bool: {"aws:SecureTransport": "false"}}
          PublicAccessBlockConfiguration:
            {BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true,
             RestrictPublicBuckets: false}
          Versioning: {Status: Enabled, MFADelete: Disabled}
          LoggingEnabled: {TargetBucket: audit-logs, TargetPrefix: phi-records/}
          LifecycleConfiguration:
            Rules:
              - ID: expire-scratch
                Status: Enabled
                Filter: {Prefix: scratch/}
                Expiration: {Days: 30}
                NoncurrentVersionExpiration: {NoncurrentDays: 2190}
          ReplicationConfiguration:
            Role: arn:aws:iam::123456789012:role/s3-replication
            Rules:
              - ID: disaster-recovery
                Priority: 1
                Status: Enabled
                Filter: {Prefix: ""}
                Destination: {Bucket: "arn:aws:s3:::phi-records-dr", StorageClass: STANDARD_IA}
                DeleteMarkerReplication: {Status: Disabled}
          ObjectLockConfiguration:
            ObjectLockEnabled: Enabled
            Rule: {DefaultRetention: {Mode: COMPLIANCE, Years: 6}}
          NotificationConfiguration:
            TopicConfigurations:
              - Id: uploads
                TopicArn: arn:aws:sns:us-east-1:123456789012:uploads
                Events: ["s3:ObjectCreated:*"]
                Filter: {Key: {FilterRules: [{Name: prefix, Value: incoming/}]}}
          Acl:
            Grants:
              - Grantee: {Type: Group, URI: "http://acs.amazonaws.com/groups/s3/LogDelivery"}
                Permission: WRITE
          OwnershipControls:
            Rules: [{ObjectOwnership: BucketOwnerEnforced}]
        - Name: marketing-site
          CreationDate: 2023-05-20T08:00:00Z
        - Name: raw-policy
          CreationDate: 2023-06-01T00:00:00Z
          Policy: '{"Version": "2012-10-17", "Statement": []}'
  eu-west-1:
    s3:
      Buckets:
        - {Name: eu-archive, CreationDate: 2022-02-02T00:00:00Z}
        - {Name: legacy-eu, CreationDate: 2012-01-01T00:00:00Z, LocationConstraint: EU}
  us-west-2:
    s3:
      Buckets:
        - {Name: analytics, CreationDate: 2021-03-04T05:06:07Z}
)yaml";

// Serves `scenario`; calls go out signed for `region_` (us-east-1 unless a test changes it).
class s3_test : public ::testing::Test {
 protected:
  mockaws::protocol::call_outcome call(std::string_view operation, const json& input = json::object()) {
    return client_.call("s3", operation, input);
  }
  // The output of a call that must succeed.
  json output(std::string_view operation, std::string_view bucket) {
    auto outcome = call(operation, {{"Bucket", bucket}});
    EXPECT_FALSE(outcome.error) << operation << " " << bucket << ": " << outcome.error->code
                                << ": " << outcome.error->message;
    return outcome.output;
  }
  // The response as sent on the wire.
  mockaws::http::response raw(std::string_view operation, const json& input = json::object()) {
    return client_.send(client_.build("s3", operation, input));
  }
  void set_region(std::string region) { client_.set_region(std::move(region)); }

  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();
};

inline bool parse(pugi::xml_document& doc, const std::string& body) {
  return static_cast<bool>(doc.load_buffer(body.data(), body.size()));
}

// The text of <Error><name> in an S3 error body ("" when absent).
inline std::string error_element(const mockaws::http::response& response, const char* name) {
  pugi::xml_document doc;
  if (!parse(doc, response.body)) return "(not XML: " + response.body + ")";
  return doc.child("Error").child(name).child_value();
}

}  // namespace hipaasim::testing::s3
