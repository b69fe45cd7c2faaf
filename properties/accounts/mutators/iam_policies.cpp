// IAM mutators over policies and the root user's credentials: IAM_USER_NO_POLICIES_CHECK,
// IAM_NO_INLINE_POLICY_CHECK, IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS, the customer managed
// policy rules, IAM_ROOT_ACCESS_KEY_CHECK, ROOT_ACCOUNT_HARDWARE_MFA_ENABLED,
// MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS and IAM_USER_UNUSED_CREDENTIALS_CHECK.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

declared_verdict on(const std::string& rule, const std::string& resource, std::string reason) {
  return {rule, resource, "global", std::move(reason)};
}

json statement_document(json statement) {
  return {{"Version", "2012-10-17"}, {"Statement", json::array({std::move(statement)})}};
}

// A managed policy the mutation adds, named after the mutator; false when an earlier mutation
// already added it (the account then has nothing more to break).
bool added_policy(json& doc, const std::string& name, json statement) {
  json& policies = doc["global"]["iam"]["Policies"];
  if (!policies.is_array()) policies = json::array();
  for (const auto& p : policies)
    if (p.value("PolicyName", "") == name) return false;
  policies.push_back({{"PolicyName", name},
                      {"Path", "/"},
                      {"Versions", json::array({{{"VersionId", "v1"}, {"Document", statement_document(std::move(statement))}}})}});
  return true;
}

std::optional<mutation> user_policy_attached(json& doc, std::uint64_t target, std::uint64_t) {
  auto users = items_of(doc, "AWS::IAM::User");
  if (users.empty()) return std::nullopt;
  json& user = *users[target % users.size()].item;
  json& attached = user["AttachedPolicies"];
  if (!attached.is_array()) attached = json::array();
  attached.push_back({{"PolicyName", "ReadOnlyAccess"}, {"PolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"}});
  std::string name = user.value("UserName", "");
  return mutation{"user_policy_attached", "user " + name + ": AWS managed ReadOnlyAccess attached directly",
                  {on("IAM_USER_NO_POLICIES_CHECK", name, "a policy is attached to the user itself")}, std::nullopt};
}

// An inline policy on a role: `kms_everywhere` makes it allow kms:Decrypt on every key.
std::optional<mutation> role_inline(json& doc, std::uint64_t target, bool kms_everywhere, const char* mutator) {
  auto roles = items_of(doc, "AWS::IAM::Role");
  if (roles.empty()) return std::nullopt;
  json& role = *roles[target % roles.size()].item;
  std::string name = role.value("RoleName", "");
  json statement = kms_everywhere
                       ? json{{"Effect", "Allow"}, {"Action", "kms:Decrypt"}, {"Resource", "*"}}
                       : json{{"Effect", "Allow"}, {"Action", "logs:GetLogEvents"},
                              {"Resource", "arn:aws:logs:us-east-1:111122223333:log-group:app"}};
  role["InlinePolicies"][mutator] = statement_document(statement);
  std::vector<declared_verdict> verdicts = {on("IAM_NO_INLINE_POLICY_CHECK", name, "the role has an inline policy")};
  if (kms_everywhere)
    verdicts.push_back(on("IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS", name, "the inline policy allows kms:Decrypt on all keys"));
  return mutation{mutator, "role " + name + ": inline policy " + std::string(mutator) + " added", verdicts, std::nullopt};
}

std::optional<mutation> role_inline_policy_added(json& doc, std::uint64_t target, std::uint64_t) {
  return role_inline(doc, target, false, "role_inline_policy_added");
}

std::optional<mutation> role_inline_kms_decrypt_everywhere(json& doc, std::uint64_t target, std::uint64_t) {
  return role_inline(doc, target, true, "role_inline_kms_decrypt_everywhere");
}

std::optional<mutation> customer_policy_admin(json& doc, std::uint64_t, std::uint64_t degree) {
  // "*" or "*:*" on "*": admin access, every service in full, and kms:* on every key.
  if (!added_policy(doc, "mutated-admin", {{"Effect", "Allow"}, {"Action", degree % 2 ? "*:*" : "*"}, {"Resource", "*"}}))
    return std::nullopt;
  return mutation{"customer_policy_admin", "customer managed policy mutated-admin allows * on *",
                  {on("IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "mutated-admin", "Action * over Resource *"),
                   on("IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS", "mutated-admin", "* grants every service in full"),
                   on("IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS", "mutated-admin", "* allows kms:* on every key")},
                  std::nullopt};
}

std::optional<mutation> customer_policy_service_wildcard(json& doc, std::uint64_t, std::uint64_t degree) {
  static const char* services[] = {"s3", "ec2", "dynamodb", "rds"};
  std::string action = std::string(services[degree % 4]) + ":*";
  if (!added_policy(doc, "mutated-service-wildcard",
                    {{"Effect", "Allow"}, {"Action", json::array({action})}, {"Resource", "*"}}))
    return std::nullopt;
  return mutation{"customer_policy_service_wildcard", "customer managed policy mutated-service-wildcard allows " + action,
                  {on("IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS", "mutated-service-wildcard", action + " is a whole service")},
                  std::nullopt};
}

std::optional<mutation> customer_policy_kms_on_all_keys(json& doc, std::uint64_t, std::uint64_t degree) {
  static const char* actions[] = {"kms:Decrypt", "kms:ReEncryptFrom", "kms:Re*", "kms:GenerateDataKey"};
  std::string action = actions[degree % 4];
  if (!added_policy(doc, "mutated-kms", {{"Effect", "Allow"}, {"Action", action}, {"Resource", "arn:aws:kms:*:*:key/*"}}))
    return std::nullopt;
  return mutation{"customer_policy_kms_on_all_keys", "customer managed policy mutated-kms allows " + action + " on all keys",
                  {on("IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS", "mutated-kms", action + " matches a blocked pattern")},
                  std::nullopt};
}

std::optional<mutation> root_access_key_added(json& doc, std::uint64_t, std::uint64_t degree) {
  json& root = doc["global"]["iam"]["RootAccount"];
  json& keys = root["AccessKeys"];
  if (!keys.is_array()) keys = json::array();
  if (!keys.empty()) return std::nullopt;  // already has one: nothing left to break
  keys.push_back({{"AccessKeyId", "AKIAMUTATEDROOTKEY01"}, {"Status", degree % 2 ? "Inactive" : "Active"},
                  {"CreateDate", "-10d"}});
  return mutation{"root_access_key_added", "the root user gets an access key",
                  {on("IAM_ROOT_ACCESS_KEY_CHECK", "", "the root user has an access key")}, std::nullopt};
}

// The root's hardware token replaced by a virtual device: MFA stays on (ROOT_ACCOUNT_MFA_ENABLED
// still passes), but it is not hardware. Only a root that has a hardware device is a candidate,
// so the mutation never gives MFA back to a root that lost it.
std::optional<mutation> root_mfa_made_virtual(json& doc, std::uint64_t, std::uint64_t) {
  json& iam = doc["global"]["iam"];
  json& root = iam["RootAccount"];
  if (!root.contains("MFADevices") || !root["MFADevices"].is_array() || root["MFADevices"].empty()) return std::nullopt;
  root["MFADevices"] = json::array();
  std::string account = doc.value("account_id", "111122223333");
  json& devices = iam["VirtualMFADevices"];
  if (!devices.is_array()) devices = json::array();
  devices.push_back({{"SerialNumber", "arn:aws:iam::" + account + ":mfa/root-account-mfa-device"},
                     {"User", {{"Arn", "arn:aws:iam::" + account + ":root"}}},
                     {"EnableDate", "-30d"}});
  return mutation{"root_mfa_made_virtual", "the root user's hardware MFA device replaced by a virtual one",
                  {on("ROOT_ACCOUNT_HARDWARE_MFA_ENABLED", "", "the root user's MFA device is virtual")}, std::nullopt};
}

// A console user whose password was last used more than maxCredentialUsageAge days ago.
std::optional<mutation> console_password_unused(json& doc, std::uint64_t target, std::uint64_t degree) {
  std::vector<json*> console_users;
  for (auto& u : items_of(doc, "AWS::IAM::User"))
    if (u.item->contains("LoginProfile")) console_users.push_back(u.item);
  if (console_users.empty()) return std::nullopt;
  json& user = *console_users[target % console_users.size()];
  long long days = pack_max_credential_usage_age + 1 + (long long)(degree % 500);
  user["PasswordLastUsed"] = "-" + std::to_string(days) + "d";
  std::string name = user.value("UserName", "");
  return mutation{"console_password_unused", "user " + name + ": password last used " + std::to_string(days) + " days ago",
                  {on("IAM_USER_UNUSED_CREDENTIALS_CHECK", name, "the password was not used within maxCredentialUsageAge")},
                  threshold{"IAM_USER_UNUSED_CREDENTIALS_CHECK", "maxCredentialUsageAge", days, days - 1}};
}

// The SECURITY alternate contact deleted (DeleteAlternateContact).
std::optional<mutation> security_contact_removed(json& doc, std::uint64_t, std::uint64_t) {
  json& account = doc["global"]["account"];
  if (!account.contains("AlternateContacts") || account["AlternateContacts"].empty()) return std::nullopt;
  account["AlternateContacts"] = json::array();
  return mutation{"security_contact_removed", "the account's security contact deleted",
                  {on("ACCOUNT_SECURITY_CONTACT_REGISTERED", "", "no SECURITY alternate contact")}, std::nullopt};
}

}  // namespace

void ensure_console_user(account_spec& spec) {
  for (const auto& u : spec.users)
    if (u.console_password) return;
  user_spec u;
  u.console_password = true;
  spec.users.push_back(u);
}

std::vector<mutator> iam_policy_mutators() {
  return {
      {"user_policy_attached", "IAM_USER_NO_POLICIES_CHECK", "a managed policy attached to a user", "", ensure_user,
       user_policy_attached},
      {"role_inline_policy_added", "IAM_NO_INLINE_POLICY_CHECK", "a role gets an inline policy", "", nullptr,
       role_inline_policy_added},
      {"role_inline_kms_decrypt_everywhere", "IAM_INLINE_POLICY_BLOCKED_KMS_ACTIONS",
       "a role's inline policy allows kms:Decrypt on all keys", "", nullptr, role_inline_kms_decrypt_everywhere},
      {"customer_policy_admin", "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "a customer policy allows * on *", "",
       nullptr, customer_policy_admin},
      {"customer_policy_service_wildcard", "IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS",
       "a customer policy allows service:*", "", nullptr, customer_policy_service_wildcard},
      {"customer_policy_kms_on_all_keys", "IAM_CUSTOMER_POLICY_BLOCKED_KMS_ACTIONS",
       "a customer policy allows a blocked KMS action on all keys", "", nullptr, customer_policy_kms_on_all_keys},
      {"root_access_key_added", "IAM_ROOT_ACCESS_KEY_CHECK", "the root user gets an access key", "", nullptr,
       root_access_key_added},
      {"root_mfa_made_virtual", "ROOT_ACCOUNT_HARDWARE_MFA_ENABLED", "the root's hardware MFA made virtual", "", nullptr,
       root_mfa_made_virtual},
      {"console_password_unused", "IAM_USER_UNUSED_CREDENTIALS_CHECK", "a console password unused too long",
       "maxCredentialUsageAge", ensure_console_user, console_password_unused},
      {"security_contact_removed", "ACCOUNT_SECURITY_CONTACT_REGISTERED", "no security contact", "", nullptr,
       security_contact_removed},
  };
}

}  // namespace properties
