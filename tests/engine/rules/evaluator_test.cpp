// The evaluator: missing data becomes INSUFFICIENT_DATA (never COMPLIANT), unimplemented rules
// are listed, bad parameters are refused.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

TEST(evaluator, a_failed_global_read_makes_the_whole_rule_insufficient) {
  inventory inv = make_inventory();
  inv.record_failure({"AWS::IAM::User", "global", "iam:ListUsers: AccessDenied (403): not authorized"});
  auto e = run(inv, "IAM_USER_MFA_ENABLED");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].result, compliance::insufficient_data);
  EXPECT_EQ(e[0].annotation,
            "could not collect what the rule reads: iam:ListUsers: AccessDenied (403): not authorized");
}

TEST(evaluator, a_failed_regional_read_spoils_that_region_only) {
  inventory inv = make_inventory({"us-east-1", "us-west-2"});
  inv.add(item("AWS::EC2::Volume", "vol-east", {{"State", "in-use"}, {"Encrypted", false}}, "us-east-1"));
  inv.record_failure({"AWS::EC2::Volume", "us-west-2", "ec2:DescribeVolumes: cannot connect"});
  auto e = run(inv, "ENCRYPTED_VOLUMES");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].region, "us-west-2");
  EXPECT_EQ(e[0].result, compliance::insufficient_data);
  EXPECT_EQ(e[1].region, "us-east-1");
  EXPECT_EQ(e[1].result, compliance::non_compliant);

  // An account-level rule with no trails in a region it could not read says nothing there.
  inventory trails = make_inventory({"us-east-1", "us-west-2"});
  trails.record_failure({"AWS::CloudTrail::Trail", "us-west-2", "cloudtrail:DescribeTrails: 500"});
  auto t = run(trails, "CLOUD_TRAIL_ENABLED");
  ASSERT_EQ(t.size(), 2u);
  for (const auto& v : t)
    EXPECT_EQ(v.result, v.region == "us-west-2" ? compliance::insufficient_data : compliance::non_compliant);
}

TEST(evaluator, a_document_that_could_not_be_read_spoils_only_the_rules_that_open_it) {
  inventory inv = make_inventory();
  auto bucket = item("AWS::S3::Bucket", "phi", {{"Name", "phi"}}, "us-east-1", "phi");
  bucket.supplementary["ServerSideEncryptionConfiguration"] = {
      {"Rules", {{{"ApplyServerSideEncryptionByDefault", {{"SSEAlgorithm", "AES256"}}}}}}};
  bucket.unreadable["Policy"] = "s3:GetBucketPolicy in us-east-1: AccessDenied (403): denied";
  inv.add(bucket);
  auto tls = run(inv, "S3_BUCKET_SSL_REQUESTS_ONLY");
  ASSERT_EQ(tls.size(), 1u);
  EXPECT_EQ(tls[0].result, compliance::insufficient_data);
  EXPECT_EQ(tls[0].annotation, "could not read Policy: s3:GetBucketPolicy in us-east-1: AccessDenied (403): denied");
  // Default encryption decides this one; the policy it cannot read is never opened.
  auto sse = run(inv, "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED");
  ASSERT_EQ(sse.size(), 1u);
  EXPECT_EQ(sse[0].result, compliance::compliant);
}

TEST(evaluator, a_resource_without_its_configuration_is_not_judged) {
  inventory inv = make_inventory();
  auto db = item("AWS::RDS::DBInstance", "db-1", {{"DBInstanceIdentifier", "db-1"}});
  db.unreadable[std::string(configuration_document)] = "rds:DescribeDBInstances: throttled";
  inv.add(db);
  auto e = run(inv, "RDS_STORAGE_ENCRYPTED");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].result, compliance::insufficient_data);
  EXPECT_EQ(e[0].annotation, "could not read the resource's configuration: rds:DescribeDBInstances: throttled");
}

TEST(evaluator, a_rule_cannot_open_a_document_it_did_not_declare) {
  inventory inv = make_inventory();
  auto bucket = item("AWS::S3::Bucket", "phi", {{"Name", "phi"}});
  rules::rule_definition sneaky{.identifier = "SNEAKY", .summary = "", .resource_type = "AWS::S3::Bucket"};
  rules::rule_context ctx(inv, sneaky, {});
  EXPECT_THROW(ctx.read(bucket, "Policy"), std::logic_error) << "it would never have been collected";
}

TEST(evaluator, lists_rules_it_does_not_implement_and_refuses_bad_parameters) {
  inventory inv = make_inventory();
  auto result = evaluate_pack(inv, {{"NO_SUCH_RULE", "no-such-rule", {}},
                                    {"ACCESS_KEYS_ROTATED", "access-keys-rotated", {{"maxAccessKeyAge", "ninety"}}}});
  ASSERT_EQ(result.not_implemented.size(), 1u);
  EXPECT_EQ(result.not_implemented[0].config_rule_name, "no-such-rule");
  ASSERT_EQ(result.parameter_errors.size(), 1u);
  EXPECT_EQ(result.parameter_errors[0], "access-keys-rotated: maxAccessKeyAge must be an integer, got 'ninety'");
  EXPECT_TRUE(result.evaluations.empty());
}

TEST(evaluator, parses_parameters_as_aws_config_passes_them) {
  inventory inv = make_inventory();
  auto problems = [&](const std::string& rule, std::map<std::string, std::string> parameters) {
    return evaluate_pack(inv, {{rule, "r", std::move(parameters)}}).parameter_errors;
  };
  EXPECT_TRUE(problems("MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"includeManagementEvents", "True"}}).empty());
  EXPECT_EQ(problems("MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"includeManagementEvents", "yes"}}),
            std::vector<std::string>{"r: includeManagementEvents must be true or false, got 'yes'"});
  EXPECT_TRUE(problems("MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"readWriteType", "all"}}).empty());
  EXPECT_EQ(problems("MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"readWriteType", "Everything"}}),
            std::vector<std::string>{"r: readWriteType must be one of ReadOnly,WriteOnly,ALL, got 'Everything'"});
  // An integer with choices: MinRetentionTime takes only the retention periods AWS lists.
  EXPECT_TRUE(problems("CW_LOGGROUP_RETENTION_PERIOD_CHECK", {{"MinRetentionTime", "731"}}).empty());
  EXPECT_EQ(problems("CW_LOGGROUP_RETENTION_PERIOD_CHECK", {{"MinRetentionTime", "100"}}),
            std::vector<std::string>{"r: MinRetentionTime must be one of 1,3,5,7,14,30,60,90,120,150,180,365,400,545,"
                                     "731,1827,3653, got '100'"});
  EXPECT_EQ(problems("CW_LOGGROUP_RETENTION_PERIOD_CHECK", {{"MinRetentionTime", "a year"}}),
            std::vector<std::string>{"r: MinRetentionTime must be an integer, got 'a year'"});
  // IAM_PASSWORD_POLICY's page: only lowercase "true" is true; "True" is read as false.
  EXPECT_TRUE(problems("IAM_PASSWORD_POLICY", {{"RequireSymbols", "True"}}).empty());
  inv.set_document("iam.password_policy", "global",
                   {{"MinimumPasswordLength", 14}, {"PasswordReusePrevention", 24}, {"MaxPasswordAge", 90},
                    {"RequireUppercaseCharacters", true}, {"RequireLowercaseCharacters", true},
                    {"RequireNumbers", true}, {"RequireSymbols", false}});
  EXPECT_EQ(run(inv, "IAM_PASSWORD_POLICY")[0].result, compliance::non_compliant);
  EXPECT_EQ(run(inv, "IAM_PASSWORD_POLICY", {{"RequireSymbols", "True"}})[0].result, compliance::compliant);
  EXPECT_EQ(run(inv, "IAM_PASSWORD_POLICY", {{"RequireSymbols", "false"}})[0].result, compliance::compliant);
}

TEST(evaluator, kms_key_parameters_name_the_key_by_id_or_arn) {
  inventory inv = make_inventory();
  std::string key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  inv.add(item("AWS::EC2::Volume", "vol-1", {{"State", "in-use"}, {"Encrypted", true}, {"KmsKeyId", key}}));
  inv.add(item("AWS::RDS::DBInstance", "db-1", {{"StorageEncrypted", true}, {"KmsKeyId", key}}));
  for (auto [rule, parameter] : {std::pair{"ENCRYPTED_VOLUMES", "kmsId"}, std::pair{"RDS_STORAGE_ENCRYPTED", "kmsKeyId"}}) {
    EXPECT_EQ(run(inv, rule)[0].result, compliance::compliant) << rule;
    EXPECT_EQ(run(inv, rule, {{parameter, key}})[0].result, compliance::compliant) << rule;
    EXPECT_EQ(run(inv, rule, {{parameter, "1234abcd-12ab-34cd-56ef-1234567890ab"}})[0].result, compliance::compliant) << rule;
    auto other = run(inv, rule, {{parameter, "arn:aws:kms:us-east-1:123456789012:key/other"}});
    EXPECT_EQ(other[0].result, compliance::non_compliant) << rule;
    EXPECT_EQ(other[0].annotation, "encrypted with KMS key " + key + ", not the required key arn:aws:kms:us-east-1:123456789012:key/other");
  }
}

TEST(evaluator, keeps_only_the_resource_types_the_pack_scopes_the_rule_to) {
  inventory inv = make_inventory();
  inv.add(item("AWS::EC2::Volume", "vol-1", {{"State", "in-use"}, {"Encrypted", false}}));
  auto scoped = evaluate_pack(inv, {{"ENCRYPTED_VOLUMES", "encrypted-volumes", {}, {"AWS::EC2::Volume"}}});
  EXPECT_EQ(scoped.evaluations.size(), 1u);
  auto elsewhere = evaluate_pack(inv, {{"ENCRYPTED_VOLUMES", "encrypted-volumes", {}, {"AWS::S3::Bucket"}}});
  EXPECT_TRUE(elsewhere.evaluations.empty());
}

TEST(rule_registry, every_rule_is_named_typed_and_says_what_it_reads) {
  const auto& all = rules::all_rules();
  EXPECT_GE(all.size(), 12u);
  for (std::size_t i = 0; i < all.size(); ++i) {
    EXPECT_TRUE(bool(all[i].judge) != (all[i].evaluate != nullptr))
        << all[i].identifier << ": a rule judges each item or evaluates all at once";
    EXPECT_FALSE(all[i].resource_type.empty()) << all[i].identifier;
    if (i) {
      EXPECT_LT(all[i - 1].identifier, all[i].identifier) << "sorted and unique";
    }
  }
}

}  // namespace
}  // namespace engine
