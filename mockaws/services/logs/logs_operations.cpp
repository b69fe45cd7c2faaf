// Amazon CloudWatch Logs (JSON 1.1): log groups.
//
// State (per region), as `aws logs describe-log-groups` prints each group:
//   logs:
//     LogGroups:
//       - logGroupName: /aws/lambda/ehr-export   # the arn and logGroupArn are derived at load
//         retentionInDays: 365                    # absent: the group's events never expire
//         kmsKeyId: arn:aws:kms:...               #   (AWS's default for a new group)
//
// DescribeLogGroups lists groups in name order, as AWS does.

#include <algorithm>
#include <cctype>

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/collections.hpp"

namespace mockaws::services::logs {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

// logGroupNamePattern matches a group whose name contains it, ignoring case; AWS refuses it
// together with logGroupNamePrefix.
item_test name_pattern_filter(const call_context& c) {
  std::string pattern = c.input_string("logGroupNamePattern");
  if (pattern.empty()) return {};
  if (!c.input_string("logGroupNamePrefix").empty())
    c.fail("InvalidParameterException", "LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.");
  return [wanted = lower(pattern)](const json& group) {
    return lower(string_at(group, "logGroupName")).find(wanted) != std::string::npos;
  };
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // limit 1..50 (the model); without it AWS answers up to 50 groups a page.
      {"logs", "DescribeLogGroups",
       list_read{.collection = "LogGroups",
                 .output = "logGroups",
                 .prefix = std::pair{std::string_view("logGroupNamePrefix"), std::string_view("logGroupName")},
                 .filter = name_pattern_filter,
                 .sort_by = "logGroupName"},
       50},
  };
  return entries;
}

}  // namespace mockaws::services::logs
