// Account-wide IAM calls through HTTP: summary, password policy, virtual MFA devices.

#include "tests/mockaws/services/iam/iam_fixture.hpp"

namespace hipaasim::testing {
namespace {

using account = iam_test;

TEST_F(account, summarises_the_account_from_state) {
  EXPECT_EQ(call("GetAccountSummary")["SummaryMap"], json::parse(R"({
    "Users": 3, "Groups": 2, "Roles": 2, "Policies": 3, "PolicyVersionsInUse": 4,
    "MFADevices": 4, "MFADevicesInUse": 3, "AccountMFAEnabled": 1, "AccountPasswordPresent": 1,
    "AccountAccessKeysPresent": 1, "AccountSigningCertificatesPresent": 0,
    "InstanceProfiles": 0, "Providers": 0, "ServerCertificates": 0,
    "AccessKeysPerUserQuota": 2, "AssumeRolePolicySizeQuota": 2048,
    "AttachedPoliciesPerGroupQuota": 10, "AttachedPoliciesPerRoleQuota": 10,
    "AttachedPoliciesPerUserQuota": 10, "GlobalEndpointTokenVersion": 1,
    "GroupPolicySizeQuota": 5120, "GroupsPerUserQuota": 10, "GroupsQuota": 300,
    "InstanceProfilesQuota": 1000, "PoliciesQuota": 1500, "PolicySizeQuota": 6144,
    "PolicyVersionsInUseQuota": 10000, "RolePolicySizeQuota": 10240, "RolesQuota": 1000,
    "ServerCertificatesQuota": 20, "SigningCertificatesPerUserQuota": 2,
    "UserPolicySizeQuota": 2048, "UsersQuota": 5000, "VersionsPerPolicyQuota": 5})"));
}

TEST_F(account, returns_the_password_policy) {
  EXPECT_EQ(call("GetAccountPasswordPolicy")["PasswordPolicy"],
            json::parse(R"({"MinimumPasswordLength": 14, "RequireSymbols": true,
                            "ExpirePasswords": true, "MaxPasswordAge": 90})"));
}

TEST_F(account, lists_virtual_mfa_devices_by_assignment) {
  json any = call("ListVirtualMFADevices")["VirtualMFADevices"];
  EXPECT_EQ(pluck(any, "SerialNumber"),
            json({"arn:aws:iam::123456789012:mfa/root-account-mfa-device",
                  "arn:aws:iam::123456789012:mfa/svc-billing",
                  "arn:aws:iam::123456789012:mfa/spare"}));
  // How rules tell a root virtual MFA: the device's User is the root's ARN.
  EXPECT_EQ(any[0], json::parse(R"({
    "SerialNumber": "arn:aws:iam::123456789012:mfa/root-account-mfa-device",
    "EnableDate": "2019-02-01T00:00:00Z",
    "User": {"Arn": "arn:aws:iam::123456789012:root", "UserId": "123456789012",
             "CreateDate": "2019-01-10T08:00:00Z"}})"));
  // The seed is CreateVirtualMFADevice's alone; listings omit tags.
  EXPECT_EQ(any[2], json({{"SerialNumber", "arn:aws:iam::123456789012:mfa/spare"}}));

  EXPECT_EQ(call("ListVirtualMFADevices", {{"AssignmentStatus", "Any"}})["VirtualMFADevices"], any);
  EXPECT_EQ(pluck(call("ListVirtualMFADevices", {{"AssignmentStatus", "Assigned"}})
                      ["VirtualMFADevices"], "SerialNumber"),
            json({"arn:aws:iam::123456789012:mfa/root-account-mfa-device",
                  "arn:aws:iam::123456789012:mfa/svc-billing"}));
  EXPECT_EQ(pluck(call("ListVirtualMFADevices", {{"AssignmentStatus", "Unassigned"}})
                      ["VirtualMFADevices"], "SerialNumber"),
            json({"arn:aws:iam::123456789012:mfa/spare"}));
  EXPECT_EQ(walk("ListVirtualMFADevices", json::object(), "VirtualMFADevices"), any);
}

TEST(iam_account, summary_of_an_empty_account_and_no_password_policy) {
  scenario_server server("global:\n  iam: {}\n");
  aws_test_client client = server.client();
  auto summary = client.call("iam", "GetAccountSummary");
  ASSERT_FALSE(summary.error);
  for (const char* key : {"Users", "Groups", "Roles", "Policies", "PolicyVersionsInUse",
                          "MFADevices", "MFADevicesInUse", "AccountMFAEnabled",
                          "AccountAccessKeysPresent"})
    EXPECT_EQ(summary.output["SummaryMap"][key], 0) << key;
  EXPECT_EQ(summary.output["SummaryMap"]["UsersQuota"], 5000);

  auto policy = client.call("iam", "GetAccountPasswordPolicy");
  ASSERT_TRUE(policy.error);
  EXPECT_EQ(policy.error->code, "NoSuchEntity");
  EXPECT_EQ(policy.http_status, 404u);
  EXPECT_EQ(policy.error->message,
            "The Password Policy with domain name 123456789012 cannot be found.");
  for (const char* list : {"ListUsers", "ListGroups", "ListRoles", "ListPolicies",
                           "ListVirtualMFADevices", "ListAccessKeys", "ListMFADevices"}) {
    auto outcome = client.call("iam", list);
    ASSERT_FALSE(outcome.error) << list;
    EXPECT_EQ(outcome.output["IsTruncated"], false) << list;
  }
}

TEST(iam_account, hardware_root_mfa_and_summary_overrides) {
  // A root hardware token sits in RootAccount.MFADevices: the account has MFA, and no virtual
  // device names the root (what ROOT_ACCOUNT_HARDWARE_MFA_ENABLED looks for).
  scenario_server server(R"yaml(
global:
  iam:
    RootAccount:
      MFADevices: [{SerialNumber: GAHT-ROOT-0001, EnableDate: 2020-01-01T00:00:00Z}]
    SummaryMap: {UsersQuota: 6000, InstanceProfiles: 4, AccountAccessKeysPresent: 1}
)yaml");
  aws_test_client client = server.client();
  auto summary = client.call("iam", "GetAccountSummary");
  ASSERT_FALSE(summary.error);
  const json& map = summary.output["SummaryMap"];
  EXPECT_EQ(map["AccountMFAEnabled"], 1);
  EXPECT_EQ(map["MFADevices"], 1);
  EXPECT_EQ(map["MFADevicesInUse"], 1);
  EXPECT_EQ(map["UsersQuota"], 6000);
  EXPECT_EQ(map["InstanceProfiles"], 4);
  EXPECT_EQ(map["AccountAccessKeysPresent"], 1);
  EXPECT_EQ(map["Users"], 0);

  auto virtual_devices = client.call("iam", "ListVirtualMFADevices");
  ASSERT_FALSE(virtual_devices.error);
  EXPECT_EQ(virtual_devices.output["VirtualMFADevices"], json::array());
  auto root_devices = client.call("iam", "ListMFADevices");
  ASSERT_FALSE(root_devices.error);
  EXPECT_EQ(root_devices.output["MFADevices"],
            json::parse(R"([{"SerialNumber": "GAHT-ROOT-0001",
                             "EnableDate": "2020-01-01T00:00:00Z"}])"));
}

}  // namespace
}  // namespace hipaasim::testing
