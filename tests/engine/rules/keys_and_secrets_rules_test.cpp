// Rules on keys, secrets, notifications and log retention: KMS, Secrets Manager, SNS, CloudWatch
// Logs.

#include <gtest/gtest.h>

#include "engine/rules/parameter_list.hpp"
#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

const std::string key_arn_prefix = "arn:aws:kms:us-east-1:123456789012:key/";

configuration_item kms_key(const std::string& id, const std::string& state) {
  return item("AWS::KMS::Key", id, {{"KeyId", id}, {"Arn", key_arn_prefix + id}, {"KeyState", state}});
}

TEST(comma_separated, splits_on_commas_and_drops_blanks_and_empty_entries) {
  EXPECT_EQ(rules::comma_separated(""), std::vector<std::string>{});
  EXPECT_EQ(rules::comma_separated(" a ,b,, c\t"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(rules::comma_separated(" , "), std::vector<std::string>{});
}

TEST(kms_cmk_not_scheduled_for_deletion, pending_deletion_fails_and_kms_key_ids_narrows_the_keys) {
  inventory inv = make_inventory();
  inv.add(kms_key("k-enabled", "Enabled"));
  inv.add(kms_key("k-disabled", "Disabled"));
  inv.add(kms_key("k-pending", "PendingDeletion"));
  inv.add(kms_key("k-replica", "PendingReplicaDeletion"));
  auto all = run(inv, "KMS_CMK_NOT_SCHEDULED_FOR_DELETION");
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].result, compliance::compliant);
  EXPECT_EQ(all[1].result, compliance::compliant);
  EXPECT_EQ(all[2].result, compliance::non_compliant);
  EXPECT_EQ(all[3].result, compliance::non_compliant);
  EXPECT_NE(all[2].annotation.find("PendingDeletion"), std::string::npos) << all[2].annotation;

  auto named = run(inv, "KMS_CMK_NOT_SCHEDULED_FOR_DELETION", {{"kmsKeyIds", "k-enabled, " + key_arn_prefix + "k-pending"}});
  ASSERT_EQ(named.size(), 4u);
  EXPECT_EQ(named[0].result, compliance::compliant);
  EXPECT_EQ(named[1].result, compliance::not_applicable);
  EXPECT_EQ(named[2].result, compliance::non_compliant) << "named by its ARN";
  EXPECT_EQ(named[3].result, compliance::not_applicable);
}

configuration_item secret(const std::string& name, json configuration) {
  configuration["Name"] = name;
  return item("AWS::SecretsManager::Secret", "arn:aws:secretsmanager:us-east-1:123456789012:secret:" + name + "-AbCdEf",
              std::move(configuration), "us-east-1", name);
}

TEST(secretsmanager_rotation_enabled_check, rotation_on_and_within_each_maximum_given) {
  inventory inv = make_inventory();
  inv.add(secret("off", json::object()));  // RotationEnabled absent: AWS's default, false
  inv.add(secret("days-30", {{"RotationEnabled", true}, {"RotationRules", {{"AutomaticallyAfterDays", 30}}}}));
  inv.add(secret("hours-4", {{"RotationEnabled", true}, {"RotationRules", {{"ScheduleExpression", "rate(4 hours)"}}}}));
  inv.add(secret("monthly", {{"RotationEnabled", true}, {"RotationRules", {{"ScheduleExpression", "cron(0 8 1 * ? *)"}}}}));
  inv.add(secret("no-rules", {{"RotationEnabled", true}}));
  auto plain = run(inv, "SECRETSMANAGER_ROTATION_ENABLED_CHECK");
  ASSERT_EQ(plain.size(), 5u);
  EXPECT_EQ(plain[0].result, compliance::non_compliant);
  for (std::size_t i = 1; i < 5; ++i) EXPECT_EQ(plain[i].result, compliance::compliant) << plain[i].resource_name;

  auto days = run(inv, "SECRETSMANAGER_ROTATION_ENABLED_CHECK", {{"maximumAllowedRotationFrequency", "30"}});
  EXPECT_EQ(days[1].result, compliance::compliant) << "30 days is within 30";
  EXPECT_EQ(days[2].result, compliance::compliant);
  EXPECT_EQ(days[3].result, compliance::non_compliant) << "a month may have 31 days: " << days[3].annotation;
  EXPECT_EQ(days[4].result, compliance::non_compliant) << "no readable interval: " << days[4].annotation;

  auto hours = run(inv, "SECRETSMANAGER_ROTATION_ENABLED_CHECK", {{"maximumAllowedRotationFrequencyInHours", "4"}});
  EXPECT_EQ(hours[1].result, compliance::non_compliant);
  EXPECT_EQ(hours[2].result, compliance::compliant);
  auto both = run(inv, "SECRETSMANAGER_ROTATION_ENABLED_CHECK",
                  {{"maximumAllowedRotationFrequency", "60"}, {"maximumAllowedRotationFrequencyInHours", "3"}});
  EXPECT_EQ(both[2].result, compliance::non_compliant) << "both maxima apply";
}

TEST(secretsmanager_using_cmk, a_customer_key_of_the_region_resolved_through_aliases) {
  inventory inv = make_inventory({"us-east-1", "eu-west-1"});
  auto key = [](const std::string& id, const std::string& manager, const std::string& region) {
    auto k = make_item("AWS::KMS::Key", id, "", "arn:aws:kms:" + region + ":123456789012:key/" + id, region,
                       {{"KeyId", id}, {"KeyManager", manager}});
    return k;
  };
  inv.add(key("k-customer", "CUSTOMER", "us-east-1"));
  inv.add(key("k-aws", "AWS", "us-east-1"));
  inv.add(key("k-eu", "CUSTOMER", "eu-west-1"));
  inv.add(item("AWS::KMS::Alias", "alias/app", {{"AliasName", "alias/app"}, {"TargetKeyId", "k-customer"},
                                                {"AliasArn", "arn:aws:kms:us-east-1:123456789012:alias/app"}}));
  inv.add(item("AWS::KMS::Alias", "alias/aws/secretsmanager",
               {{"AliasName", "alias/aws/secretsmanager"}, {"TargetKeyId", "k-aws"}}));
  const std::vector<std::pair<std::string, compliance>> cases = {
      {"", compliance::non_compliant},
      {"alias/aws/secretsmanager", compliance::non_compliant},
      {"arn:aws:kms:us-east-1:123456789012:alias/aws/secretsmanager", compliance::non_compliant},
      {"arn:aws:kms:us-east-1:123456789012:key/k-aws", compliance::non_compliant},
      {"arn:aws:kms:us-east-1:999988887777:key/k-customer", compliance::non_compliant},
      {"k-eu", compliance::non_compliant},  // another region's key
      {"alias/missing", compliance::non_compliant},
      {"k-customer", compliance::compliant},
      {"arn:aws:kms:us-east-1:123456789012:key/k-customer", compliance::compliant},
      {"alias/app", compliance::compliant},
      {"arn:aws:kms:us-east-1:123456789012:alias/app", compliance::compliant},
  };
  for (std::size_t i = 0; i < cases.size(); ++i)
    inv.add(secret("s" + std::to_string(i), cases[i].first.empty() ? json::object() : json{{"KmsKeyId", cases[i].first}}));
  auto verdicts = run(inv, "SECRETSMANAGER_USING_CMK");
  ASSERT_EQ(verdicts.size(), cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i)
    EXPECT_EQ(verdicts[i].result, cases[i].second) << "KmsKeyId '" << cases[i].first << "': " << verdicts[i].annotation;

  auto listed = run(inv, "SECRETSMANAGER_USING_CMK", {{"kmsKeyArns", "arn:aws:kms:us-east-1:123456789012:key/other"}});
  EXPECT_EQ(listed[9].result, compliance::non_compliant) << "a customer key, but not a listed one";
  auto named = run(inv, "SECRETSMANAGER_USING_CMK", {{"kmsKeyArns", "arn:aws:kms:us-east-1:123456789012:key/k-customer"}});
  EXPECT_EQ(named[9].result, compliance::compliant) << "the alias's target is the listed key";
}

TEST(sns_encrypted_kms, a_kms_key_and_one_of_kms_key_ids_as_written) {
  inventory inv = make_inventory();
  auto topic = [](const std::string& name, json attributes) {
    attributes["TopicArn"] = "arn:aws:sns:us-east-1:123456789012:" + name;
    return item("AWS::SNS::Topic", attributes["TopicArn"], attributes);
  };
  inv.add(topic("plain", json::object()));
  inv.add(topic("emptied", {{"KmsMasterKeyId", ""}}));
  inv.add(topic("by-alias", {{"KmsMasterKeyId", "alias/app"}}));
  inv.add(topic("by-arn", {{"KmsMasterKeyId", key_arn_prefix + "k-1"}}));
  inv.add(topic("aws-managed", {{"KmsMasterKeyId", "alias/aws/sns"}}));
  auto any = run(inv, "SNS_ENCRYPTED_KMS");
  ASSERT_EQ(any.size(), 5u);
  EXPECT_EQ(any[0].result, compliance::non_compliant);
  EXPECT_EQ(any[1].result, compliance::non_compliant);
  for (std::size_t i = 2; i < 5; ++i) EXPECT_EQ(any[i].result, compliance::compliant);

  auto listed = run(inv, "SNS_ENCRYPTED_KMS", {{"kmsKeyIds", "arn:aws:kms:us-east-1:123456789012:alias/app,k-1"}});
  EXPECT_EQ(listed[2].result, compliance::compliant) << "alias name against its alias ARN";
  EXPECT_EQ(listed[3].result, compliance::compliant) << "key ARN against its key id";
  EXPECT_EQ(listed[4].result, compliance::non_compliant);
  auto other_account = run(inv, "SNS_ENCRYPTED_KMS", {{"kmsKeyIds", "arn:aws:kms:us-east-1:999988887777:alias/app"}});
  EXPECT_EQ(other_account[2].result, compliance::non_compliant) << "alias/app is the topic account's alias";
  EXPECT_EQ(run(inv, "SNS_ENCRYPTED_KMS", {{"kmsKeyIds", "arn:aws:kms:us-east-1:123456789012:key/k-1"}})[3].result,
            compliance::compliant);
}

}  // namespace
}  // namespace engine
