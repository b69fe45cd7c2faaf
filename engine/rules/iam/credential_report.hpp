#pragma once
// The IAM credential report (document "iam.credential_report", engine/scan/collectors/
// credential_report.cpp) as the user rules read it: one row per user, AWS's column names, AWS's
// text values ("true", "N/A", ISO 8601 times).

#include "engine/rules/rule.hpp"

namespace engine::rules {

// The user's row (matched by ARN, else by name), or nullptr when the report has none (a user
// created after the report was generated).
const json* credential_report_row(const rule_context& ctx, const configuration_item& user);

}  // namespace engine::rules
