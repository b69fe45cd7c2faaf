#pragma once
// The clinic account the IAM tests read, and helpers to call IAM and check its errors.

#include <string>

#include <gtest/gtest.h>

#include "mockaws/protocol/encoding.hpp"
#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {

// Three users (alice: password, two keys, policies; bob: hardware MFA only; svc-billing: a
// virtual MFA, a boundary, a password never used), two groups, two roles, six managed policies,
// three virtual MFA devices (the root's, svc-billing's, a spare) and root access keys.
inline constexpr const char* iam_scenario = R"yaml(
account_id: "123456789012"
now: 2026-11-01T00:00:00Z
global:
  iam:
    RootAccount:
      CreateDate: 2019-01-10T08:00:00Z
      PasswordLastUsed: 2026-09-01T10:00:00Z
      AccessKeys:
        - {AccessKeyId: AKIAROOTKEYEXAMPLE01, Status: Active, CreateDate: 2020-02-02T00:00:00Z}
    Users:
      - UserName: alice
        UserId: AIDAALICEEXAMPLE00001
        Arn: arn:aws:iam::123456789012:user/alice
        Path: /
        CreateDate: 2024-01-15T09:00:00Z
        PasswordLastUsed: 2026-10-30T08:00:00Z
        Tags: [{Key: team, Value: front-desk}]
        LoginProfile: {CreateDate: 2024-01-15T09:05:00Z, PasswordResetRequired: false}
        AccessKeys:
          - AccessKeyId: AKIAALICEKEY00000001
            Status: Active
            CreateDate: 2024-01-15T09:10:00Z
            AccessKeyLastUsed: {LastUsedDate: 2026-10-31T12:00:00Z, ServiceName: s3, Region: us-east-1}
          - {AccessKeyId: AKIAALICEKEY00000002, Status: Inactive, CreateDate: 2025-02-01T00:00:00Z}
        AttachedPolicies:
          - {PolicyName: ReadOnlyAccess, PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess"}
          - {PolicyName: clinic-billing,
             PolicyArn: "arn:aws:iam::123456789012:policy/billing/clinic-billing"}
        InlinePolicies:
          s3-records:
            Version: "2012-10-17"
            Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::records/*"}]
          kms-use: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*"}]}'
        Groups: [admins]
      - UserName: bob
        UserId: AIDABOBEXAMPLE0000002
        Arn: arn:aws:iam::123456789012:user/bob
        Path: /
        CreateDate: 2024-03-02T10:30:00Z
        MFADevices: [{SerialNumber: GAHT12345678, EnableDate: 2024-03-03T00:00:00Z}]
      - UserName: svc-billing
        UserId: AIDASVCBILLINGEXAMPL3
        Arn: arn:aws:iam::123456789012:user/service/svc-billing
        Path: /service/
        CreateDate: 2025-06-01T00:00:00Z
        LoginProfile: {CreateDate: 2025-06-01T00:00:00Z, PasswordResetRequired: true}
        PermissionsBoundary:
          PermissionsBoundaryType: PermissionsBoundaryPolicy
          PermissionsBoundaryArn: "arn:aws:iam::123456789012:policy/service-boundary"
    Groups:
      - GroupName: admins
        GroupId: AGPAADMINSEXAMPLE0001
        Arn: arn:aws:iam::123456789012:group/admins
        Path: /
        CreateDate: 2023-05-01T00:00:00Z
        AttachedPolicies:
          - {PolicyName: AdministratorAccess, PolicyArn: "arn:aws:iam::aws:policy/AdministratorAccess"}
        InlinePolicies:
          deny-leave: {Version: "2012-10-17", Statement: [{Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*"}]}
      - GroupName: auditors
        GroupId: AGPAAUDITORSEXAMPLE02
        Arn: arn:aws:iam::123456789012:group/audit/auditors
        Path: /audit/
        CreateDate: 2023-06-01T00:00:00Z
    Roles:
      - RoleName: intake-lambda
        RoleId: AROAINTAKEEXAMPLE0001
        Arn: arn:aws:iam::123456789012:role/service-role/intake-lambda
        Path: /service-role/
        CreateDate: 2024-02-01T00:00:00Z
        MaxSessionDuration: 3600
        AssumeRolePolicyDocument:
          Version: "2012-10-17"
          Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: "sts:AssumeRole"}]
        RoleLastUsed: {LastUsedDate: 2026-10-30T00:00:00Z, Region: us-east-1}
        Tags: [{Key: app, Value: intake}]
        AttachedPolicies:
          - {PolicyName: AWSLambdaBasicExecutionRole,
             PolicyArn: "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"}
        InlinePolicies:
          write-intake: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"dynamodb:PutItem","Resource":"*"}]}'
      - RoleName: break-glass
        RoleId: AROABREAKGLASSEXAMPL2
        Arn: arn:aws:iam::123456789012:role/break-glass
        Path: /
        CreateDate: 2023-01-01T00:00:00Z
        MaxSessionDuration: 3600
        AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}'
    Policies:
      - PolicyName: AdministratorAccess
        PolicyId: ANPAIWMBCKSKIEE64ZLYK
        Arn: arn:aws:iam::aws:policy/AdministratorAccess
        Path: /
        DefaultVersionId: v1
        AttachmentCount: 1
        PermissionsBoundaryUsageCount: 0
        IsAttachable: true
        CreateDate: 2015-02-06T18:39:46Z
        UpdateDate: 2015-02-06T18:39:46Z
        Versions:
          - VersionId: v1
            IsDefaultVersion: true
            CreateDate: 2015-02-06T18:39:46Z
            Document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "*", Resource: "*"}]}
      - PolicyName: ReadOnlyAccess
        PolicyId: ANPAILL3HVNFSB6DCOWYQ
        Arn: arn:aws:iam::aws:policy/ReadOnlyAccess
        Path: /
        DefaultVersionId: v1
        IsAttachable: true
      - PolicyName: AWSLambdaBasicExecutionRole
        PolicyId: ANPAJNCQGXC42545SKXIK
        Arn: arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
        Path: /service-role/
        DefaultVersionId: v1
        IsAttachable: true
      - PolicyName: clinic-billing
        PolicyId: ANPACLINICBILLING0001
        Arn: arn:aws:iam::123456789012:policy/billing/clinic-billing
        Path: /billing/
        DefaultVersionId: v2
        IsAttachable: true
        Description: billing staff
        Tags: [{Key: owner, Value: finance}]
        CreateDate: 2024-01-01T00:00:00Z
        UpdateDate: 2024-06-01T00:00:00Z
        Versions:
          - {VersionId: v1, CreateDate: 2024-01-01T00:00:00Z,
             Document: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ce:*","Resource":"*"}]}'}
          - {VersionId: v2, CreateDate: 2024-06-01T00:00:00Z,
             Document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "ce:Get*", Resource: "*"}]}}
      - PolicyName: service-boundary
        PolicyId: ANPASERVICEBOUNDARY01
        Arn: arn:aws:iam::123456789012:policy/service-boundary
        Path: /
        DefaultVersionId: v1
        IsAttachable: true
      - PolicyName: unused-local
        PolicyId: ANPAUNUSEDLOCAL000001
        Arn: arn:aws:iam::123456789012:policy/unused-local
        Path: /
        DefaultVersionId: v1
        AttachmentCount: 0
        IsAttachable: true
    VirtualMFADevices:
      - SerialNumber: arn:aws:iam::123456789012:mfa/root-account-mfa-device
        EnableDate: 2019-02-01T00:00:00Z
        User: {Arn: "arn:aws:iam::123456789012:root", UserId: "123456789012",
               CreateDate: 2019-01-10T08:00:00Z}
      - SerialNumber: arn:aws:iam::123456789012:mfa/svc-billing
        EnableDate: 2025-06-02T00:00:00Z
        User: {UserName: svc-billing, UserId: AIDASVCBILLINGEXAMPL3, Path: /service/,
               Arn: "arn:aws:iam::123456789012:user/service/svc-billing",
               CreateDate: 2025-06-01T00:00:00Z}
      - SerialNumber: arn:aws:iam::123456789012:mfa/spare
        Base32StringSeed: QUJDREVGR0g=
        Tags: [{Key: kept, Value: drawer}]
    PasswordPolicy:
      MinimumPasswordLength: 14
      RequireSymbols: true
      ExpirePasswords: true
      MaxPasswordAge: 90
)yaml";

class iam_test : public ::testing::Test {
 protected:
  scenario_server server_{iam_scenario};
  aws_test_client client_ = server_.client();

  // Calls an IAM operation and expects it to succeed.
  json call(const char* operation, const json& input = json::object()) {
    auto outcome = client_.call("iam", operation, input);
    EXPECT_FALSE(outcome.error) << operation << ": " << outcome.error->code << ": "
                                << outcome.error->message;
    EXPECT_EQ(outcome.http_status, 200u) << operation;
    return outcome.output;
  }

  // Calls an IAM operation and expects AWS's error: wire code, HTTP status and message.
  void expect_error(const char* operation, const json& input, const char* code, unsigned status,
                    const std::string& message) {
    auto outcome = client_.call("iam", operation, input);
    ASSERT_TRUE(outcome.error) << operation << " succeeded: " << outcome.output.dump();
    EXPECT_EQ(outcome.error->code, code) << operation;
    EXPECT_EQ(outcome.http_status, status) << operation;
    EXPECT_EQ(outcome.error->message, message) << operation;
  }

  // Every page of a list call made with MaxItems=1, checking IsTruncated and Marker on each.
  json walk(const char* operation, json input, const char* result_key) {
    json seen = json::array();
    input["MaxItems"] = 1;
    for (int page = 0; page < 20; ++page) {
      json output = call(operation, input);
      EXPECT_LE(output[result_key].size(), 1u);
      for (const auto& item : output[result_key]) seen.push_back(item);
      if (!output.value("IsTruncated", false)) {
        EXPECT_FALSE(output.contains("Marker"));
        return seen;
      }
      EXPECT_TRUE(output["Marker"].is_string());
      input["Marker"] = output["Marker"];
    }
    ADD_FAILURE() << operation << " never stopped paging";
    return seen;
  }
};

// `member` of each item, in order.
inline json pluck(const json& list, const char* member) {
  json out = json::array();
  for (const auto& item : list) out.push_back(item.value(member, json()));
  return out;
}

// A URL-encoded policy document as IAM sends it, decoded and parsed.
inline json decoded_document(const json& wire) {
  auto text = mockaws::protocol::percent_decode(wire.get<std::string>(), false);
  if (!text) return json("<not URL-encoded: " + wire.get<std::string>() + ">");
  return json::parse(*text);
}

}  // namespace hipaasim::testing
