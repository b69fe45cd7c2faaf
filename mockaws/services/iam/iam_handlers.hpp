#pragma once
// IAM's handlers, by resource family (users.cpp, account.cpp). The table is iam_operations.cpp.
//
// State (global), in the shapes `aws iam ...` prints, with each user's sub-documents beside it:
//   iam:
//     Users:
//       - UserName, UserId, Arn, Path, CreateDate, PasswordLastUsed, Tags   (User)
//     PasswordPolicy: PasswordPolicy          (absent: no policy, NoSuchEntity)

#include "mockaws/services/handler.hpp"

namespace mockaws::services::iam {

json list_users(const call_context& c);
json get_account_password_policy(const call_context& c);

}  // namespace mockaws::services::iam
