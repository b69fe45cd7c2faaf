#pragma once
// IAM-style policy documents as rules read them: bucket policies, Lambda resource policies,
// vault access policies. AWS lets most members be a string or a list, and principals be "*",
// {"AWS": "*"} or {"AWS": ["arn", ...]}; these helpers hide that.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace engine::rules {

using json = nlohmann::json;

// The policy as JSON: a document given as text (AWS returns policies as strings) is parsed;
// nullopt when it is neither an object nor JSON text of one.
std::optional<json> parse_policy(const json& value);

// The statements (Statement may be one object or a list).
std::vector<json> statements_of(const json& policy);

// A string-or-list member as a list (absent: empty).
std::vector<std::string> strings_of(const json& statement, std::string_view member);

// IAM's wildcard match, case-insensitive as IAM compares actions: "s3:*" matches "s3:PutObject".
bool wildcard_match(std::string_view pattern, std::string_view value);

// Whether the statement's Action covers `action` (a NotAction statement never does: it cannot
// be read as a grant or a denial of one action without the whole action list).
bool covers_action(const json& statement, std::string_view action);

// Whether the statement applies to everyone: Principal "*" or {"AWS": "*"} (also in a list).
bool applies_to_everyone(const json& statement);

// The values of condition `key` under `op` ({"Bool": {"aws:SecureTransport": "false"}}), keys
// compared case-insensitively as IAM does; booleans and numbers are given as their text.
std::vector<std::string> condition_values(const json& statement, std::string_view op,
                                          std::string_view key);
// Whether the statement has any condition on one of `keys` (under any operator).
bool has_condition_on(const json& statement, const std::vector<std::string_view>& keys);

}  // namespace engine::rules
