#pragma once
// IAM's handlers, by resource family (users.cpp, groups_roles.cpp, policies.cpp, account.cpp,
// credential_report.cpp, authorization_details.cpp); shared lookups in iam_state.hpp. The table
// is iam_operations.cpp.
//
// State (global), in the shapes `aws iam ...` prints, each resource with its sub-documents:
//   iam:
//     Users:
//       - UserName, UserId, Arn, Path, CreateDate, PasswordLastUsed, Tags,
//         PermissionsBoundary                                                     (User)
//         AccessKeys: [{AccessKeyId, Status, CreateDate,                (AccessKeyMetadata,
//                       AccessKeyLastUsed: {LastUsedDate, ServiceName, Region}}]  UserName implied)
//         MFADevices: [{SerialNumber, EnableDate}]             (MFADevice, UserName implied)
//         AttachedPolicies: [{PolicyName, PolicyArn}]          (AttachedPolicy)
//         InlinePolicies: {PolicyName: document}
//         LoginProfile: {CreateDate, PasswordResetRequired}    (absent: no console password)
//         Groups: [group names]
//     Groups:
//       - GroupName, GroupId, Arn, Path, CreateDate                               (Group)
//         AttachedPolicies, InlinePolicies                     (as for users)
//     Roles:
//       - RoleName, RoleId, Arn, Path, CreateDate, AssumeRolePolicyDocument (a document),
//         Description, MaxSessionDuration, PermissionsBoundary, Tags, RoleLastUsed  (Role)
//         AttachedPolicies, InlinePolicies                     (as for users)
//     Policies:                                                (managed policies, AWS's and own)
//       - PolicyName, PolicyId, Arn, Path, DefaultVersionId, AttachmentCount,
//         PermissionsBoundaryUsageCount, IsAttachable, Description, CreateDate, UpdateDate (Policy)
//         Versions: [{VersionId, Document, IsDefaultVersion, CreateDate}]          (PolicyVersion)
//     VirtualMFADevices: [{SerialNumber, EnableDate, User: User}]  (VirtualMFADevice; no User:
//                                                                   unassigned)
//     PasswordPolicy: PasswordPolicy          (absent: no policy, NoSuchEntity)
//     RootAccount:                            (the account's root user; all optional)
//       CreateDate, PasswordLastUsed          (credential report's <root_account> row)
//       AccessKeys: [AccessKeyMetadata]       (root keys: AccountAccessKeysPresent)
//       MFADevices: [MFADevice]               (e.g. a hardware token: AccountMFAEnabled)
//     SummaryMap: {key: integer}              (GetAccountSummary overrides, key by key)
//
// Documents (inline policies, policy versions, trust policies) are JSON objects or JSON strings;
// IAM sends them URL-encoded (botocore and the CLI decode them). An object is sent as compact
// JSON with its keys sorted; give a string to control the exact text.
//
// Derived answers, so that scenarios state each fact once:
// - A user's MFA devices are its MFADevices plus the VirtualMFADevices whose User names it (by
//   Arn or UserName); the root's are RootAccount.MFADevices plus the virtual devices whose
//   User.Arn is the root's (arn:aws:iam::ACCOUNT:root, serial usually
//   arn:aws:iam::ACCOUNT:mfa/root-account-mfa-device). AWS shows the root without a UserName,
//   and so do the root's derived entries here.
// - A policy without AttachmentCount / PermissionsBoundaryUsageCount gets them counted from the
//   users', groups' and roles' AttachedPolicies / PermissionsBoundary.
// - A version without IsDefaultVersion is the default when it is the policy's DefaultVersionId.
//
// The scenario's credentials are the root's (see sts), so calls that default to the calling
// identity (ListAccessKeys, ListMFADevices without UserName) answer for the root.

#include "mockaws/services/handler.hpp"

namespace mockaws::services::iam {

// users.cpp
json list_access_keys(const call_context& c);
json list_mfa_devices(const call_context& c);
json list_attached_user_policies(const call_context& c);
json list_user_policies(const call_context& c);
json get_user_policy(const call_context& c);
json get_login_profile(const call_context& c);

// groups_roles.cpp
json list_group_policies(const call_context& c);
json get_group_policy(const call_context& c);
json list_roles(const call_context& c);
json list_role_policies(const call_context& c);
json get_role_policy(const call_context& c);

// policies.cpp
json list_policies(const call_context& c);
json get_policy_version(const call_context& c);

// account.cpp
json get_account_summary(const call_context& c);
json list_virtual_mfa_devices(const call_context& c);

// authorization_details.cpp
json get_account_authorization_details(const call_context& c);

// credential_report.cpp
json generate_credential_report(const call_context& c);
json get_credential_report(const call_context& c);

}  // namespace mockaws::services::iam
