#pragma once
// Questions the IAM rules ask of identity policies (a managed policy's default version, a
// user's, group's or role's inline policy). AWS Config's pages describe them over the statements
// as written, without evaluating conditions, so these look at the statements' Effect, Action /
// NotAction and Resource / NotResource only (parse() has already normalised strings vs lists,
// a lone statement object, and URL-encoded text).
//
// - Admin access: an Allow statement with an action that matches every action ("*", "*:*")
//   over a resource that matches every resource ("*").
// - Full access to a service: an Allow statement whose action grants every action of some
//   service ("ec2:*", "*"), or an Allow NotAction statement (it grants every action of every
//   service its NotAction does not name).
// - A blocked KMS action on all keys: an Allow statement that allows an action matching one of
//   the blocked patterns ("kms:*", "kms:Decrypt", "kms:ReEncrypt*"), worked out over KMS's real
//   actions so that "kms:*", "kms:Re*" and NotAction are judged exactly, on resources that are
//   not fixed values (a wildcard or a policy variable that can name a KMS key, or NotResource),
//   unless a Deny statement without conditions takes the same action away on all keys.

#include <optional>
#include <string>
#include <vector>

#include "engine/policy/policy.hpp"

namespace engine::policy {

// The statement that gives the answer and what it grants, for the annotation.
struct grant {
  std::string statement;  // "Sid AdminAll" or "statement 2"
  std::string what;       // "Action * on Resource *", "ec2:*", "kms:Decrypt on arn:aws:kms:*:*:key/*"
};

std::optional<grant> admin_access(const document& policy);
std::optional<grant> full_service_access(const document& policy);
std::optional<grant> blocked_kms_action_on_all_keys(const document& policy,
                                                    const std::vector<std::string>& blocked_patterns);

// Whether two glob patterns ('*', '?') can match a common value (case-insensitive).
bool globs_intersect(std::string_view a, std::string_view b);

// The IAM actions of AWS KMS ("kms:Decrypt", ...), from its service authorization reference.
const std::vector<std::string>& kms_actions();

}  // namespace engine::policy
