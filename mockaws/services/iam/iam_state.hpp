#pragma once
// Lookups the IAM handlers share: resources by name (or AWS's NoSuchEntity), documents as IAM
// sends them, and the answers derived across collections (MFA devices, attachments). The state
// layout is documented in iam_handlers.hpp.

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::iam {

// "arn:aws:iam::ACCOUNT:root": how IAM names the account's root user.
std::string root_arn(const call_context& c);
// state.RootAccount, or an empty object.
const json& root_account(const json& state);

// The user, group or role named `name`, or NoSuchEntity with AWS's message
// ("The user with name X cannot be found.").
const json& require_user(const call_context& c, const std::string& name);
const json& require_group(const call_context& c, const std::string& name);
const json& require_role(const call_context& c, const std::string& name);

// A policy document as IAM puts it on the wire: its JSON text, percent-encoded (RFC 3986).
// Strings are taken as the JSON text itself; objects are serialised compactly.
std::string wire_document(const json& document);

// The names of a resource's InlinePolicies, in name order.
json inline_policy_names(const json& resource);
// Get{User,Group,Role}Policy for `owner`: `owner_member` is "UserName", "GroupName" or
// "RoleName", `kind` is "user", "group" or "role" (AWS's message names it).
json get_inline_policy(const call_context& c, const json& owner, std::string_view owner_member,
                       std::string_view kind);

// A managed policy's path, read from its ARN: ".../policy/service-role/X" -> "/service-role/".
std::string policy_path(std::string_view policy_arn);
// Whether the ARN names an AWS managed policy (account part "aws").
bool is_aws_managed(std::string_view policy_arn);

// How often each managed policy is attached (users, groups, roles) and used as a permissions
// boundary (users, roles), by ARN: the counts of policies whose stored counts are missing.
struct policy_usage {
  std::map<std::string, long long, std::less<>> attachments;
  std::map<std::string, long long, std::less<>> boundaries;
};
policy_usage count_policy_usage(const json& state);
// A stored managed policy as ListPolicies lists it: Path and the counts derived when missing.
json listed_policy(const json& stored, const policy_usage& usage);
// One stored version of `policy` as GetPolicyVersion returns it (IsDefaultVersion derived).
json policy_version(const json& policy, const json& version);

// MFA devices (MFADevice shape) of a user, or of the root, with the virtual devices assigned
// to it; duplicates by SerialNumber are dropped.
json user_mfa_devices(const json& state, const json& user);
json root_mfa_devices(const call_context& c);

// A copy of `item` without the named members (what a List call leaves out).
json without(json item, std::initializer_list<std::string_view> members);

}  // namespace mockaws::services::iam
