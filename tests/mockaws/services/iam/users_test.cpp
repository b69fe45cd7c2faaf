// IAM users and their sub-resources, through HTTP: values, filters, paging, NoSuchEntity.

#include "tests/mockaws/services/iam/iam_fixture.hpp"

namespace hipaasim::testing {
namespace {

using users = iam_test;

TEST_F(users, lists_users_without_the_attributes_list_users_omits) {
  json listed = call("ListUsers")["Users"];
  EXPECT_EQ(pluck(listed, "UserName"), json({"alice", "bob", "svc-billing"}));
  EXPECT_EQ(listed[0], json({{"UserName", "alice"},
                             {"UserId", "AIDAALICEEXAMPLE00001"},
                             {"Arn", "arn:aws:iam::123456789012:user/alice"},
                             {"Path", "/"},
                             {"CreateDate", "2024-01-15T09:00:00Z"},
                             {"PasswordLastUsed", "2026-10-30T08:00:00Z"}}));
  // ListUsers leaves out Tags and PermissionsBoundary (GetUser's).
  EXPECT_FALSE(listed[2].contains("PermissionsBoundary"));
  EXPECT_EQ(pluck(call("ListUsers", {{"PathPrefix", "/service/"}})["Users"], "UserName"),
            json({"svc-billing"}));
}

TEST_F(users, pages_users_one_at_a_time) {
  EXPECT_EQ(pluck(walk("ListUsers", json::object(), "Users"), "UserName"),
            json({"alice", "bob", "svc-billing"}));
  EXPECT_EQ(call("ListUsers")["IsTruncated"], false);
}

TEST_F(users, lists_a_users_access_keys_with_its_name) {
  json keys = call("ListAccessKeys", {{"UserName", "alice"}})["AccessKeyMetadata"];
  EXPECT_EQ(keys, json::parse(R"([
    {"UserName": "alice", "AccessKeyId": "AKIAALICEKEY00000001", "Status": "Active",
     "CreateDate": "2024-01-15T09:10:00Z"},
    {"UserName": "alice", "AccessKeyId": "AKIAALICEKEY00000002", "Status": "Inactive",
     "CreateDate": "2025-02-01T00:00:00Z"}])"));
  EXPECT_EQ(call("ListAccessKeys", {{"UserName", "bob"}})["AccessKeyMetadata"], json::array());
  EXPECT_EQ(pluck(walk("ListAccessKeys", {{"UserName", "alice"}}, "AccessKeyMetadata"),
                  "AccessKeyId"),
            json({"AKIAALICEKEY00000001", "AKIAALICEKEY00000002"}));
}

TEST_F(users, lists_the_roots_access_keys_without_a_user_name) {
  // The caller is the root (the scenario's credentials), which has no user name.
  EXPECT_EQ(call("ListAccessKeys")["AccessKeyMetadata"],
            json::parse(R"([{"AccessKeyId": "AKIAROOTKEYEXAMPLE01", "Status": "Active",
                             "CreateDate": "2020-02-02T00:00:00Z"}])"));
}

TEST_F(users, lists_mfa_devices_including_assigned_virtual_ones) {
  EXPECT_EQ(call("ListMFADevices", {{"UserName", "bob"}})["MFADevices"],
            json::parse(R"([{"UserName": "bob", "SerialNumber": "GAHT12345678",
                             "EnableDate": "2024-03-03T00:00:00Z"}])"));
  EXPECT_EQ(call("ListMFADevices", {{"UserName", "svc-billing"}})["MFADevices"],
            json::parse(R"([{"UserName": "svc-billing",
                             "SerialNumber": "arn:aws:iam::123456789012:mfa/svc-billing",
                             "EnableDate": "2025-06-02T00:00:00Z"}])"));
  EXPECT_EQ(call("ListMFADevices", {{"UserName", "alice"}})["MFADevices"], json::array());
  EXPECT_EQ(call("ListMFADevices")["MFADevices"],
            json::parse(R"([{
              "SerialNumber": "arn:aws:iam::123456789012:mfa/root-account-mfa-device",
              "EnableDate": "2019-02-01T00:00:00Z"}])"));
}

TEST_F(users, lists_attached_policies_filtered_by_the_policy_path) {
  json all = call("ListAttachedUserPolicies", {{"UserName", "alice"}})["AttachedPolicies"];
  EXPECT_EQ(all, json::parse(R"([
    {"PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"},
    {"PolicyName": "clinic-billing",
     "PolicyArn": "arn:aws:iam::123456789012:policy/billing/clinic-billing"}])"));
  EXPECT_EQ(pluck(call("ListAttachedUserPolicies",
                       {{"UserName", "alice"}, {"PathPrefix", "/billing/"}})["AttachedPolicies"],
                  "PolicyName"),
            json({"clinic-billing"}));
  EXPECT_EQ(call("ListAttachedUserPolicies", {{"UserName", "alice"}, {"PathPrefix", "/"}})
                ["AttachedPolicies"].size(), 2u);
  EXPECT_EQ(call("ListAttachedUserPolicies", {{"UserName", "bob"}})["AttachedPolicies"],
            json::array());
  EXPECT_EQ(walk("ListAttachedUserPolicies", {{"UserName", "alice"}}, "AttachedPolicies"), all);
}

TEST_F(users, lists_and_gets_inline_policies_url_encoded) {
  EXPECT_EQ(call("ListUserPolicies", {{"UserName", "alice"}})["PolicyNames"],
            json({"kms-use", "s3-records"}));
  EXPECT_EQ(call("ListUserPolicies", {{"UserName", "bob"}})["PolicyNames"], json::array());
  EXPECT_EQ(walk("ListUserPolicies", {{"UserName", "alice"}}, "PolicyNames"),
            json({"kms-use", "s3-records"}));

  json got = call("GetUserPolicy", {{"UserName", "alice"}, {"PolicyName", "s3-records"}});
  EXPECT_EQ(got["UserName"], "alice");
  EXPECT_EQ(got["PolicyName"], "s3-records");
  EXPECT_EQ(decoded_document(got["PolicyDocument"]), json::parse(R"({"Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                   "Resource": "arn:aws:s3:::records/*"}]})"));
  // A document given as a string is sent as that exact text, URL-encoded.
  got = call("GetUserPolicy", {{"UserName", "alice"}, {"PolicyName", "kms-use"}});
  EXPECT_EQ(got["PolicyDocument"],
            mockaws::protocol::percent_encode(
                R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", )"
                R"("Action": "kms:Decrypt", "Resource": "*"}]})"));
}

TEST_F(users, sends_policy_documents_url_encoded_on_the_wire) {
  auto response = client_.send(
      client_.build("iam", "GetUserPolicy", {{"UserName", "alice"}, {"PolicyName", "kms-use"}}));
  ASSERT_EQ(response.status, 200u) << response.body;
  // IAM's quirk: the document is percent-encoded inside the XML, not XML-escaped JSON.
  EXPECT_NE(response.body.find("<PolicyDocument>%7B%22Version%22%3A%20%222012-10-17%22%2C%20"
                               "%22Statement%22%3A%20%5B%7B%22Effect%22%3A%20%22Allow%22"),
            std::string::npos)
      << response.body;
  EXPECT_EQ(response.body.find("{&quot;"), std::string::npos);
}

TEST_F(users, gets_a_login_profile) {
  EXPECT_EQ(call("GetLoginProfile", {{"UserName", "alice"}})["LoginProfile"],
            json::parse(R"({"UserName": "alice", "CreateDate": "2024-01-15T09:05:00Z",
                            "PasswordResetRequired": false})"));
  EXPECT_EQ(call("GetLoginProfile", {{"UserName", "svc-billing"}})["LoginProfile"]
                ["PasswordResetRequired"], true);
  expect_error("GetLoginProfile", {{"UserName", "bob"}}, "NoSuchEntity", 404,
               "Login Profile for User bob cannot be found.");
}

TEST_F(users, answers_no_such_entity_for_a_missing_user) {
  const std::string message = "The user with name nobody cannot be found.";
  json who = {{"UserName", "nobody"}};
  for (const char* operation : {"ListAccessKeys", "ListMFADevices", "ListAttachedUserPolicies",
                                "ListUserPolicies", "GetLoginProfile"})
    expect_error(operation, who, "NoSuchEntity", 404, message);
  expect_error("GetUserPolicy", {{"UserName", "nobody"}, {"PolicyName", "x"}}, "NoSuchEntity",
               404, message);
  expect_error("GetUserPolicy", {{"UserName", "alice"}, {"PolicyName", "nope"}}, "NoSuchEntity",
               404, "The user policy with name nope cannot be found.");
}

}  // namespace
}  // namespace hipaasim::testing
