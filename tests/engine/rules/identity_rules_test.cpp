// IAM rules over hand-built inventories: the password policy, key rotation and MFA.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

inventory with_password_policy(const json& policy) {
  inventory inv = make_inventory();
  inv.set_document("iam.password_policy", "global", policy);
  return inv;
}

const json strong_policy = {{"MinimumPasswordLength", 14}, {"RequireSymbols", true},
                            {"RequireNumbers", true},        {"RequireUppercaseCharacters", true},
                            {"RequireLowercaseCharacters", true}, {"MaxPasswordAge", 90},
                            {"PasswordReusePrevention", 24}};

TEST(iam_password_policy, a_policy_meeting_every_parameter_is_compliant) {
  auto e = run(with_password_policy(strong_policy), "IAM_PASSWORD_POLICY");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[0].resource_type, "AWS::::Account");
  EXPECT_EQ(e[0].resource_id, "123456789012");
}

TEST(iam_password_policy, no_policy_or_a_weak_one_is_non_compliant_and_says_why) {
  auto none = run(with_password_policy(nullptr), "IAM_PASSWORD_POLICY");
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].result, compliance::non_compliant);
  EXPECT_EQ(none[0].annotation, "the account has no password policy");

  json weak = strong_policy;
  weak["MinimumPasswordLength"] = 8;
  weak.erase("MaxPasswordAge");
  auto e = run(with_password_policy(weak), "IAM_PASSWORD_POLICY");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].result, compliance::non_compliant);
  EXPECT_NE(e[0].annotation.find("MinimumPasswordLength is 8 (at least 14)"), std::string::npos) << e[0].annotation;
  EXPECT_NE(e[0].annotation.find("passwords never expire"), std::string::npos) << e[0].annotation;
}

TEST(iam_password_policy, pack_parameters_override_the_defaults) {
  json weak = strong_policy;
  weak["MinimumPasswordLength"] = 8;
  EXPECT_EQ(run(with_password_policy(weak), "IAM_PASSWORD_POLICY", {{"MinimumPasswordLength", "8"}})[0].result,
            compliance::compliant);
  // AWS reads boolean parameters case-sensitively: "True" is not "true", so symbols are not required.
  weak = strong_policy;
  weak["RequireSymbols"] = false;
  EXPECT_EQ(run(with_password_policy(weak), "IAM_PASSWORD_POLICY", {{"RequireSymbols", "True"}})[0].result,
            compliance::compliant);
}

configuration_item user(const std::string& name, json keys, json mfa = json::array()) {
  auto u = item("AWS::IAM::User", "AIDA" + name, {{"UserName", name}}, "global", name);
  u.supplementary["AccessKeyMetadata"] = std::move(keys);
  u.supplementary["MFADevices"] = std::move(mfa);
  return u;
}

TEST(access_keys_rotated, only_active_keys_older_than_the_maximum_fail) {
  inventory inv = make_inventory();
  inv.add(user("old", json::array({{{"AccessKeyId", "AKIAOLD"}, {"Status", "Active"},
                                     {"CreateDate", "2025-01-01T00:00:00Z"}}})));
  inv.add(user("inactive", json::array({{{"AccessKeyId", "AKIAINACTIVE"}, {"Status", "Inactive"},
                                          {"CreateDate", "2020-01-01T00:00:00Z"}}})));
  inv.add(user("exactly-90", json::array({{{"AccessKeyId", "AKIA90"}, {"Status", "Active"},
                                            {"CreateDate", "2026-08-03T00:00:00Z"}}})));
  inv.add(user("none", json::array()));
  auto e = run(inv, "ACCESS_KEYS_ROTATED");
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0].result, compliance::non_compliant);
  EXPECT_EQ(e[0].annotation, "active access key AKIAOLD is 669 days old (maximum 90)");
  EXPECT_EQ(e[0].resource_name, "old");
  EXPECT_EQ(e[1].result, compliance::compliant);
  EXPECT_EQ(e[2].result, compliance::compliant) << "90 days is not older than 90";
  EXPECT_EQ(e[3].annotation, "no active access key");
  EXPECT_EQ(run(inv, "ACCESS_KEYS_ROTATED", {{"maxAccessKeyAge", "1000"}})[0].result, compliance::compliant);
}

TEST(iam_user_mfa_enabled, a_user_needs_a_device_and_an_unreadable_list_is_insufficient) {
  inventory inv = make_inventory();
  inv.add(user("with", json::array(), json::array({{{"SerialNumber", "arn:aws:iam::123456789012:mfa/with"}}})));
  inv.add(user("without", json::array()));
  auto unknown = user("unknown", json::array());
  unknown.supplementary.erase("MFADevices");
  unknown.unreadable["MFADevices"] = "iam:ListMFADevices: AccessDenied (403)";
  inv.add(unknown);
  auto e = run(inv, "IAM_USER_MFA_ENABLED");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
  EXPECT_EQ(e[2].result, compliance::insufficient_data);
  EXPECT_EQ(e[2].annotation, "could not read MFADevices: iam:ListMFADevices: AccessDenied (403)");
}

TEST(root_account_mfa_enabled, reads_the_account_summary) {
  inventory inv = make_inventory();
  inv.set_document("iam.account_summary", "global", {{"AccountMFAEnabled", 1}});
  EXPECT_EQ(run(inv, "ROOT_ACCOUNT_MFA_ENABLED")[0].result, compliance::compliant);
  inv.set_document("iam.account_summary", "global", {{"AccountMFAEnabled", 0}});
  EXPECT_EQ(run(inv, "ROOT_ACCOUNT_MFA_ENABLED")[0].result, compliance::non_compliant);
}

}  // namespace
}  // namespace engine
