#pragma once
// The root user as GetAccountSummary describes it (document "iam.account_summary"), for the
// root rules. AWS Config's root rules return NOT_APPLICABLE "if root user credentials are not
// present": our reading is no console password, no access key and no MFA device
// (AccountPasswordPresent, AccountAccessKeysPresent and AccountMFAEnabled all 0), which is what
// centralized root access leaves in a member account.

#include "engine/rules/rule.hpp"

namespace engine::rules {

// The summary map when it reports `key`; else nullptr, with `missing` set to the account's
// INSUFFICIENT_DATA evaluation that says so.
const json* account_summary(const rule_context& ctx, const char* key, std::vector<evaluation>& missing);

// A summary key as a number (missing: `absent`).
long long summary_value(const json& summary, const char* key, long long absent);

bool root_credentials_absent(const json& summary);

}  // namespace engine::rules
