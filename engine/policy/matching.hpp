#pragma once
// The value matching IAM uses in policies: glob patterns ('*' any run, '?' one character) for
// actions (case-insensitive), resources and StringLike (case-sensitive); ARNs compared segment
// by segment; IP addresses against CIDR blocks.

#include <optional>
#include <string>
#include <string_view>

namespace engine::policy {

enum class letter_case { sensitive, insensitive };

bool glob_match(std::string_view pattern, std::string_view value, letter_case c);

bool equal_text(std::string_view a, std::string_view b, letter_case c);

// ArnLike/ArnEquals: the six colon-delimited parts (arn:partition:service:region:account:rest)
// each matched as a glob, case-sensitively; the last part keeps its colons.
bool arn_match(std::string_view pattern, std::string_view arn);

// The account part of an ARN ("" for S3's "arn:aws:s3:::bucket"); nullopt for text that is not
// an ARN.
std::optional<std::string> arn_account(std::string_view arn);

// Whether `address` (IPv4 or IPv6, optionally with a /prefix of its own) lies in `cidr` ("a.b.c.d"
// alone is /32, an IPv6 address alone /128). False for text that is not an address.
bool ip_in_cidr(std::string_view address, std::string_view cidr);

// The prefix length of a CIDR ("0.0.0.0/0" -> 0), nullopt when it does not parse.
std::optional<int> cidr_prefix(std::string_view cidr);

bool has_wildcard(std::string_view pattern);

// Condition values as the Numeric and Date operators read them: a number; a date as ISO 8601
// or epoch seconds. nullopt when the text is neither.
std::optional<double> number_value(std::string_view text);
std::optional<double> date_value(std::string_view text);

std::string lower_case(std::string_view text);

}  // namespace engine::policy
