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

}  // namespace
}  // namespace engine
