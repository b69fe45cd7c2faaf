// Rules on data at rest and resource policies: S3 encryption and TLS, EBS, RDS, DynamoDB, Lambda.

#include <gtest/gtest.h>

#include "engine/rules/kms_key.hpp"
#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

configuration_item bucket(const std::string& name, std::optional<json> encryption, std::optional<json> policy) {
  auto b = item("AWS::S3::Bucket", name, {{"Name", name}}, "us-east-1", name);
  if (encryption) b.supplementary["ServerSideEncryptionConfiguration"] = *encryption;
  if (policy) b.supplementary["Policy"] = *policy;
  return b;
}

json deny_http(const std::string& resource, const std::string& also = "") {
  json resources = json::array({resource});
  if (!also.empty()) resources.push_back(also);
  return {{"Version", "2012-10-17"},
          {"Statement", json::array({{{"Effect", "Deny"}, {"Principal", "*"}, {"Action", "s3:*"},
                                      {"Resource", resources},
                                      {"Condition", {{"Bool", {{"aws:SecureTransport", "false"}}}}}}})}};
}

TEST(s3_bucket_server_side_encryption_enabled, default_encryption_or_a_policy_requiring_it) {
  inventory inv = make_inventory();
  inv.add(bucket("kms", json{{"Rules", {{{"ApplyServerSideEncryptionByDefault", {{"SSEAlgorithm", "aws:kms"}}}}}}}, {}));
  json require_sse = {{"Statement", {{{"Effect", "Deny"}, {"Principal", "*"}, {"Action", "s3:PutObject"},
                                      {"Resource", "arn:aws:s3:::by-policy/*"},
                                      {"Condition", {{"Null", {{"s3:x-amz-server-side-encryption", "true"}}}}}}}}};
  inv.add(bucket("by-policy", {}, require_sse));
  inv.add(bucket("plain", {}, {}));
  auto e = run(inv, "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[0].annotation, "default encryption aws:kms");
  EXPECT_EQ(e[1].result, compliance::compliant);
  EXPECT_EQ(e[2].result, compliance::non_compliant);
}

TEST(s3_bucket_ssl_requests_only, needs_a_deny_of_insecure_transport_on_the_bucket_and_its_objects) {
  inventory inv = make_inventory();
  inv.add(bucket("tls", {}, deny_http("arn:aws:s3:::tls", "arn:aws:s3:::tls/*")));
  inv.add(bucket("as-text", {}, json(deny_http("arn:aws:s3:::as-text", "arn:aws:s3:::as-text/*").dump())));  // AWS returns text
  inv.add(bucket("bucket-only", {}, deny_http("arn:aws:s3:::bucket-only")));
  inv.add(bucket("objects-only", {}, deny_http("arn:aws:s3:::objects-only/*")));
  inv.add(bucket("no-policy", {}, {}));
  inv.add(bucket("broken", {}, json("{\"Statement\": [")));
  auto e = run(inv, "S3_BUCKET_SSL_REQUESTS_ONLY");
  ASSERT_EQ(e.size(), 6u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::compliant);
  EXPECT_EQ(e[2].result, compliance::non_compliant) << "a deny on the bucket alone leaves objects over HTTP";
  EXPECT_EQ(e[3].result, compliance::non_compliant) << "a deny on the objects alone leaves the bucket over HTTP";
  EXPECT_EQ(e[3].annotation,
            "the bucket policy does not deny every request without TLS: no statement denies s3:GetObject on "
            "arn:aws:s3:::objects-only by an anonymous caller (aws:securetransport=false)");
  EXPECT_EQ(e[4].annotation, "no bucket policy, so plain HTTP requests are allowed");
  EXPECT_EQ(e[5].result, compliance::insufficient_data);
  EXPECT_EQ(e[5].annotation, "the bucket policy cannot be read: the policy is not valid JSON");
}

TEST(s3_bucket_versioning_enabled, enabled_only_and_mfa_delete_when_asked) {
  inventory inv = make_inventory();
  auto versioned = [&](const std::string& name, std::optional<json> versioning) {
    auto b = bucket(name, std::nullopt, std::nullopt);
    b.supplementary["Versioning"] = versioning ? *versioning : json::object();
    return b;
  };
  inv.add(versioned("enabled", json{{"Status", "Enabled"}}));
  inv.add(versioned("mfa", json{{"Status", "Enabled"}, {"MFADelete", "Enabled"}}));
  inv.add(versioned("suspended", json{{"Status", "Suspended"}, {"MFADelete", "Enabled"}}));
  inv.add(versioned("never", std::nullopt));
  auto denied = bucket("denied", std::nullopt, std::nullopt);
  denied.unreadable["Versioning"] = "s3:GetBucketVersioning: AccessDenied (403)";
  inv.add(denied);
  auto v = run(inv, "S3_BUCKET_VERSIONING_ENABLED");
  ASSERT_EQ(v.size(), 5u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_EQ(v[2].annotation, "versioning is Suspended");
  EXPECT_EQ(v[3].result, compliance::non_compliant);
  EXPECT_EQ(v[3].annotation, "versioning was never enabled");
  EXPECT_EQ(v[4].result, compliance::insufficient_data);
  auto mfa = run(inv, "S3_BUCKET_VERSIONING_ENABLED", {{"isMfaDeleteEnabled", "TRUE"}});
  EXPECT_EQ(mfa[0].result, compliance::non_compliant);
  EXPECT_EQ(mfa[1].result, compliance::compliant);
  EXPECT_EQ(run(inv, "S3_BUCKET_VERSIONING_ENABLED", {{"isMfaDeleteEnabled", "false"}})[0].result, compliance::compliant);
}

TEST(s3_bucket_default_lock_enabled, object_lock_and_the_default_mode_when_asked) {
  inventory inv = make_inventory();
  auto locked = [&](const std::string& name, json lock) {
    auto b = bucket(name, std::nullopt, std::nullopt);
    b.supplementary["ObjectLockConfiguration"] = std::move(lock);
    return b;
  };
  inv.add(locked("governance", {{"ObjectLockEnabled", "Enabled"},
                                {"Rule", {{"DefaultRetention", {{"Mode", "GOVERNANCE"}, {"Days", 30}}}}}}));
  inv.add(locked("no-default", {{"ObjectLockEnabled", "Enabled"}}));
  inv.add(locked("none", json()));  // ObjectLockConfigurationNotFoundError
  auto denied = bucket("denied", std::nullopt, std::nullopt);
  denied.unreadable["ObjectLockConfiguration"] = "s3:GetObjectLockConfiguration: AccessDenied (403)";
  inv.add(denied);
  auto v = run(inv, "S3_BUCKET_DEFAULT_LOCK_ENABLED");
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_EQ(v[3].result, compliance::insufficient_data);
  auto governance = run(inv, "S3_BUCKET_DEFAULT_LOCK_ENABLED", {{"mode", "governance"}});
  EXPECT_EQ(governance[0].result, compliance::compliant) << "modes in any case";
  EXPECT_EQ(governance[1].result, compliance::non_compliant) << "no default retention";
  auto strict = run(inv, "S3_BUCKET_DEFAULT_LOCK_ENABLED", {{"mode", "COMPLIANCE"}});
  EXPECT_EQ(strict[0].result, compliance::non_compliant);
  EXPECT_NE(strict[0].annotation.find("GOVERNANCE, not COMPLIANCE"), std::string::npos) << strict[0].annotation;
}

TEST(encrypted_volumes, judges_attached_volumes_only) {
  inventory inv = make_inventory();
  inv.add(item("AWS::EC2::Volume", "vol-1", {{"State", "in-use"}, {"Encrypted", true}}));
  inv.add(item("AWS::EC2::Volume", "vol-2", {{"State", "in-use"}, {"Encrypted", false}}));
  inv.add(item("AWS::EC2::Volume", "vol-3", {{"State", "available"}, {"Encrypted", false}}));
  auto e = run(inv, "ENCRYPTED_VOLUMES");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[2].result, compliance::not_applicable);
}

TEST(rds_storage_encrypted, reads_storage_encrypted) {
  inventory inv = make_inventory();
  inv.add(item("AWS::RDS::DBInstance", "ehr", {{"StorageEncrypted", true}}));
  inv.add(item("AWS::RDS::DBInstance", "legacy", json::object()));  // absent: AWS's default, false
  auto e = run(inv, "RDS_STORAGE_ENCRYPTED");
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
}

TEST(efs_encrypted_check, needs_encryption_and_the_named_key_when_one_is_named) {
  const std::string key = "arn:aws:kms:us-east-1:111122223333:key/0a1b2c3d-0000-4000-8000-00000000b001";
  inventory inv = make_inventory();
  inv.add(item("AWS::EFS::FileSystem", "fs-1", {{"Encrypted", true}, {"KmsKeyId", key}}));
  inv.add(item("AWS::EFS::FileSystem", "fs-2", json::object()));  // absent: the API's default, false
  inv.add(item("AWS::EFS::FileSystem", "fs-3",
               {{"Encrypted", true}, {"KmsKeyId", "arn:aws:kms:us-east-1:111122223333:key/other"}}));
  auto any_key = run(inv, "EFS_ENCRYPTED_CHECK");
  ASSERT_EQ(any_key.size(), 3u);
  EXPECT_EQ(any_key[0].result, compliance::compliant);
  EXPECT_EQ(any_key[1].result, compliance::non_compliant);
  EXPECT_EQ(any_key[1].annotation, "the file system is not encrypted");
  EXPECT_EQ(any_key[2].result, compliance::compliant) << "no KmsKeyId parameter: any KMS key will do";
  // The parameter takes the key's ARN or its id.
  for (const std::string& wanted : {key, std::string("0a1b2c3d-0000-4000-8000-00000000b001")}) {
    auto named = run(inv, "EFS_ENCRYPTED_CHECK", {{"KmsKeyId", wanted}});
    EXPECT_EQ(named[0].result, compliance::compliant) << wanted;
    EXPECT_EQ(named[2].result, compliance::non_compliant) << wanted;
  }
}

TEST(same_kms_key, compares_ids_and_arns_as_aws_names_keys) {
  const std::string arn = "arn:aws:kms:us-east-1:111122223333:key/k-1";
  EXPECT_TRUE(rules::same_kms_key(arn, arn));
  EXPECT_TRUE(rules::same_kms_key("k-1", arn));
  EXPECT_TRUE(rules::same_kms_key(arn, "k-1"));
  EXPECT_FALSE(rules::same_kms_key("k-2", arn));
  EXPECT_FALSE(rules::same_kms_key(arn, "arn:aws:kms:eu-west-1:111122223333:key/k-1")) << "another region's key";
  EXPECT_FALSE(rules::same_kms_key("", ""));
}

TEST(dynamodb_pitr_enabled, reads_continuous_backups) {
  inventory inv = make_inventory();
  auto on = item("AWS::DynamoDB::Table", "on", json::object());
  on.supplementary["ContinuousBackupsDescription"] = {
      {"PointInTimeRecoveryDescription", {{"PointInTimeRecoveryStatus", "ENABLED"}}}};
  auto off = item("AWS::DynamoDB::Table", "off", json::object());
  off.supplementary["ContinuousBackupsDescription"] = {
      {"PointInTimeRecoveryDescription", {{"PointInTimeRecoveryStatus", "DISABLED"}}}};
  inv.add(on);
  inv.add(off);
  auto e = run(inv, "DYNAMODB_PITR_ENABLED");
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[1].annotation, "point-in-time recovery is DISABLED");
}

configuration_item function(const std::string& name, std::optional<json> policy) {
  auto f = item("AWS::Lambda::Function", name, {{"FunctionName", name}});
  f.arn = "arn:aws:lambda:us-east-1:123456789012:function:" + name;
  if (policy) f.supplementary["Policy"] = *policy;
  return f;
}

TEST(lambda_function_public_access_prohibited, everyone_without_a_pinning_condition_is_public) {
  json open = {{"Statement", {{{"Sid", "webhook"}, {"Effect", "Allow"}, {"Principal", "*"},
                               {"Action", "lambda:InvokeFunction"}}}}};
  json pinned = {{"Statement", {{{"Sid", "s3"}, {"Effect", "Allow"}, {"Principal", {{"AWS", "*"}}},
                                 {"Action", "lambda:InvokeFunction"},
                                 {"Condition", {{"ArnLike", {{"AWS:SourceArn", "arn:aws:s3:::b"}}}}}}}}};
  json service = {{"Statement", {{{"Effect", "Allow"}, {"Principal", {{"Service", "s3.amazonaws.com"}}},
                                  {"Action", "lambda:InvokeFunction"}}}}};
  inventory inv = make_inventory();
  inv.add(function("open", open));
  inv.add(function("pinned", pinned));
  inv.add(function("service", service));
  inv.add(function("none", {}));
  auto e = run(inv, "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].result, compliance::non_compliant);
  EXPECT_EQ(e[0].annotation, "the function is public: statement webhook allows lambda:InvokeFunction on "
                             "arn:aws:lambda:us-east-1:123456789012:function:open by an anonymous caller");
  EXPECT_EQ(e[1].result, compliance::compliant);
  EXPECT_EQ(e[2].result, compliance::non_compliant) << "any account's bucket can invoke it";
  EXPECT_EQ(e[3].annotation, "no resource policy");
}

}  // namespace
}  // namespace engine
