// IAM managed policies and their versions, through HTTP.

#include "tests/mockaws/services/iam/iam_fixture.hpp"

namespace hipaasim::testing {
namespace {

using policies = iam_test;

json names(const json& output) { return pluck(output["Policies"], "PolicyName"); }

TEST_F(policies, lists_all_managed_policies_by_default) {
  EXPECT_EQ(names(call("ListPolicies")),
            json({"AdministratorAccess", "ReadOnlyAccess", "AWSLambdaBasicExecutionRole",
                  "clinic-billing", "service-boundary", "unused-local"}));
  EXPECT_EQ(names(call("ListPolicies", {{"Scope", "All"}})).size(), 6u);
}

TEST_F(policies, filters_by_scope_path_and_attachment) {
  EXPECT_EQ(names(call("ListPolicies", {{"Scope", "AWS"}})),
            json({"AdministratorAccess", "ReadOnlyAccess", "AWSLambdaBasicExecutionRole"}));
  EXPECT_EQ(names(call("ListPolicies", {{"Scope", "Local"}})),
            json({"clinic-billing", "service-boundary", "unused-local"}));
  EXPECT_EQ(names(call("ListPolicies", {{"PathPrefix", "/service-role/"}})),
            json({"AWSLambdaBasicExecutionRole"}));
  EXPECT_EQ(names(call("ListPolicies", {{"OnlyAttached", true}})),
            json({"AdministratorAccess", "ReadOnlyAccess", "AWSLambdaBasicExecutionRole",
                  "clinic-billing"}));
  EXPECT_EQ(names(call("ListPolicies", {{"Scope", "Local"}, {"OnlyAttached", true}})),
            json({"clinic-billing"}));
  EXPECT_EQ(names(call("ListPolicies", {{"PolicyUsageFilter", "PermissionsBoundary"}})),
            json({"service-boundary"}));
  EXPECT_EQ(names(call("ListPolicies", {{"Scope", "Local"},
                                        {"PolicyUsageFilter", "PermissionsPolicy"}})),
            json({"clinic-billing"}));
}

TEST_F(policies, counts_attachments_the_scenario_leaves_out) {
  json listed = call("ListPolicies", {{"Scope", "Local"}})["Policies"];
  // clinic-billing: attached to alice; Description and Tags are GetPolicy's only.
  EXPECT_EQ(listed[0], json::parse(R"({"PolicyName": "clinic-billing",
    "PolicyId": "ANPACLINICBILLING0001",
    "Arn": "arn:aws:iam::123456789012:policy/billing/clinic-billing", "Path": "/billing/",
    "DefaultVersionId": "v2", "AttachmentCount": 1, "PermissionsBoundaryUsageCount": 0,
    "IsAttachable": true, "CreateDate": "2024-01-01T00:00:00Z",
    "UpdateDate": "2024-06-01T00:00:00Z"})"));
  EXPECT_EQ(listed[1]["PermissionsBoundaryUsageCount"], 1);  // svc-billing's boundary
  EXPECT_EQ(listed[1]["AttachmentCount"], 0);
  // Stated counts are kept as stated.
  EXPECT_EQ(call("ListPolicies", {{"Scope", "AWS"}})["Policies"][0]["AttachmentCount"], 1);
}

TEST_F(policies, pages_policies) {
  EXPECT_EQ(pluck(walk("ListPolicies", {{"Scope", "AWS"}}, "Policies"), "PolicyName"),
            json({"AdministratorAccess", "ReadOnlyAccess", "AWSLambdaBasicExecutionRole"}));
  json first = call("ListPolicies", {{"MaxItems", 4}});
  EXPECT_EQ(first["Policies"].size(), 4u);
  EXPECT_EQ(first["IsTruncated"], true);
  json rest = call("ListPolicies", {{"MaxItems", 4}, {"Marker", first["Marker"]}});
  EXPECT_EQ(names(rest), json({"service-boundary", "unused-local"}));
  EXPECT_EQ(rest["IsTruncated"], false);
}

TEST_F(policies, gets_a_policy_version_with_its_document_url_encoded) {
  json version = call("GetPolicyVersion",
                      {{"PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"},
                       {"VersionId", "v1"}})["PolicyVersion"];
  EXPECT_EQ(decoded_document(version["Document"]),
            json::parse(R"({"Version": "2012-10-17",
              "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]})"));
  version.erase("Document");
  EXPECT_EQ(version, json::parse(R"({"VersionId": "v1", "IsDefaultVersion": true,
                                     "CreateDate": "2015-02-06T18:39:46Z"})"));
}

TEST_F(policies, marks_the_default_version_from_the_policy) {
  const std::string arn = "arn:aws:iam::123456789012:policy/billing/clinic-billing";
  json v1 = call("GetPolicyVersion", {{"PolicyArn", arn}, {"VersionId", "v1"}})["PolicyVersion"];
  json v2 = call("GetPolicyVersion", {{"PolicyArn", arn}, {"VersionId", "v2"}})["PolicyVersion"];
  EXPECT_EQ(v1["IsDefaultVersion"], false);
  EXPECT_EQ(v2["IsDefaultVersion"], true);
  EXPECT_EQ(v1["Document"], mockaws::protocol::percent_encode(
                                R"({"Version":"2012-10-17","Statement":[{"Effect":"Allow",)"
                                R"("Action":"ce:*","Resource":"*"}]})"));
  EXPECT_EQ(decoded_document(v2["Document"])["Statement"][0]["Action"], "ce:Get*");
}

TEST_F(policies, answers_no_such_entity_for_a_missing_policy_or_version) {
  expect_error("GetPolicyVersion",
               {{"PolicyArn", "arn:aws:iam::123456789012:policy/gone"}, {"VersionId", "v1"}},
               "NoSuchEntity", 404, "Policy arn:aws:iam::123456789012:policy/gone was not found.");
  expect_error("GetPolicyVersion",
               {{"PolicyArn", "arn:aws:iam::aws:policy/AdministratorAccess"}, {"VersionId", "v9"}},
               "NoSuchEntity", 404,
               "Policy arn:aws:iam::aws:policy/AdministratorAccess version v9 does not exist or "
               "is not attachable.");
}

}  // namespace
}  // namespace hipaasim::testing
