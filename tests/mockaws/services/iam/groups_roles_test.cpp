// IAM groups and roles with their inline policies, through HTTP.

#include "tests/mockaws/services/iam/iam_fixture.hpp"

namespace hipaasim::testing {
namespace {

using groups_and_roles = iam_test;

TEST_F(groups_and_roles, lists_groups_as_stored_and_by_path) {
  json groups = call("ListGroups")["Groups"];
  EXPECT_EQ(pluck(groups, "GroupName"), json({"admins", "auditors"}));
  // The sub-documents stay in the scenario: a Group has five members.
  EXPECT_EQ(groups[1], json::parse(R"({"GroupName": "auditors", "GroupId": "AGPAAUDITORSEXAMPLE02",
    "Arn": "arn:aws:iam::123456789012:group/audit/auditors", "Path": "/audit/",
    "CreateDate": "2023-06-01T00:00:00Z"})"));
  EXPECT_EQ(pluck(call("ListGroups", {{"PathPrefix", "/audit/"}})["Groups"], "GroupName"),
            json({"auditors"}));
  EXPECT_EQ(call("ListGroups", {{"PathPrefix", "/nowhere/"}})["Groups"], json::array());
  EXPECT_EQ(pluck(walk("ListGroups", json::object(), "Groups"), "GroupName"),
            json({"admins", "auditors"}));
}

TEST_F(groups_and_roles, lists_and_gets_group_policies) {
  EXPECT_EQ(call("ListGroupPolicies", {{"GroupName", "admins"}})["PolicyNames"],
            json({"deny-leave"}));
  EXPECT_EQ(call("ListGroupPolicies", {{"GroupName", "auditors"}})["PolicyNames"], json::array());
  json got = call("GetGroupPolicy", {{"GroupName", "admins"}, {"PolicyName", "deny-leave"}});
  EXPECT_EQ(got["GroupName"], "admins");
  EXPECT_EQ(got["PolicyName"], "deny-leave");
  EXPECT_EQ(decoded_document(got["PolicyDocument"]),
            json::parse(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Deny",
              "Action": "organizations:LeaveOrganization", "Resource": "*"}]})"));
}

TEST_F(groups_and_roles, lists_roles_with_url_encoded_trust_policies) {
  json roles = call("ListRoles")["Roles"];
  ASSERT_EQ(pluck(roles, "RoleName"), json({"intake-lambda", "break-glass"}));
  json lambda = roles[0];
  EXPECT_EQ(decoded_document(lambda["AssumeRolePolicyDocument"]),
            json::parse(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
              "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})"));
  lambda.erase("AssumeRolePolicyDocument");
  // ListRoles leaves out RoleLastUsed, Tags and PermissionsBoundary (GetRole's).
  EXPECT_EQ(lambda, json::parse(R"({"RoleName": "intake-lambda", "RoleId": "AROAINTAKEEXAMPLE0001",
    "Arn": "arn:aws:iam::123456789012:role/service-role/intake-lambda", "Path": "/service-role/",
    "CreateDate": "2024-02-01T00:00:00Z", "MaxSessionDuration": 3600})"));
  // A trust policy given as a string goes out as that text.
  EXPECT_EQ(roles[1]["AssumeRolePolicyDocument"],
            mockaws::protocol::percent_encode(
                R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":)"
                R"({"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]})"));
}

TEST_F(groups_and_roles, filters_and_pages_roles) {
  EXPECT_EQ(pluck(call("ListRoles", {{"PathPrefix", "/service-role/"}})["Roles"], "RoleName"),
            json({"intake-lambda"}));
  EXPECT_EQ(pluck(walk("ListRoles", json::object(), "Roles"), "RoleName"),
            json({"intake-lambda", "break-glass"}));
}

TEST_F(groups_and_roles, lists_and_gets_role_policies) {
  EXPECT_EQ(call("ListRolePolicies", {{"RoleName", "intake-lambda"}})["PolicyNames"],
            json({"write-intake"}));
  EXPECT_EQ(call("ListRolePolicies", {{"RoleName", "break-glass"}})["PolicyNames"], json::array());
  json got = call("GetRolePolicy", {{"RoleName", "intake-lambda"}, {"PolicyName", "write-intake"}});
  EXPECT_EQ(got["RoleName"], "intake-lambda");
  EXPECT_EQ(got["PolicyDocument"],
            mockaws::protocol::percent_encode(
                R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                R"("Action":"dynamodb:PutItem","Resource":"*"}]})"));
}

TEST_F(groups_and_roles, answers_no_such_entity_for_missing_groups_roles_and_policies) {
  expect_error("ListGroupPolicies", {{"GroupName", "ghosts"}}, "NoSuchEntity", 404,
               "The group with name ghosts cannot be found.");
  expect_error("GetGroupPolicy", {{"GroupName", "ghosts"}, {"PolicyName", "x"}}, "NoSuchEntity",
               404, "The group with name ghosts cannot be found.");
  expect_error("GetGroupPolicy", {{"GroupName", "admins"}, {"PolicyName", "x"}}, "NoSuchEntity",
               404, "The group policy with name x cannot be found.");
  expect_error("ListRolePolicies", {{"RoleName", "ghost"}}, "NoSuchEntity", 404,
               "The role with name ghost cannot be found.");
  expect_error("GetRolePolicy", {{"RoleName", "ghost"}, {"PolicyName", "x"}}, "NoSuchEntity",
               404, "The role with name ghost cannot be found.");
  expect_error("GetRolePolicy", {{"RoleName", "break-glass"}, {"PolicyName", "x"}},
               "NoSuchEntity", 404, "The role policy with name x cannot be found.");
}

}  // namespace
}  // namespace hipaasim::testing
