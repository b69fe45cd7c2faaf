#pragma once
// The AWS regions a scenario may name. The list is explicit, not a pattern: a pattern accepts
// "us-est-1", and a scenario whose resources sit in a misspelt region would scan as an empty,
// trivially compliant one.

#include <string>
#include <string_view>
#include <vector>

namespace mockaws::scenario {

// Every region of the aws, aws-cn and aws-us-gov partitions, as of November 2026.
const std::vector<std::string_view>& aws_regions();
bool is_aws_region(std::string_view name);
// The partition a region belongs to: "aws-cn" (cn-*), "aws-us-gov" (us-gov-*), else "aws". The one
// place ARNs learn their partition: the scenario defaults' {partition} and the handlers' messages.
std::string partition_of(std::string_view region);
// The error for a name that is not a region, with the nearest region when it looks like a typo.
std::string not_a_region(std::string_view name);

}  // namespace mockaws::scenario
