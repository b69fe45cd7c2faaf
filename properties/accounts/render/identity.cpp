// IAM: users with their keys and MFA devices, the root user, the password policy, a role.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

void account_renderer::render_iam() {
  json& iam = doc_["global"]["iam"];
  const std::string& account = spec_.account_id;
  iam["PasswordPolicy"] = {{"MinimumPasswordLength", spec_.password_policy.minimum_length},
                           {"RequireSymbols", true},
                           {"RequireNumbers", true},
                           {"RequireUppercaseCharacters", true},
                           {"RequireLowercaseCharacters", true},
                           {"AllowUsersToChangePassword", true},
                           {"ExpirePasswords", true},
                           {"MaxPasswordAge", spec_.password_policy.max_age_days},
                           {"PasswordReusePrevention", spec_.password_policy.reuse_prevention}};
  json root = {{"CreateDate", days_ago(2000)}, {"AccessKeys", json::array()},
               {"MFADevices", json::array()}};
  json virtual_devices = json::array();
  if (spec_.root_hardware_mfa)
    root["MFADevices"].push_back({{"SerialNumber", ids_.digits("GAKT", 8)}, {"EnableDate", days_ago(900)}});
  else
    virtual_devices.push_back({{"SerialNumber", "arn:aws:iam::" + account + ":mfa/root-account-mfa-device"},
                               {"User", {{"Arn", "arn:aws:iam::" + account + ":root"}}},
                               {"EnableDate", days_ago(900)}});
  iam["RootAccount"] = root;
  // AWS can reach the security team (ACCOUNT_SECURITY_CONTACT_REGISTERED).
  doc_["global"]["account"]["AlternateContacts"] = json::array(
      {{{"AlternateContactType", "SECURITY"}, {"Name", "Security Officer"}, {"Title", "CISO"},
        {"EmailAddress", "security@" + account + ".example"}, {"PhoneNumber", "+1-555-0100"}}});
  json users = json::array();
  for (std::size_t i = 0; i < spec_.users.size(); ++i) {
    const user_spec& u = spec_.users[i];
    std::string name = std::string(purpose(i)) + "-user-" + std::to_string(i);
    json user = {{"UserName", name}, {"CreateDate", days_ago(700)}};
    if (u.console_password) {
      user["LoginProfile"] = {{"CreateDate", days_ago(700)}};
      user["PasswordLastUsed"] = days_ago(1);
    }
    if (u.virtual_mfa) {
      virtual_devices.push_back({{"SerialNumber", "arn:aws:iam::" + account + ":mfa/" + name},
                                 {"User", {{"Arn", "arn:aws:iam::" + account + ":user/" + name}}},
                                 {"EnableDate", days_ago(600)}});
    } else {
      user["MFADevices"] = json::array({{{"SerialNumber", ids_.digits("GAKT", 8)},
                                         {"EnableDate", days_ago(600)}}});
    }
    json keys = json::array();
    for (const access_key_spec& k : u.keys)
      keys.push_back({{"AccessKeyId", ids_.digits("AKIAGEN", 13)},
                      {"Status", k.active ? "Active" : "Inactive"},
                      {"CreateDate", days_ago(k.age_days)}});
    if (!keys.empty()) user["AccessKeys"] = keys;
    users.push_back(user);
  }
  if (!users.empty()) iam["Users"] = users;
  if (!virtual_devices.empty()) iam["VirtualMFADevices"] = virtual_devices;
  iam["Roles"] = json::array({{{"RoleName", "lambda-exec"},
                               {"AssumeRolePolicyDocument",
                                {{"Version", "2012-10-17"},
                                 {"Statement", json::array({{{"Effect", "Allow"},
                                                             {"Principal", {{"Service", "lambda.amazonaws.com"}}},
                                                             {"Action", "sts:AssumeRole"}}})}}}},
                              // The role AWS Backup assumes for the generated backup plans.
                              {{"RoleName", "backup-service"},
                               {"AssumeRolePolicyDocument",
                                {{"Version", "2012-10-17"},
                                 {"Statement", json::array({{{"Effect", "Allow"},
                                                             {"Principal", {{"Service", "backup.amazonaws.com"}}},
                                                             {"Action", "sts:AssumeRole"}}})}}}}});
}

}  // namespace properties::rendering
