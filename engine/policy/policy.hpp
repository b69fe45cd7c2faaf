#pragma once
// IAM policy documents (identity policies and the resource policies of S3 buckets, Lambda
// functions, SNS topics, SQS queues, KMS keys, OpenSearch domains, secrets, backup vaults) read
// once into a structure the analyzer can reason about. AWS lets most members be a string or a
// list, a statement be one object or a list, principals be "*", {"AWS": "*"} or typed lists, and
// returns documents as JSON text (IAM's URL-encoded): parse() hides all of that.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace engine::policy {

using json = nlohmann::json;

// One test of a Condition block: {"StringEqualsIfExists": {"aws:SourceAccount": ["1", "2"]}}
// gives one condition per key, with the operator split into its parts.
struct condition {
  enum class set_qualifier { none, for_any_value, for_all_values };
  std::string operator_name;  // as written: "ForAnyValue:StringLikeIfExists"
  std::string base;           // the operator itself: "StringLike"
  set_qualifier qualifier = set_qualifier::none;
  bool if_exists = false;
  std::string key;            // as written; keys compare case-insensitively
  std::vector<std::string> values;
};

// Who a statement names. "*" as the whole Principal is `everyone`; otherwise each typed entry:
// {"AWS": [...], "Service": ..., "Federated": ..., "CanonicalUser": ...}.
struct principal_entry {
  std::string type;   // "AWS", "Service", "Federated", "CanonicalUser"
  std::string value;  // "*", an account id, an ARN, "s3.amazonaws.com", ...
};

struct principal_set {
  bool present = false;  // identity policies have none: they apply to whoever holds them
  bool everyone = false;
  std::vector<principal_entry> entries;
};

struct statement {
  std::string sid;
  bool allow = false;  // Effect "Allow"; anything else is "Deny"
  principal_set principals;
  bool not_principal = false;  // the set came from NotPrincipal
  std::vector<std::string> actions;
  bool not_action = false;
  std::vector<std::string> resources;  // empty with !resource_present: applies to every resource
  bool resource_present = false;
  bool not_resource = false;
  std::vector<condition> conditions;

  // "Sid x" or "statement 2" (1-based), for annotations.
  std::string label;
};

struct document {
  std::string version;
  std::vector<statement> statements;
};

// The policy in `value`: a JSON object, or text holding one (URL-encoded text too, as IAM's
// GetPolicyVersion and GetUserPolicy return it). An error names what is wrong and where
// ("statement 2: Effect must be Allow or Deny").
struct parse_result {
  std::optional<document> policy;
  std::string error;
};
parse_result parse(const json& value);

// Percent-decoding as IAM's documents need it ("%7B%22Version..." -> "{\"Version..."); text
// without escapes is returned as it is.
std::string url_decode(std::string_view text);

}  // namespace engine::policy
