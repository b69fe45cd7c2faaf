#include "engine/rules/iam/root_user.hpp"

namespace engine::rules {

const json* account_summary(const rule_context& ctx, const char* key, std::vector<evaluation>& missing) {
  const json* summary = ctx.inv().document("iam.account_summary", std::string(global_region));
  if (summary && summary->is_object() && summary->contains(key)) return summary;
  missing = {ctx.about_account(std::string(global_region), compliance::insufficient_data,
                               std::string("GetAccountSummary did not report ") + key)};
  return nullptr;
}

long long summary_value(const json& summary, const char* key, long long absent) {
  auto it = summary.find(key);
  return it != summary.end() && it->is_number() ? it->get<long long>() : absent;
}

bool root_credentials_absent(const json& summary) {
  // A missing AccountPasswordPresent (older answers) means a password: every root has one at sign-up.
  return summary_value(summary, "AccountPasswordPresent", 1) == 0 &&
         summary_value(summary, "AccountAccessKeysPresent", 0) == 0 &&
         summary_value(summary, "AccountMFAEnabled", 0) == 0;
}

}  // namespace engine::rules
