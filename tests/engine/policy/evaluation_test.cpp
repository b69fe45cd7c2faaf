// The policy evaluator, one operator and one principal form at a time.
#include "engine/policy/evaluation.hpp"

#include <gtest/gtest.h>

#include "engine/policy/matching.hpp"

namespace engine::policy {
namespace {

condition make(std::string op, std::string key, std::vector<std::string> values) {
  json doc = {{"Statement", {{"Effect", "Allow"}, {"Action", "*"}, {"Condition", {{op, {{key, values}}}}}}}};
  auto parsed = parse(doc);
  EXPECT_TRUE(parsed.policy) << parsed.error;
  return parsed.policy->statements.at(0).conditions.at(0);
}

bool holds(const std::string& op, const std::string& key, std::vector<std::string> values,
           std::optional<std::vector<std::string>> have) {
  request_context ctx;
  if (have) ctx.set(key, *have);
  return condition_holds(make(op, key, std::move(values)), ctx);
}

using strings = std::vector<std::string>;

TEST(PolicyMatching, GlobsArnsAndAddresses) {
  EXPECT_TRUE(glob_match("s3:Get*", "s3:getobject", letter_case::insensitive));
  EXPECT_FALSE(glob_match("s3:Get*", "s3:getobject", letter_case::sensitive));
  EXPECT_TRUE(glob_match("a?c*", "abcdef", letter_case::sensitive));
  EXPECT_FALSE(glob_match("a?c", "ac", letter_case::sensitive));
  EXPECT_TRUE(arn_match("arn:aws:sns:*:111122223333:*", "arn:aws:sns:us-east-1:111122223333:alerts"));
  EXPECT_FALSE(arn_match("arn:aws:sns:*:111122223333:*", "arn:aws:sns:us-east-1:999999999999:alerts"));
  // A wildcard does not cross the colons between ARN parts.
  EXPECT_FALSE(arn_match("arn:aws:s3:::b*", "arn:aws:s3:us-east-1::bucket"));
  EXPECT_EQ(arn_account("arn:aws:s3:::bucket").value(), "");
  EXPECT_EQ(arn_account("arn:aws:iam::123456789012:root").value(), "123456789012");
  EXPECT_FALSE(arn_account("not-an-arn"));
  EXPECT_TRUE(ip_in_cidr("10.1.2.3", "10.0.0.0/8"));
  EXPECT_FALSE(ip_in_cidr("11.1.2.3", "10.0.0.0/8"));
  EXPECT_TRUE(ip_in_cidr("2001:db8::1", "2001:db8::/32"));
  EXPECT_FALSE(ip_in_cidr("10.1.2.3", "2001:db8::/32"));
  EXPECT_TRUE(ip_in_cidr("192.0.2.9", "0.0.0.0/0"));
  EXPECT_FALSE(ip_in_cidr("not an ip", "0.0.0.0/0"));
}

TEST(PolicyConditions, StringOperatorsAndCase) {
  EXPECT_TRUE(holds("StringEquals", "aws:SourceAccount", {"111", "222"}, strings{"222"}));
  EXPECT_FALSE(holds("StringEquals", "aws:username", {"Alice"}, strings{"alice"}));
  EXPECT_TRUE(holds("StringEqualsIgnoreCase", "aws:username", {"Alice"}, strings{"alice"}));
  EXPECT_TRUE(holds("StringNotEquals", "aws:username", {"a", "b"}, strings{"c"}));
  EXPECT_FALSE(holds("StringNotEquals", "aws:username", {"a", "b"}, strings{"b"}));
  EXPECT_TRUE(holds("StringLike", "s3:prefix", {"home/*"}, strings{"home/x"}));
  EXPECT_FALSE(holds("StringNotLike", "s3:prefix", {"home/*"}, strings{"home/x"}));
  EXPECT_FALSE(holds("StringNotEqualsIgnoreCase", "aws:username", {"Alice"}, strings{"ALICE"}));
}

TEST(PolicyConditions, AbsentKeys) {
  // Positive operators need the key; negated ones hold without it; IfExists holds without it.
  EXPECT_FALSE(holds("StringEquals", "aws:SourceVpce", {"vpce-1"}, std::nullopt));
  EXPECT_TRUE(holds("StringNotEquals", "aws:SourceVpce", {"vpce-1"}, std::nullopt));
  EXPECT_TRUE(holds("StringEqualsIfExists", "aws:SourceVpce", {"vpce-1"}, std::nullopt));
  EXPECT_FALSE(holds("StringEqualsIfExists", "aws:SourceVpce", {"vpce-1"}, strings{"vpce-2"}));
  EXPECT_TRUE(holds("ArnNotLike", "aws:SourceArn", {"arn:aws:s3:::b"}, std::nullopt));
  EXPECT_TRUE(holds("NotIpAddress", "aws:SourceIp", {"10.0.0.0/8"}, std::nullopt));
  EXPECT_FALSE(holds("IpAddress", "aws:SourceIp", {"10.0.0.0/8"}, std::nullopt));
  EXPECT_TRUE(holds("Null", "s3:x-amz-server-side-encryption", {"true"}, std::nullopt));
  EXPECT_FALSE(holds("Null", "s3:x-amz-server-side-encryption", {"true"}, strings{"AES256"}));
  EXPECT_TRUE(holds("Null", "s3:x-amz-server-side-encryption", {"false"}, strings{"AES256"}));
}

TEST(PolicyConditions, BoolNumericDateIp) {
  EXPECT_TRUE(holds("Bool", "aws:SecureTransport", {"false"}, strings{"FALSE"}));
  EXPECT_FALSE(holds("Bool", "aws:SecureTransport", {"false"}, strings{"true"}));
  EXPECT_TRUE(holds("BoolIfExists", "aws:MultiFactorAuthPresent", {"false"}, std::nullopt));
  EXPECT_TRUE(holds("NumericLessThan", "s3:TlsVersion", {"1.2"}, strings{"1.1"}));
  EXPECT_FALSE(holds("NumericLessThan", "s3:TlsVersion", {"1.2"}, strings{"1.2"}));
  EXPECT_TRUE(holds("NumericGreaterThanEquals", "s3:max-keys", {"10"}, strings{"10"}));
  EXPECT_FALSE(holds("NumericEquals", "s3:max-keys", {"10"}, strings{"ten"}));
  EXPECT_TRUE(holds("DateLessThan", "aws:CurrentTime", {"2030-01-01T00:00:00Z"}, strings{"2026-12-07T00:00:00Z"}));
  EXPECT_FALSE(holds("DateGreaterThan", "aws:CurrentTime", {"2030-01-01T00:00:00Z"}, strings{"2026-12-07T00:00:00Z"}));
  EXPECT_TRUE(holds("IpAddress", "aws:SourceIp", {"10.0.0.0/8", "192.0.2.0/24"}, strings{"192.0.2.7"}));
  EXPECT_FALSE(holds("NotIpAddress", "aws:SourceIp", {"10.0.0.0/8"}, strings{"10.9.9.9"}));
  EXPECT_TRUE(holds("ArnLike", "aws:SourceArn", {"arn:aws:s3:::logs-*"}, strings{"arn:aws:s3:::logs-1"}));
  EXPECT_TRUE(holds("ArnEquals", "aws:SourceArn", {"arn:aws:s3:::logs-*"}, strings{"arn:aws:s3:::logs-1"}));
}

TEST(PolicyConditions, SetQualifiers) {
  EXPECT_TRUE(holds("ForAnyValue:StringEquals", "aws:TagKeys", {"a"}, strings{"b", "a"}));
  EXPECT_FALSE(holds("ForAnyValue:StringEquals", "aws:TagKeys", {"a"}, std::nullopt));
  EXPECT_TRUE(holds("ForAllValues:StringEquals", "aws:TagKeys", {"a", "b"}, strings{"b", "a"}));
  EXPECT_FALSE(holds("ForAllValues:StringEquals", "aws:TagKeys", {"a"}, strings{"a", "c"}));
  EXPECT_TRUE(holds("ForAllValues:StringEquals", "aws:TagKeys", {"a"}, std::nullopt));
  EXPECT_TRUE(holds("ForAnyValue:StringNotEquals", "aws:TagKeys", {"a"}, strings{"a", "c"}));
  EXPECT_FALSE(holds("ForAllValues:StringNotEquals", "aws:TagKeys", {"a"}, strings{"a", "c"}));
  EXPECT_TRUE(holds("ForAnyValue:StringLikeIfExists", "aws:TagKeys", {"x*"}, std::nullopt));
}

TEST(PolicyConditions, KeysCompareIgnoringCaseAndVariablesResolve) {
  request_context ctx;
  ctx.set("AWS:SecureTransport", "false");
  EXPECT_TRUE(condition_holds(make("Bool", "aws:securetransport", {"false"}), ctx));
  ctx.set("aws:username", "alice");
  ctx.set("s3:prefix", "home/alice/notes");
  EXPECT_TRUE(condition_holds(make("StringLike", "s3:prefix", {"home/${aws:username}/*"}), ctx));
  ctx.set("aws:username", "bob");
  EXPECT_FALSE(condition_holds(make("StringLike", "s3:prefix", {"home/${aws:username}/*"}), ctx));
}

TEST(PolicyParse, FormsAndErrors) {
  auto text = parse(json(R"({"Statement":{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}})"));
  ASSERT_TRUE(text.policy) << text.error;
  EXPECT_EQ(text.policy->statements.size(), 1u);
  EXPECT_TRUE(text.policy->statements[0].principals.everyone);
  auto encoded = parse(json("%7B%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22*%22%2C"
                            "%22Resource%22%3A%22*%22%7D%5D%7D"));
  ASSERT_TRUE(encoded.policy) << encoded.error;
  EXPECT_EQ(encoded.policy->statements[0].actions, strings{"*"});
  EXPECT_EQ(parse(json(R"({"Statement":[{"Effect":"Permit","Action":"*"}]})")).error,
            "statement 1: Effect must be Allow or Deny");
  EXPECT_EQ(parse(json(R"({"Statement":[{"Effect":"Allow","Action":"*","Condition":{"StringEqualz":{"a":"b"}}}]})")).error,
            "statement 1: unknown condition operator StringEqualz");
  EXPECT_EQ(parse(json("{not json")).error, "the policy is not valid JSON");
  auto cond = parse(json::parse(R"({"Statement":[{"Sid":"x","Effect":"Deny","NotAction":["s3:Get*"],
      "NotResource":"arn:aws:s3:::b","Condition":{"ForAllValues:StringLikeIfExists":{"k":["v"]}}}]})"));
  ASSERT_TRUE(cond.policy) << cond.error;
  const auto& st = cond.policy->statements[0];
  EXPECT_TRUE(st.not_action);
  EXPECT_TRUE(st.not_resource);
  EXPECT_EQ(st.label, "statement x");
  EXPECT_EQ(st.conditions[0].base, "StringLike");
  EXPECT_TRUE(st.conditions[0].if_exists);
  EXPECT_EQ(st.conditions[0].qualifier, condition::set_qualifier::for_all_values);
}

request ask(caller who, std::string action, std::string resource) {
  return {std::move(who), std::move(action), std::move(resource), {}};
}

TEST(PolicyEvaluation, PrincipalForms) {
  auto policy_with = [](json principal, bool not_principal = false) {
    json st = {{"Effect", "Allow"}, {"Action", "s3:GetObject"}, {"Resource", "*"}};
    st[not_principal ? "NotPrincipal" : "Principal"] = principal;
    return parse(json{{"Statement", {st}}}).policy.value();
  };
  caller anonymous{};
  caller alice{caller::kind::iam, "111122223333", "arn:aws:iam::111122223333:user/alice", ""};
  caller other{caller::kind::iam, "444455556666", "arn:aws:iam::444455556666:user/eve", ""};
  caller s3{caller::kind::service, "", "", "s3.amazonaws.com"};
  auto allowed = [](const document& p, const caller& c) {
    return evaluate(p, ask(c, "s3:GetObject", "arn:aws:s3:::b/k")).result == decision::allow;
  };
  EXPECT_TRUE(allowed(policy_with("*"), anonymous));
  EXPECT_TRUE(allowed(policy_with({{"AWS", "*"}}), other));
  EXPECT_TRUE(allowed(policy_with({{"AWS", "111122223333"}}), alice));
  EXPECT_TRUE(allowed(policy_with({{"AWS", "arn:aws:iam::111122223333:root"}}), alice));
  EXPECT_FALSE(allowed(policy_with({{"AWS", "arn:aws:iam::111122223333:root"}}), other));
  EXPECT_TRUE(allowed(policy_with({{"AWS", {"arn:aws:iam::111122223333:user/alice"}}}), alice));
  EXPECT_FALSE(allowed(policy_with({{"AWS", "111122223333"}}), anonymous));
  EXPECT_TRUE(allowed(policy_with({{"Service", "s3.amazonaws.com"}}), s3));
  EXPECT_FALSE(allowed(policy_with({{"Service", "s3.amazonaws.com"}}), alice));
  EXPECT_TRUE(allowed(policy_with({{"AWS", "111122223333"}}, true), other));
  EXPECT_FALSE(allowed(policy_with({{"AWS", "111122223333"}}, true), alice));
}

TEST(PolicyEvaluation, ExplicitDenyWinsAndNotActionNotResource) {
  auto p = parse(json::parse(R"({"Statement":[
      {"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*"},
      {"Sid":"NoDelete","Effect":"Deny","Principal":"*","NotAction":["s3:Get*","s3:Put*"],"Resource":"arn:aws:s3:::b/*"},
      {"Effect":"Deny","Principal":"*","Action":"s3:GetObject","NotResource":"arn:aws:s3:::b/public/*"}]})"))
               .policy.value();
  caller anyone{};
  EXPECT_EQ(evaluate(p, ask(anyone, "s3:GetObject", "arn:aws:s3:::b/public/x")).result, decision::allow);
  auto denied = evaluate(p, ask(anyone, "s3:DeleteObject", "arn:aws:s3:::b/public/x"));
  EXPECT_EQ(denied.result, decision::explicit_deny);
  EXPECT_EQ(denied.decided_by->label, "statement NoDelete");
  EXPECT_EQ(evaluate(p, ask(anyone, "s3:GetObject", "arn:aws:s3:::b/private/x")).result, decision::explicit_deny);
  EXPECT_EQ(evaluate(p, ask(anyone, "s3:ListBucket", "arn:aws:s3:::b")).result, decision::implicit_deny);
}

}  // namespace
}  // namespace engine::policy
