// The analyzer's questions on the policies auditors meet, each reading pinned.
#include "engine/policy/analysis.hpp"

#include <gtest/gtest.h>

namespace engine::policy {
namespace {

const std::string owner = "111122223333";

document policy_of(const std::string& statements) {
  auto parsed = parse(json::parse(R"({"Version":"2012-10-17","Statement":)" + statements + "}"));
  EXPECT_TRUE(parsed.policy) << parsed.error;
  return parsed.policy.value_or(document{});
}

// A bucket policy Deny for aws:SecureTransport false, with the parts given.
std::string tls_deny(const std::string& principal, const std::string& action, const std::string& resource,
                     const std::string& condition = R"({"Bool":{"aws:SecureTransport":"false"}})") {
  return R"({"Sid":"TLS","Effect":"Deny","Principal":)" + principal + R"(,"Action":)" + action +
         R"(,"Resource":)" + resource + R"(,"Condition":)" + condition + "}";
}

const std::string both = R"(["arn:aws:s3:::records","arn:aws:s3:::records/*"])";

bool escapes(const std::string& statements) {
  auto f = insecure_transport_allowed(policy_of(statements), "records", owner);
  EXPECT_NE(f.result, finding::answer::undetermined) << f.reason;
  if (f) {
    EXPECT_TRUE(f.witness) << "a yes carries its request";
  }
  return static_cast<bool>(f);
}

TEST(PolicyAnalysisTls, TheUsualDenyEnforcesTls) {
  EXPECT_FALSE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", both) + "]"));
  EXPECT_FALSE(escapes("[" + tls_deny(R"({"AWS":"*"})", R"("*")", both) + "]"));
  EXPECT_FALSE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", both,
                                      R"({"BoolIfExists":{"aws:SecureTransport":false}})") + "]"));
  // The bucket and its objects denied by two statements cover every request between them.
  EXPECT_FALSE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", R"("arn:aws:s3:::records")") + "," +
                       tls_deny(R"("*")", R"("s3:*")", R"("arn:aws:s3:::records/*")") + "]"));
  // An Allow beside the Deny changes nothing.
  EXPECT_FALSE(escapes(R"([{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::records/*"},)" +
                       tls_deny(R"("*")", R"("s3:*")", both) + "]"));
}

TEST(PolicyAnalysisTls, PartialDeniesLeaveHttpThrough) {
  EXPECT_TRUE(escapes("[" + tls_deny(R"("*")", R"("s3:GetObject")", both) + "]"));
  EXPECT_TRUE(escapes("[" + tls_deny(R"("*")", R"(["s3:Get*","s3:Put*"])", both) + "]"));
  EXPECT_TRUE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", R"("arn:aws:s3:::records/*")") + "]"));
  EXPECT_TRUE(escapes("[" + tls_deny(R"({"AWS":"111122223333"})", R"("s3:*")", both) + "]"));
  EXPECT_TRUE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", both,
                                     R"({"Bool":{"aws:SecureTransport":"false"},"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}})") + "]"));
  EXPECT_TRUE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", both,
                                     R"({"Bool":{"aws:SecureTransport":"false"},"StringEquals":{"aws:SourceVpce":"vpce-1"}})") + "]"));
  EXPECT_TRUE(escapes("[" + tls_deny(R"("*")", R"("s3:*")", both, R"({"Bool":{"aws:SecureTransport":"true"}})") + "]"));
  EXPECT_TRUE(escapes(R"([{"Effect":"Deny","NotPrincipal":{"AWS":"arn:aws:iam::111122223333:role/etl"},"Action":"s3:*",)"
                      R"("Resource":["arn:aws:s3:::records","arn:aws:s3:::records/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}])"));
  EXPECT_TRUE(escapes("[]"));
  auto f = insecure_transport_allowed(policy_of("[" + tls_deny(R"("*")", R"("s3:GetObject")", both) + "]"), "records", owner);
  ASSERT_TRUE(f.witness);
  EXPECT_NE(f.witness->action, "s3:GetObject");
  EXPECT_EQ(f.witness->context.find("aws:SecureTransport")->front(), "false");
}

bool is_public(const std::string& statements) {
  auto f = public_access(policy_of(statements),
                         {.owner_account = owner,
                          .resources = {"arn:aws:lambda:us-east-1:111122223333:function:intake"},
                          .action_namespace = "lambda",
                          .actions = {"lambda:InvokeFunction"}});
  EXPECT_NE(f.result, finding::answer::undetermined) << f.reason;
  return static_cast<bool>(f);
}

std::string grant(const std::string& principal, const std::string& condition = "") {
  return R"([{"Sid":"g","Effect":"Allow","Principal":)" + principal +
         R"(,"Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:111122223333:function:intake")" +
         (condition.empty() ? "" : R"(,"Condition":)" + condition) + "}]";
}

TEST(PolicyAnalysisPublic, EveryoneUnlessPinned) {
  EXPECT_TRUE(is_public(grant(R"("*")")));
  EXPECT_TRUE(is_public(grant(R"({"AWS":"*"})")));
  EXPECT_FALSE(is_public(grant(R"("*")", R"({"StringEquals":{"AWS:SourceAccount":"111122223333"}})")));
  EXPECT_FALSE(is_public(grant(R"("*")", R"({"StringEquals":{"aws:PrincipalOrgID":"o-abc123"}})")));
  EXPECT_FALSE(is_public(grant(R"("*")", R"({"StringEquals":{"aws:SourceVpce":"vpce-1"}})")));
  EXPECT_FALSE(is_public(grant(R"("*")", R"({"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}})")));
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"IpAddress":{"aws:SourceIp":"0.0.0.0/0"}})")));
  // Conditions an outsider can meet, or avoid, do not restrict.
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"Bool":{"aws:SecureTransport":"true"}})")));
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"StringEqualsIfExists":{"aws:SourceAccount":"111122223333"}})")));
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"StringNotEquals":{"aws:SourceAccount":"111122223333"}})")));
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"StringLike":{"aws:PrincipalOrgID":"o-*"}})")));
}

TEST(PolicyAnalysisPublic, SourceArnsPinOnlyWithoutAWildcardAccount) {
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::*"}})")));
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"ArnLike":{"AWS:SourceArn":"arn:aws:sns:us-east-1:*:alerts"}})")));
  EXPECT_FALSE(is_public(grant(R"("*")", R"({"ArnLike":{"AWS:SourceArn":"arn:aws:sns:*:111122223333:*"}})")));
  EXPECT_FALSE(is_public(grant(R"("*")", R"({"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::intake-uploads"}})")));
  EXPECT_TRUE(is_public(grant(R"("*")", R"({"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/reader"}})")));
}

TEST(PolicyAnalysisPublic, ServicePrincipalsNeedTheirSource) {
  EXPECT_TRUE(is_public(grant(R"({"Service":"s3.amazonaws.com"})")));
  EXPECT_FALSE(is_public(grant(R"({"Service":"s3.amazonaws.com"})", R"({"StringEquals":{"AWS:SourceAccount":"111122223333"}})")));
  EXPECT_FALSE(is_public(grant(R"({"Service":"s3.amazonaws.com"})", R"({"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::intake-uploads"}})")));
  EXPECT_TRUE(is_public(grant(R"({"Service":"s3.amazonaws.com"})", R"({"ArnLike":{"AWS:SourceArn":"arn:aws:s3:::intake-*"}})")));
}

TEST(PolicyAnalysisPublic, NamedAccountsAndDenies) {
  EXPECT_FALSE(is_public(grant(R"({"AWS":"444455556666"})")));
  EXPECT_FALSE(is_public(grant(R"({"AWS":["arn:aws:iam::444455556666:root","arn:aws:iam::111122223333:role/app"]})")));
  EXPECT_TRUE(is_public(R"([{"Effect":"Allow","NotPrincipal":{"AWS":"444455556666"},"Action":"lambda:*","Resource":"*"}])"));
  // Everyone allowed, and everyone outside the account denied: not public.
  EXPECT_FALSE(is_public(R"([{"Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"*"},
      {"Effect":"Deny","Principal":"*","Action":"*","Resource":"*","Condition":{"StringNotEquals":{"aws:PrincipalAccount":"111122223333"}}}])"));
  // Another service's actions on another resource do not make the function public.
  EXPECT_FALSE(is_public(R"([{"Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:111122223333:function:other"}])"));
  EXPECT_TRUE(is_public(R"([{"Effect":"Allow","Principal":"*","Action":"lambda:InvokeFunction","Resource":"arn:aws:lambda:us-east-1:111122223333:function:intake:prod"}])"));
  auto f = public_access(policy_of(grant(R"("*")")), {.owner_account = owner,
                                                       .resources = {"arn:aws:lambda:us-east-1:111122223333:function:intake"},
                                                       .action_namespace = "lambda"});
  ASSERT_TRUE(f.witness);
  EXPECT_EQ(f.statement, "statement g");
  EXPECT_EQ(f.witness->action, "lambda:InvokeFunction");
}

bool uploads_unencrypted(const std::string& statements) {
  auto f = unencrypted_upload_allowed(policy_of(statements), "records", owner);
  EXPECT_NE(f.result, finding::answer::undetermined) << f.reason;
  return static_cast<bool>(f);
}

TEST(PolicyAnalysisEncryption, DeniesOfUploadsWithoutTheHeader) {
  EXPECT_FALSE(uploads_unencrypted(R"([{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::records/*",
      "Condition":{"Null":{"s3:x-amz-server-side-encryption":"true"}}}])"));
  EXPECT_FALSE(uploads_unencrypted(R"([{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::records/*",
      "Condition":{"StringNotEquals":{"s3:x-amz-server-side-encryption":"aws:kms"}}}])"));
  EXPECT_TRUE(uploads_unencrypted(R"([{"Effect":"Deny","Principal":{"AWS":"111122223333"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::records/*",
      "Condition":{"Null":{"s3:x-amz-server-side-encryption":"true"}}}])"));
  EXPECT_TRUE(uploads_unencrypted(R"([{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::records/*",
      "Condition":{"StringEquals":{"s3:x-amz-server-side-encryption":"AES256"}}}])"));
  EXPECT_TRUE(uploads_unencrypted(R"([{"Effect":"Deny","Principal":"*","Action":"s3:PutObject","Resource":"arn:aws:s3:::records/phi/*",
      "Condition":{"Null":{"s3:x-amz-server-side-encryption":"true"}}}])"));
}

TEST(PolicyAnalysis, IdentityKeys) {
  EXPECT_TRUE(identity_key("AWS:SourceAccount"));
  EXPECT_TRUE(identity_key("aws:sourcevpce"));
  EXPECT_FALSE(identity_key("aws:SecureTransport"));
}

// not_denied: backup vault policies that must deny deleting recovery points to everyone.
finding deletion_allowed(const std::string& statements, std::vector<std::string> exempt = {}) {
  return not_denied(policy_of(statements),
                    {owner, "backup:DeleteRecoveryPoint",
                     {"arn:aws:backup:us-east-1:" + owner + ":recovery-point:any-point"}, std::move(exempt)});
}

TEST(not_denied, a_deny_to_everyone_on_everything_leaves_nobody) {
  EXPECT_FALSE(deletion_allowed(R"([{"Effect":"Deny","Principal":"*","Action":"backup:DeleteRecoveryPoint","Resource":"*"}])"));
  EXPECT_FALSE(deletion_allowed(R"([{"Effect":"Deny","Principal":{"AWS":"*"},"Action":"backup:*","Resource":"*"}])"));
  auto none = deletion_allowed(R"([{"Effect":"Allow","Principal":"*","Action":"backup:*","Resource":"*"}])");
  ASSERT_TRUE(none) << "an Allow denies nothing";
  EXPECT_EQ(none.witness->action, "backup:DeleteRecoveryPoint");
}

TEST(not_denied, a_deny_naming_some_principals_or_points_leaves_the_others) {
  auto named = deletion_allowed(
      R"([{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:role/ops"},"Action":"backup:DeleteRecoveryPoint","Resource":"*"}])");
  ASSERT_TRUE(named);
  EXPECT_NE(named.witness->who.arn, "arn:aws:iam::111122223333:role/ops");
  EXPECT_TRUE(deletion_allowed(
      R"([{"Effect":"Deny","Principal":"*","Action":"backup:DeleteRecoveryPoint","Resource":"arn:aws:backup:us-east-1:111122223333:recovery-point:one"}])"));
}

TEST(not_denied, a_principal_the_condition_exempts_is_found_unless_it_is_exempt_here_too) {
  std::string exempting =
      R"([{"Effect":"Deny","Principal":"*","Action":"backup:DeleteRecoveryPoint","Resource":"*",)"
      R"("Condition":{"ArnNotEquals":{"aws:PrincipalArn":"arn:aws:iam::111122223333:role/admin"}}}])";
  auto found = deletion_allowed(exempting);
  ASSERT_TRUE(found);
  EXPECT_EQ(found.witness->who.arn, "arn:aws:iam::111122223333:role/admin");
  EXPECT_FALSE(deletion_allowed(exempting, {"arn:aws:iam::111122223333:role/admin"}));
  EXPECT_TRUE(deletion_allowed(exempting, {"arn:aws:iam::111122223333:role/other"}));
  EXPECT_TRUE(deletion_allowed(
      R"([{"Effect":"Deny","Principal":"*","Action":"backup:DeleteRecoveryPoint","Resource":"*",)"
      R"("Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}])"))
      << "a caller with MFA avoids the Deny";
}

}  // namespace
}  // namespace engine::policy
