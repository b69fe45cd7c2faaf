// GetAccountAuthorizationDetails through HTTP: every principal and managed policy with its
// policies, filtered by entity type and paged with one window over the four lists.

#include "tests/mockaws/services/iam/iam_fixture.hpp"

namespace hipaasim::testing {
namespace {

using authorization_details = iam_test;

TEST_F(authorization_details, lists_users_with_their_inline_attached_policies_and_groups) {
  json out = call("GetAccountAuthorizationDetails", {{"Filter", json::array({"User"})}});
  EXPECT_EQ(pluck(out["UserDetailList"], "UserName"), json({"alice", "bob", "svc-billing"}));
  EXPECT_FALSE(out.contains("RoleDetailList") && !out["RoleDetailList"].empty()) << "filtered out";
  const json& alice = out["UserDetailList"][0];
  EXPECT_EQ(alice["UserId"], "AIDAALICEEXAMPLE00001");
  EXPECT_EQ(alice["GroupList"], json({"admins"}));
  EXPECT_EQ(pluck(alice["AttachedManagedPolicies"], "PolicyName"), json({"ReadOnlyAccess", "clinic-billing"}));
  ASSERT_EQ(alice["UserPolicyList"].size(), 2u);
  EXPECT_EQ(alice["UserPolicyList"][0]["PolicyName"], "kms-use");
  EXPECT_EQ(decoded_document(alice["UserPolicyList"][0]["PolicyDocument"])["Statement"][0]["Action"], "kms:Decrypt");
  EXPECT_EQ(out["UserDetailList"][2]["PermissionsBoundary"]["PermissionsBoundaryArn"],
            "arn:aws:iam::123456789012:policy/service-boundary");
}

TEST_F(authorization_details, lists_roles_with_trust_policies_and_groups_with_inline_policies) {
  json out = call("GetAccountAuthorizationDetails", {{"Filter", json::array({"Role", "Group"})}});
  EXPECT_EQ(pluck(out["RoleDetailList"], "RoleName"), json({"intake-lambda", "break-glass"}));
  const json& intake = out["RoleDetailList"][0];
  EXPECT_EQ(decoded_document(intake["AssumeRolePolicyDocument"])["Statement"][0]["Principal"]["Service"],
            "lambda.amazonaws.com");
  EXPECT_EQ(intake["RolePolicyList"][0]["PolicyName"], "write-intake");
  EXPECT_EQ(intake["RoleLastUsed"]["Region"], "us-east-1");
  EXPECT_EQ(pluck(out["GroupDetailList"], "GroupName"), json({"admins", "auditors"}));
  EXPECT_EQ(out["GroupDetailList"][0]["GroupPolicyList"][0]["PolicyName"], "deny-leave");
  EXPECT_TRUE(!out.contains("UserDetailList") || out["UserDetailList"].empty());
}

TEST_F(authorization_details, lists_local_policies_with_every_version_and_the_default_marked) {
  json out = call("GetAccountAuthorizationDetails", {{"Filter", json::array({"LocalManagedPolicy"})}});
  EXPECT_EQ(pluck(out["Policies"], "PolicyName"), json({"clinic-billing", "service-boundary", "unused-local"}));
  const json& billing = out["Policies"][0];
  EXPECT_EQ(billing["AttachmentCount"], 1);
  EXPECT_EQ(billing["Description"], "billing staff");
  ASSERT_EQ(billing["PolicyVersionList"].size(), 2u);
  EXPECT_EQ(billing["PolicyVersionList"][0]["IsDefaultVersion"], false);
  EXPECT_EQ(billing["PolicyVersionList"][1]["IsDefaultVersion"], true);
  EXPECT_EQ(decoded_document(billing["PolicyVersionList"][1]["Document"])["Statement"][0]["Action"], "ce:Get*");
  EXPECT_EQ(out["Policies"][1]["PermissionsBoundaryUsageCount"], 1);
  json aws = call("GetAccountAuthorizationDetails", {{"Filter", json::array({"AWSManagedPolicy"})}});
  EXPECT_EQ(pluck(aws["Policies"], "PolicyName"),
            json({"AdministratorAccess", "ReadOnlyAccess", "AWSLambdaBasicExecutionRole"}));
}

TEST_F(authorization_details, without_a_filter_answers_everything_and_pages_every_list_together) {
  json all = call("GetAccountAuthorizationDetails");
  EXPECT_EQ(all["UserDetailList"].size(), 3u);
  EXPECT_EQ(all["Policies"].size(), 6u);
  json first = call("GetAccountAuthorizationDetails", {{"MaxItems", 2}});
  EXPECT_EQ(first["IsTruncated"], true);
  EXPECT_EQ(first["UserDetailList"].size(), 2u);
  EXPECT_EQ(first["RoleDetailList"].size(), 2u);
  json rest = call("GetAccountAuthorizationDetails", {{"MaxItems", 2}, {"Marker", first["Marker"]}});
  EXPECT_EQ(pluck(rest["UserDetailList"], "UserName"), json({"svc-billing"}));
  EXPECT_EQ(rest["RoleDetailList"].size(), 0u);
}

}  // namespace
}  // namespace hipaasim::testing
