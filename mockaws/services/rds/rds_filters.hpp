#pragma once
// RDS's identifier and Filters semantics, shared by the Describe operations.
//
// RDS stores identifiers in lower case and matches them without regard to case; most identifier
// parameters and id filters also accept the resource's ARN
// ("arn:aws:rds:us-east-1:123456789012:db:mydb"). Filters AND across names and OR across values;
// a name the operation does not document is rejected, as AWS does.

#include <span>
#include <string>
#include <string_view>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::rds {

// The resource id an identifier or ARN names: "mydb" for "mydb" or for an ARN of resource type
// `arn_type` ("db", "cluster", "snapshot", "cluster-snapshot"); an ARN of another type names
// nothing (""). Automated snapshot ids keep their colon ("rds:mydb-2024-01-01-00-00").
std::string id_from(std::string_view identifier_or_arn, std::string_view arn_type);

// Case-insensitive comparison, as RDS compares identifiers.
bool same_id(std::string_view a, std::string_view b);

// True when `identifier_or_arn` names item[id_member] (as id or ARN of `arn_type`).
bool names_item(const json& item, std::string_view id_member, std::string_view arn_type,
                std::string_view identifier_or_arn);

// One documented filter: does `item` match one filter value?
using filter_match = bool (*)(const json& item, const std::string& value);
struct filter_def {
  std::string_view name;
  filter_match match;
};

// The items that pass every filter of the input's Filters. An undocumented filter name raises
// InvalidParameterValue "Unrecognized filter name: <name>" (AWS's words).
json apply_filters(const call_context& c, const json& list, std::span<const filter_def> defs);

// The input's Boolean member, false when absent.
bool input_flag(const call_context& c, std::string_view member);

}  // namespace mockaws::services::rds
