// The identity-policy questions of the IAM rules, each reading pinned on the statements auditors
// meet (and the ones other tools get wrong: kms:* and kms:ReEncrypt* missed, NotAction ignored).
#include "engine/policy/identity.hpp"

#include <gtest/gtest.h>

namespace engine::policy {
namespace {

document policy_of(const std::string& statements) {
  auto parsed = parse(json::parse(R"({"Version":"2012-10-17","Statement":)" + statements + "}"));
  EXPECT_TRUE(parsed.policy) << parsed.error;
  return parsed.policy.value_or(document{});
}

const std::vector<std::string> pack_blocked = {"kms:*", "kms:Decrypt", "kms:ReEncrypt*"};

bool blocked(const std::string& statements, const std::vector<std::string>& patterns = pack_blocked) {
  return blocked_kms_action_on_all_keys(policy_of(statements), patterns).has_value();
}

TEST(GlobIntersection, PatternsMeetWhenSomeValueMatchesBoth) {
  EXPECT_TRUE(globs_intersect("kms:*", "kms:Decrypt"));
  EXPECT_TRUE(globs_intersect("kms:Re*", "kms:ReEncrypt*"));
  EXPECT_TRUE(globs_intersect("arn:aws:kms:*:111122223333:key/*", "arn:*:kms:*:*:key/*"));
  EXPECT_TRUE(globs_intersect("*", "arn:*:kms:*:*:key/*"));
  EXPECT_TRUE(globs_intersect("KMS:decrypt", "kms:Decrypt"));  // actions ignore case
  EXPECT_TRUE(globs_intersect("a?c", "*b*"));
  EXPECT_FALSE(globs_intersect("kms:Encrypt", "kms:ReEncrypt*"));
  EXPECT_FALSE(globs_intersect("arn:aws:s3:::bucket", "arn:*:kms:*:*:key/*"));
  // As plain globs these meet (the star can take ":kms:..."): the KMS questions compare ARNs
  // segment by segment instead (OnlyGrantsOnKeysThatAreNotFixedCount).
  EXPECT_TRUE(globs_intersect("arn:aws:s3:::bucket/*", "arn:*:kms:*:*:key/*"));
  EXPECT_FALSE(globs_intersect("a?", "abc"));
}

TEST(AdminAccess, OnlyEveryActionOnEveryResource) {
  EXPECT_TRUE(admin_access(policy_of(R"({"Effect":"Allow","Action":"*","Resource":"*"})")));
  EXPECT_TRUE(admin_access(policy_of(R"([{"Effect":"Allow","Action":["s3:GetObject","*:*"],"Resource":["*"]}])")));
  EXPECT_FALSE(admin_access(policy_of(R"([{"Effect":"Allow","Action":"s3:*","Resource":"*"}])")));
  EXPECT_FALSE(admin_access(policy_of(R"([{"Effect":"Allow","Action":"*","Resource":"arn:aws:s3:::b/*"}])")));
  EXPECT_FALSE(admin_access(policy_of(R"([{"Effect":"Deny","Action":"*","Resource":"*"}])")));
  EXPECT_FALSE(admin_access(policy_of(R"([{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}])")));
}

TEST(FullServiceAccess, UnrestrictedServiceWildcardsAndNotAction) {
  EXPECT_TRUE(full_service_access(policy_of(R"([{"Effect":"Allow","Action":"ec2:*","Resource":"arn:aws:ec2:*:*:instance/*"}])")));
  EXPECT_TRUE(full_service_access(policy_of(R"([{"Effect":"Allow","Action":"*","Resource":"*"}])")));
  EXPECT_TRUE(full_service_access(policy_of(R"([{"Effect":"Allow","Action":"S3:**","Resource":"*"}])")));
  EXPECT_TRUE(full_service_access(policy_of(R"([{"Effect":"Allow","NotAction":["iam:*","s3:*"],"Resource":"*"}])")));
  EXPECT_FALSE(full_service_access(policy_of(R"([{"Effect":"Allow","Action":["ec2:Describe*","s3:Get*"],"Resource":"*"}])")));
  EXPECT_FALSE(full_service_access(policy_of(R"([{"Effect":"Deny","Action":"s3:*","Resource":"*"}])")));
  EXPECT_FALSE(full_service_access(policy_of(R"([{"Effect":"Allow","NotAction":"*","Resource":"*"}])")));
}

TEST(BlockedKmsActions, PatternsMatchKmsActionsExactly) {
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:*","Resource":"*"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"*","Resource":"*"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:ReEncryptTo","Resource":"*"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:decrypt","Resource":"*"}])"));
  // Without kms:* among the patterns, only matching actions are blocked.
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:Encrypt","Resource":"*"}])", {"kms:Decrypt", "kms:ReEncrypt*"}));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Re*","Resource":"*"}])", {"kms:ReEncrypt*"}));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:Encrypt","Resource":"*"}])", {"kms:ReEncrypt*"}));
  // NotAction allows everything it does not name.
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","NotAction":"kms:Encrypt","Resource":"*"}])", {"kms:Decrypt"}));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","NotAction":"kms:*","Resource":"*"}])"));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","NotAction":["kms:ReEncryptFrom","kms:ReEncryptTo"],"Resource":"*"}])",
                       {"kms:ReEncrypt*"}));
}

TEST(BlockedKmsActions, OnlyGrantsOnKeysThatAreNotFixedCount) {
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:111122223333:key/0a1b"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:111122223333:key/*"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:${aws:PrincipalAccount}:key/0a1b"}])"));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:*","Resource":"arn:aws:s3:::records/*"}])"));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:*","Resource":"arn:aws:kms:*:111122223333:alias/*"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:*","Resource":"arn:aws:kms:*"}])"));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","NotResource":"arn:aws:kms:us-east-1:111122223333:key/0a1b"}])"));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","NotResource":"arn:aws:kms:*"}])"));
  // Conditions are not evaluated: a conditional grant still counts.
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*",
                           "Condition":{"StringEquals":{"kms:ViaService":"s3.us-east-1.amazonaws.com"}}}])"));
}

TEST(BlockedKmsActions, AnUnconditionalDenyOnAllKeysTakesTheActionBack) {
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"},
                           {"Effect":"Deny","Action":"kms:Decrypt","Resource":"*"}])", {"kms:Decrypt"}));
  // Denying one key, or only under a condition, leaves the other keys allowed.
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"},
                          {"Effect":"Deny","Action":"kms:Decrypt","Resource":"arn:aws:kms:us-east-1:111122223333:key/0a1b"}])",
                      {"kms:Decrypt"}));
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"},
                          {"Effect":"Deny","Action":"kms:Decrypt","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}])",
                      {"kms:Decrypt"}));
}

TEST(BlockedKmsActions, ALiteralPatternOutsideTheKnownActionsStillMatches) {
  EXPECT_TRUE(blocked(R"([{"Effect":"Allow","Action":"kms:*","Resource":"*"}])", {"kms:FutureAction"}));
  EXPECT_FALSE(blocked(R"([{"Effect":"Allow","Action":"kms:Decrypt","Resource":"*"}])", {"kms:FutureAction"}));
}

}  // namespace
}  // namespace engine::policy
