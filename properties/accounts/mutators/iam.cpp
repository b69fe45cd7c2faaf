// IAM mutators: ACCESS_KEYS_ROTATED, IAM_USER_MFA_ENABLED, MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS,
// IAM_PASSWORD_POLICY and ROOT_ACCOUNT_MFA_ENABLED (policies and root keys: iam_policies.cpp).

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

std::string day_offset(long long days) { return "-" + std::to_string(days) + "d"; }

long long age_of(const json& key) {
  std::string text = key.value("CreateDate", std::string("-0d"));
  return std::stoll(text.substr(1, text.size() - 2));
}

declared_verdict on_user(const std::string& rule, const json& user, std::string reason) {
  return {rule, user.value("UserName", ""), "global", std::move(reason)};
}

declared_verdict on_account(const std::string& rule, std::string reason) {
  return {rule, "", "global", std::move(reason)};
}

// An active key one day (or more) past the pack's maximum age. A user without keys gets one.
std::optional<mutation> access_key_too_old(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto users = items_of(doc, "AWS::IAM::User");
  if (users.empty()) return std::nullopt;
  json& user = *users[target % users.size()].item;
  long long age = pack_max_access_key_age + 1 + (long long)(degree % 1000);
  if (!user.contains("AccessKeys") || user["AccessKeys"].empty()) {
    std::string id = std::to_string(target % users.size());
    user["AccessKeys"] = json::array({{{"AccessKeyId", "AKIAMUTATED" + std::string(9 - id.size(), '0') + id}}});
  }
  json& key = user["AccessKeys"][0];
  key["Status"] = "Active";
  key["CreateDate"] = day_offset(age);
  // Still in use (yesterday), so only its age is wrong: IAM_USER_UNUSED_CREDENTIALS_CHECK passes.
  key["AccessKeyLastUsed"] = {{"LastUsedDate", "-1d"}, {"ServiceName", "s3"}, {"Region", "us-east-1"}};
  std::string name = user.value("UserName", "");
  return mutation{"access_key_too_old",
                  "user " + name + ": active access key " + std::to_string(age) + " days old",
                  {on_user("ACCESS_KEYS_ROTATED", user, "an active key is older than maxAccessKeyAge")},
                  threshold{"ACCESS_KEYS_ROTATED", "maxAccessKeyAge", age, age - 1}};
}

// An old inactive key (which the rule ignores) made active again.
std::optional<mutation> inactive_key_reactivated(json& doc, std::uint64_t target, std::uint64_t) {
  std::vector<std::pair<json*, json*>> candidates;  // user, key
  for (auto& u : items_of(doc, "AWS::IAM::User")) {
    if (!u.item->contains("AccessKeys")) continue;
    for (auto& key : (*u.item)["AccessKeys"])
      if (key.value("Status", "") == "Inactive" && age_of(key) > pack_max_access_key_age)
        candidates.push_back({u.item, &key});
  }
  if (candidates.empty()) return std::nullopt;
  auto [user, key] = candidates[target % candidates.size()];
  (*key)["Status"] = "Active";
  // Put back to work at once (used yesterday): only its age is wrong.
  (*key)["AccessKeyLastUsed"] = {{"LastUsedDate", "-1d"}, {"ServiceName", "s3"}, {"Region", "us-east-1"}};
  long long age = age_of(*key);
  return mutation{"inactive_key_reactivated",
                  "user " + user->value("UserName", "") + ": inactive key " + key->value("AccessKeyId", "") +
                      " (" + std::to_string(age) + " days old) made active",
                  {on_user("ACCESS_KEYS_ROTATED", *user, "an old key is active again")},
                  threshold{"ACCESS_KEYS_ROTATED", "maxAccessKeyAge", age, age - 1}};
}

// Both kinds of device removed from a user (of those `console_only` allows): hardware ones on the
// user, virtual ones assigned to it. A user with a console password then also fails
// MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS.
std::optional<mutation> mfa_removed(json& doc, std::uint64_t target, bool console_only, const char* mutator) {
  std::vector<json*> users;
  for (auto& u : items_of(doc, "AWS::IAM::User"))
    if (!console_only || u.item->contains("LoginProfile")) users.push_back(u.item);
  if (users.empty()) return std::nullopt;
  json& user = *users[target % users.size()];
  std::string name = user.value("UserName", "");
  user.erase("MFADevices");
  json& iam = doc["global"]["iam"];
  if (iam.contains("VirtualMFADevices")) {
    json kept = json::array();
    std::string suffix = ":user/" + name;
    for (const auto& device : iam["VirtualMFADevices"]) {
      std::string arn = device.value("User", json::object()).value("Arn", "");
      bool assigned = arn.size() >= suffix.size() && arn.compare(arn.size() - suffix.size(), suffix.size(), suffix) == 0;
      if (!assigned) kept.push_back(device);
    }
    iam["VirtualMFADevices"] = kept;
  }
  std::vector<declared_verdict> verdicts = {on_user("IAM_USER_MFA_ENABLED", user, "the user has no MFA device")};
  if (user.contains("LoginProfile"))
    verdicts.push_back(on_user("MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", user, "a console password without MFA"));
  return mutation{mutator, "user " + name + ": MFA device deactivated", verdicts, std::nullopt};
}

std::optional<mutation> user_mfa_removed(json& doc, std::uint64_t target, std::uint64_t) {
  return mfa_removed(doc, target, false, "user_mfa_removed");
}

std::optional<mutation> console_user_mfa_removed(json& doc, std::uint64_t target, std::uint64_t) {
  return mfa_removed(doc, target, true, "console_user_mfa_removed");
}

json* password_policy(json& doc) {
  json& iam = doc["global"]["iam"];
  return iam.contains("PasswordPolicy") ? &iam["PasswordPolicy"] : nullptr;
}

mutation weaker_policy(std::string name, std::string change, std::optional<threshold> t = std::nullopt) {
  return {std::move(name), std::move(change),
          {on_account("IAM_PASSWORD_POLICY", "the password policy is weaker than the pack requires")},
          std::move(t)};
}

std::optional<mutation> password_policy_deleted(json& doc, std::uint64_t, std::uint64_t) {
  if (!password_policy(doc)) return std::nullopt;
  doc["global"]["iam"].erase("PasswordPolicy");
  return weaker_policy("password_policy_deleted", "account password policy deleted (IAM's default: none)");
}

std::optional<mutation> password_too_short(json& doc, std::uint64_t, std::uint64_t degree) {
  json* policy = password_policy(doc);
  if (!policy) return std::nullopt;
  long long length = pack_min_password_length - 1 - (long long)(degree % 8);
  (*policy)["MinimumPasswordLength"] = length;
  return weaker_policy("password_too_short", "minimum password length " + std::to_string(length),
                       threshold{"IAM_PASSWORD_POLICY", "MinimumPasswordLength", length, length + 1});
}

std::optional<mutation> password_max_age_too_long(json& doc, std::uint64_t, std::uint64_t degree) {
  json* policy = password_policy(doc);
  if (!policy) return std::nullopt;
  long long days = pack_max_password_age + 1 + (long long)(degree % 1000);
  (*policy)["MaxPasswordAge"] = days;
  (*policy)["ExpirePasswords"] = true;
  return weaker_policy("password_max_age_too_long", "passwords expire after " + std::to_string(days) + " days",
                       threshold{"IAM_PASSWORD_POLICY", "MaxPasswordAge", days, days - 1});
}

std::optional<mutation> passwords_never_expire(json& doc, std::uint64_t, std::uint64_t) {
  json* policy = password_policy(doc);
  if (!policy) return std::nullopt;
  policy->erase("MaxPasswordAge");
  (*policy)["ExpirePasswords"] = false;
  return weaker_policy("passwords_never_expire", "passwords never expire");
}

std::optional<mutation> password_reuse_allowed(json& doc, std::uint64_t, std::uint64_t degree) {
  json* policy = password_policy(doc);
  if (!policy) return std::nullopt;
  long long remembered = pack_password_reuse_prevention - 1 - (long long)(degree % 23);
  (*policy)["PasswordReusePrevention"] = remembered;
  return weaker_policy("password_reuse_allowed", "only " + std::to_string(remembered) + " passwords remembered",
                       threshold{"IAM_PASSWORD_POLICY", "PasswordReusePrevention", remembered, remembered + 1});
}

std::optional<mutation> password_character_class_dropped(json& doc, std::uint64_t, std::uint64_t degree) {
  json* policy = password_policy(doc);
  if (!policy) return std::nullopt;
  static const char* flags[] = {"RequireSymbols", "RequireNumbers", "RequireUppercaseCharacters",
                                "RequireLowercaseCharacters"};
  const char* flag = flags[degree % 4];
  (*policy)[flag] = false;
  return weaker_policy("password_character_class_dropped", std::string(flag) + " turned off");
}

std::optional<mutation> root_mfa_removed(json& doc, std::uint64_t, std::uint64_t) {
  json& iam = doc["global"]["iam"];
  iam["RootAccount"]["MFADevices"] = json::array();
  if (iam.contains("VirtualMFADevices")) {
    json kept = json::array();
    for (const auto& device : iam["VirtualMFADevices"]) {
      std::string arn = device.value("User", json::object()).value("Arn", "");
      if (arn.size() < 5 || arn.compare(arn.size() - 5, 5, ":root") != 0) kept.push_back(device);
    }
    iam["VirtualMFADevices"] = kept;
  }
  return mutation{"root_mfa_removed", "the root user's MFA device removed",
                  {on_account("ROOT_ACCOUNT_MFA_ENABLED", "the root user has no MFA device"),
                   on_account("ROOT_ACCOUNT_HARDWARE_MFA_ENABLED", "the root user has no MFA device")},
                  std::nullopt};
}

}  // namespace

std::vector<mutator> iam_mutators() {
  return {
      {"access_key_too_old", "ACCESS_KEYS_ROTATED", "an active access key past maxAccessKeyAge", "maxAccessKeyAge", ensure_user, access_key_too_old},
      {"inactive_key_reactivated", "ACCESS_KEYS_ROTATED", "an old inactive key made active", "maxAccessKeyAge", ensure_old_inactive_key, inactive_key_reactivated},
      {"user_mfa_removed", "IAM_USER_MFA_ENABLED", "a user loses its MFA device", "", ensure_user, user_mfa_removed},
      {"console_user_mfa_removed", "MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "a console user loses its MFA device", "",
       ensure_console_user, console_user_mfa_removed},
      {"password_policy_deleted", "IAM_PASSWORD_POLICY", "no password policy", "", nullptr, password_policy_deleted},
      {"password_too_short", "IAM_PASSWORD_POLICY", "minimum length below the pack's", "MinimumPasswordLength", nullptr, password_too_short},
      {"password_max_age_too_long", "IAM_PASSWORD_POLICY", "passwords live too long", "MaxPasswordAge", nullptr, password_max_age_too_long},
      {"passwords_never_expire", "IAM_PASSWORD_POLICY", "passwords never expire", "", nullptr, passwords_never_expire},
      {"password_reuse_allowed", "IAM_PASSWORD_POLICY", "too few passwords remembered", "PasswordReusePrevention", nullptr, password_reuse_allowed},
      {"password_character_class_dropped", "IAM_PASSWORD_POLICY", "a character class no longer required", "", nullptr,
       password_character_class_dropped},
      {"root_mfa_removed", "ROOT_ACCOUNT_MFA_ENABLED", "the root user has no MFA", "", nullptr, root_mfa_removed},
  };
}

}  // namespace properties
