#pragma once
// Questions the rules ask of a policy, answered by searching for a request that proves the
// answer, under IAM's evaluation logic (evaluation.hpp):
//
// - Is it public? Some caller outside the account, its named partners and the values the policy
//   pins can be allowed an action on the resource.
// - Does it enforce TLS? Every request over plain HTTP (aws:SecureTransport false), by anyone, for
//   any action, on the bucket and on its objects, is explicitly denied.
// - Does it refuse unencrypted uploads? Every PutObject without s3:x-amz-server-side-encryption
//   is explicitly denied.
//
// How the search stays finite: a request differs from another only in ways some statement can
// tell apart, so it tries each caller kind, the actions and resources the question names plus
// one instance of every pattern the policy writes ('*' becomes "outsider"), and, for each
// condition key the matching statements test, the policy's own values, one instance of each
// pattern, the neighbours of each number, an address inside each CIDR and one outside, and
// "absent". A request is only ever answered by evaluate(), so a finding is a real request.
//
// Who is an outsider (our reading of AWS's "public", after S3's definition of non-public
// policies, which the managed rules follow): an anonymous caller, a principal of another
// account (999999999999 in witnesses), or a service principal acting for one. It cannot present
// a value the policy pins without a wildcard for an identity key (aws:SourceAccount,
// aws:SourceOwner, aws:SourceArn and aws:PrincipalArn unless their account part has a
// wildcard, aws:PrincipalAccount, aws:PrincipalOrgID and OrgPaths, aws:SourceVpc(e),
// aws:SourceIp other than a /0 block, aws:userid, kms:CallerAccount, s3:DataAccessPoint*); any
// other condition it can satisfy or avoid at will, including omitting the key.

#include <string>
#include <vector>

#include "engine/policy/evaluation.hpp"

namespace engine::policy {

struct finding {
  enum class answer { no, yes, undetermined };
  answer result = answer::no;
  std::optional<request> witness;   // the request that proves a "yes"
  std::string statement;            // the statement that allowed it (or "")
  std::string reason;               // for undetermined: why the search gave up
  explicit operator bool() const { return result == answer::yes; }
};

// The outsider's account in witnesses; never a real account.
inline constexpr const char* outsider_account = "999999999999";

struct public_question {
  std::string owner_account;             // the resource's own account (its callers are not public)
  std::vector<std::string> resources;    // ARNs the grant would be on
  std::string action_namespace;          // "lambda", "s3": actions considered are in it
  std::vector<std::string> actions;      // the service's actions to try besides the policy's own
};
finding public_access(const document& policy, const public_question& q);

// The request over plain HTTP that the policy lets through (not explicitly denied), if any.
finding insecure_transport_allowed(const document& policy, const std::string& bucket,
                                   const std::string& owner_account);

// The PutObject without a server-side-encryption header that the policy does not deny, if any.
finding unencrypted_upload_allowed(const document& policy, const std::string& bucket,
                                   const std::string& owner_account);

// A request for `action` on one of `resources` that the policy does not explicitly deny, if any:
// asked of every IAM principal of the owner account and of another account, each principal the
// policy names, and each principal ARN its conditions test on aws:PrincipalArn (one instance of
// each pattern), except the `exempt` ARNs. A caller's aws:PrincipalArn and aws:PrincipalAccount
// are its own; every other condition key takes any value (the caller avoids the Deny at will).
// Backup vault policies that must deny deleting recovery points ask this.
struct deny_question {
  std::string owner_account;
  std::string action;                  // "backup:DeleteRecoveryPoint"
  std::vector<std::string> resources;  // ARNs the request may be on
  std::vector<std::string> exempt;     // principal ARNs left out of the question
};
finding not_denied(const document& policy, const deny_question& q);

// Whether the key is one an outsider cannot choose (the list above).
bool identity_key(std::string_view key);

}  // namespace engine::policy
