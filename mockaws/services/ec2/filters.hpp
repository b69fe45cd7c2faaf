#pragma once
// EC2's request filters (Filter.N.Name, Filter.N.Value.M), driven by a table per resource type.
//
// AWS semantics kept here:
// - the values of one filter OR together; separate filters AND together (also two filters with
//   the same name);
// - a filter reads every value its path reaches, so a security group matches
//   ip-permission.from-port=22 AND ip-permission.cidr=0.0.0.0/0 when any rule has port 22 and
//   any rule has 0.0.0.0/0 - not necessarily the same rule (the DescribeSecurityGroups reference
//   says so);
// - values compare as text, case-sensitive, with EC2's wildcards: '*' any run of characters,
//   '?' exactly one, a backslash makes the next character literal;
// - numbers compare as EC2 renders them ("22"), booleans as "true"/"false", timestamps as
//   "2021-09-29T11:04:43.000Z" (so "2021-09-29T*" selects a day, as documented for launch-time);
// - a filter sent without values (the CLI's `Name=vpc-id`) keeps resources that have any value
//   for it (documented by the CLI maintainers in aws/aws-cli#1735);
// - a name the resource type does not support fails the call: InvalidParameterValue "The filter
//   'x' is invalid" (400).

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mockaws/services/plain_reads.hpp"

namespace mockaws::services::ec2 {

using json = nlohmann::json;
using services::request_filter;

// One filter name and where its values live in a resource. A path names members joined by '.';
// "[]" after a member walks every item of that list ("IpPermissions[].IpRanges[].CidrIp"). A path
// starting with "^." reads the parent resource instead (an instance's reservation). Several
// paths may be joined by '|': the filter reads all of them.
struct filter_field {
  std::string_view name;
  std::string_view path;
  bool timestamp = false;  // render as EC2 prints times in filters
};

// The filters one resource type supports. With `tags`, the type also takes tag:<key>, tag-key
// and tag-value, read from its Tags list.
struct filter_table {
  std::span<const filter_field> fields;
  bool tags = true;
};

// A request's Filters, checked against a resource type's table when constructed.
class filter_set {
 public:
  // `filters` is the input's filter list (nullptr or not an array: no filters). Throws
  // api_error InvalidParameterValue for a name the table lacks.
  filter_set(const json* filters, const filter_table& table);

  bool empty() const { return clauses_.empty(); }
  // True when the resource passes every filter. `parent` serves "^." paths.
  bool matches(const json& resource, const json* parent = nullptr) const;

 private:
  struct clause {
    const filter_field* field = nullptr;  // null for tag:<key>
    std::string tag_key;                  // the <key> of tag:<key>
    std::vector<std::string> patterns;    // empty: the resource must have any value
  };
  std::vector<std::string> values_of(const clause& c, const json& resource,
                                     const json* parent) const;
  std::vector<clause> clauses_;
};

// The items of `list` that pass `filters` (all of them when there are none).
json filter_items(const json& list, const json* filters, const filter_table& table);

// The Filters of a plain list row (plain_reads.hpp), read from the input member `input`.
request_filter request_filters(const filter_table& table, std::string_view input = "Filters");

// EC2's wildcard match of a whole text: '*', '?' and backslash escapes.
bool wildcard_match(std::string_view pattern, std::string_view text);

}  // namespace mockaws::services::ec2
