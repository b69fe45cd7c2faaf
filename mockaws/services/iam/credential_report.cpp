// The IAM credential report: one CSV row for the root, then one per user, computed from state
// when asked. mockaws serves a scenario read-only, so the report is always ready:
// GenerateCredentialReport answers COMPLETE and GetCredentialReport never fails with
// ReportNotPresent / ReportInProgress / ReportExpired.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/timestamp.hpp"
#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"
#include "mockaws/services/iam/iam_state.hpp"

namespace mockaws::services::iam {

namespace {

using protocol::timestamp;

// AWS's header, column for column.
constexpr const char* report_header =
    "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
    "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
    "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
    "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
    "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
    "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

constexpr const char* not_applicable = "N/A";

std::optional<timestamp> time_of(const json* value) {
  if (!value) return std::nullopt;
  if (value->is_string()) return protocol::parse_any_timestamp(value->get<std::string>());
  if (value->is_number()) return protocol::from_epoch_seconds(value->get<double>());
  return std::nullopt;
}

// The report writes times to the second with an explicit offset: 2024-01-15T09:00:00+00:00.
std::string report_time(timestamp t) {
  return protocol::format_iso8601(std::chrono::floor<std::chrono::seconds>(t)).substr(0, 19) +
         "+00:00";
}

std::string report_time_or(const json* value, const char* fallback) {
  auto t = time_of(value);
  return t ? report_time(*t) : fallback;
}

// RFC 4180: user names may contain commas (IAM allows "_+=,.@-").
std::string csv_field(const std::string& value) {
  if (value.find_first_of(",\"\n") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char ch : value) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return quoted + "\"";
}

using row = std::vector<std::string>;

void add_access_key(row& r, const json* key) {
  if (!key) {
    r.insert(r.end(), {"false", not_applicable, not_applicable, not_applicable, not_applicable});
    return;
  }
  r.push_back(string_at(*key, "Status") == "Active" ? "true" : "false");
  r.push_back(report_time_or(member(*key, "CreateDate"), not_applicable));
  // Last use comes from the key's AccessKeyLastUsed (GetAccessKeyLastUsed's shape); a key
  // never used reads N/A in all three columns.
  const json* used = member(*key, "AccessKeyLastUsed");
  const json none = json::object();
  if (!used) used = &none;
  r.push_back(report_time_or(member(*used, "LastUsedDate"), not_applicable));
  std::string region = string_at(*used, "Region");
  std::string service = string_at(*used, "ServiceName");
  r.push_back(region.empty() ? not_applicable : region);
  r.push_back(service.empty() ? not_applicable : service);
}

// Access keys and MFA state, then the certificate columns (signing certificates are not
// modelled: never active).
void add_credentials(row& r, bool mfa_active, const json& keys) {
  r.push_back(mfa_active ? "true" : "false");
  add_access_key(r, keys.size() > 0 ? &keys[0] : nullptr);
  add_access_key(r, keys.size() > 1 ? &keys[1] : nullptr);
  r.insert(r.end(), {"false", not_applicable, "false", not_applicable});
}

// The root's creation time: RootAccount.CreateDate, else no later than its oldest user, else
// the clock (the report needs a time there; AWS never writes N/A in that column).
std::string root_creation_time(const call_context& c) {
  if (auto t = time_of(member(root_account(c.state()), "CreateDate"))) return report_time(*t);
  std::optional<timestamp> oldest;
  for (const auto& user : items(c.state(), "Users"))
    if (auto t = time_of(member(user, "CreateDate")); t && (!oldest || *t < *oldest)) oldest = t;
  return report_time(oldest ? *oldest : c.now);
}

row root_row(const call_context& c) {
  const json& root = root_account(c.state());
  // The root's password is not managed by IAM: AWS reports not_supported for its columns.
  row r = {"<root_account>", root_arn(c), root_creation_time(c), "not_supported",
           report_time_or(member(root, "PasswordLastUsed"), "no_information"), "not_supported",
           "not_supported"};
  add_credentials(r, !root_mfa_devices(c).empty(), items(root, "AccessKeys"));
  return r;
}

row user_row(const call_context& c, const json& user) {
  const json* profile = member(user, "LoginProfile");
  bool password = profile && profile->is_object();
  row r = {string_at(user, "UserName"), string_at(user, "Arn"),
           report_time_or(member(user, "CreateDate"), not_applicable),
           password ? "true" : "false"};
  // PasswordLastUsed survives a deleted password (AWS keeps showing it); a password never used
  // reads no_information, no password N/A.
  r.push_back(report_time_or(member(user, "PasswordLastUsed"),
                             password ? "no_information" : not_applicable));
  auto changed = password ? time_of(member(*profile, "CreateDate")) : std::nullopt;
  r.push_back(changed ? report_time(*changed) : not_applicable);
  // The next rotation is due MaxPasswordAge days after the last change, when the password
  // policy sets an age.
  const json* policy = member(c.state(), "PasswordPolicy");
  const json* max_age = policy ? member(*policy, "MaxPasswordAge") : nullptr;
  if (changed && max_age && max_age->is_number_integer() && max_age->get<long long>() > 0)
    r.push_back(report_time(*changed + std::chrono::days(max_age->get<long long>())));
  else
    r.push_back(not_applicable);
  add_credentials(r, !user_mfa_devices(c.state(), user).empty(), items(user, "AccessKeys"));
  return r;
}

std::string to_csv(const std::vector<row>& rows) {
  std::string out = report_header;
  for (const auto& r : rows) {
    out += '\n';
    for (std::size_t i = 0; i < r.size(); ++i) out += (i ? "," : "") + csv_field(r[i]);
  }
  return out;
}

}  // namespace

json generate_credential_report(const call_context&) {
  // AWS's answer once a report exists; its Description accompanies STARTED only.
  return {{"State", "COMPLETE"}};
}

json get_credential_report(const call_context& c) {
  std::vector<row> rows = {root_row(c)};
  for (const auto& user : items(c.state(), "Users")) rows.push_back(user_row(c, user));
  // The report is generated on demand: it is as fresh as the clock (AWS keeps whole seconds).
  timestamp generated = std::chrono::floor<std::chrono::seconds>(c.now);
  return {{"Content", protocol::base64_encode(to_csv(rows))},
          {"ReportFormat", "text/csv"},
          {"GeneratedTime", protocol::format_iso8601(generated)}};
}

}  // namespace mockaws::services::iam
