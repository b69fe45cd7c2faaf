#include "mockaws/services/iam/iam_operations.hpp"

#include "mockaws/services/iam/iam_handlers.hpp"

namespace mockaws::services::iam {

namespace {

// IAM's list operations return 100 items per page when MaxItems is not given.
constexpr int iam_page = 100;

const operation_entry entries[] = {
    {"iam", "GetAccountPasswordPolicy", get_account_password_policy},
    {"iam", "ListUsers", list_users, iam_page},
};

}  // namespace

std::span<const operation_entry> operations() { return entries; }

}  // namespace mockaws::services::iam
