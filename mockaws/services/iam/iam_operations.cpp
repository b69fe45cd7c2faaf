#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/iam/iam_handlers.hpp"

namespace mockaws::services::iam {

namespace {

// IAM's list operations return 100 items per page when MaxItems is not given.
constexpr int iam_page = 100;


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"iam", "GenerateCredentialReport", generate_credential_report},
      {"iam", "GetAccountAuthorizationDetails", get_account_authorization_details, iam_page},
      {"iam", "GetAccountPasswordPolicy",
       singleton_read{.document = "PasswordPolicy", .output = "PasswordPolicy"}},
      {"iam", "GetAccountSummary", get_account_summary},
      {"iam", "GetCredentialReport", get_credential_report},
      {"iam", "GetGroupPolicy", get_group_policy},
      {"iam", "GetLoginProfile", get_login_profile},
      {"iam", "GetPolicyVersion", get_policy_version},
      {"iam", "GetRolePolicy", get_role_policy},
      {"iam", "GetUserPolicy", get_user_policy},
      {"iam", "ListAccessKeys", list_access_keys, iam_page},
      {"iam", "ListAttachedUserPolicies", list_attached_user_policies, iam_page},
      {"iam", "ListGroupPolicies", list_group_policies, iam_page},
      {"iam", "ListGroups",
       list_read{.collection = "Groups", .prefix = std::pair{"PathPrefix", "Path"}}, iam_page},
      {"iam", "ListMFADevices", list_mfa_devices, iam_page},
      {"iam", "ListPolicies", list_policies, iam_page},
      {"iam", "ListRolePolicies", list_role_policies, iam_page},
      {"iam", "ListRoles", list_roles, iam_page},
      {"iam", "ListUserPolicies", list_user_policies, iam_page},
      // ListUsers leaves out PermissionsBoundary and Tags (documented; GetUser returns them).
      {"iam", "ListUsers",
       list_read{.collection = "Users",
                 .prefix = std::pair{"PathPrefix", "Path"},
                 .omit = {"PermissionsBoundary", "Tags"}},
       iam_page},
      {"iam", "ListVirtualMFADevices", list_virtual_mfa_devices, iam_page},
  };
  return entries;
}

}  // namespace mockaws::services::iam
