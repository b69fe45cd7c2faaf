// IAM_USER_UNUSED_CREDENTIALS_CHECK (iam-user-unused-credentials-check): every credential a user
// can sign in with, its console password and each active access key, has been used within
// maxCredentialUsageAge days (the pack: 90), as the IAM credential report states it. Our reading
// where AWS is silent: a credential never used counts from when it was issued (the password
// from password_last_changed, else the user's creation; a key from access_key_N_last_rotated),
// so a new user is not flagged before the window has passed; a user without a password or an
// active key is COMPLIANT; a user missing from the report (created after it) is INSUFFICIENT_DATA.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/iam/credential_report.hpp"

namespace engine::rules {

namespace {

// The first of `fields` that holds a date ("N/A", "no_information" and "not_supported" do not).
std::optional<long long> days_since_first(const rule_context& ctx, const json& row,
                                          std::initializer_list<const char*> fields, std::string& which) {
  for (const char* field : fields)
    if (auto days = ctx.days_since(row.value(field, json()))) {
      which = field;
      return days;
    }
  return std::nullopt;
}

verdict judge(const rule_context& ctx, const configuration_item& user) {
  const long long max_age = ctx.integer("maxCredentialUsageAge");
  const json* row = credential_report_row(ctx, user);
  if (!row) return {compliance::insufficient_data, "the credential report has no row for the user"};
  std::vector<std::string> stale;
  int credentials = 0;
  auto check = [&](const std::string& credential, std::initializer_list<const char*> fields) {
    ++credentials;
    std::string which;
    auto days = days_since_first(ctx, *row, fields, which);
    if (days && *days > max_age)
      stale.push_back(credential + (which.find("last_used") != std::string::npos ? " last used " : " never used, issued ") +
                      std::to_string(*days) + " days ago");
  };
  if (row->value("password_enabled", "") == "true")
    check("the console password", {"password_last_used", "password_last_changed", "user_creation_time"});
  if (row->value("access_key_1_active", "") == "true")
    check("access key 1", {"access_key_1_last_used_date", "access_key_1_last_rotated"});
  if (row->value("access_key_2_active", "") == "true")
    check("access key 2", {"access_key_2_last_used_date", "access_key_2_last_rotated"});
  if (!stale.empty()) {
    std::string why;
    for (const auto& s : stale) why += (why.empty() ? "" : "; ") + s;
    return {compliance::non_compliant, why + " (maximum " + std::to_string(max_age) + " days)"};
  }
  return {compliance::compliant, credentials ? "every credential was used within " + std::to_string(max_age) + " days"
                                             : "the user has no password and no active access key"};
}

}  // namespace

rule_definition iam_user_unused_credentials_check() {
  return {.identifier = "IAM_USER_UNUSED_CREDENTIALS_CHECK",
          .summary = "IAM users' passwords and active access keys were used within maxCredentialUsageAge days",
          .resource_type = "AWS::IAM::User",
          .parameters = {{"maxCredentialUsageAge", parameter_kind::integer, "90",
                          "days within which each credential must have been used"}},
          .reads = {.documents = {"iam.credential_report"}},
          .judge = judge,
          .reading = "A credential never used counts from when it was issued; users without credentials are "
                     "COMPLIANT."};
}

}  // namespace engine::rules
