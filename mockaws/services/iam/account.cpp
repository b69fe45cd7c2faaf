#include "mockaws/services/collections.hpp"
#include "mockaws/services/iam/iam_handlers.hpp"

namespace mockaws::services::iam {

json get_account_password_policy(const call_context& c) {
  const json* policy = member(c.state(), "PasswordPolicy");
  if (!policy)
    c.fail("NoSuchEntityException", "The Password Policy with domain name " + c.account.id() +
                                        " cannot be found.");
  return {{"PasswordPolicy", *policy}};
}

}  // namespace mockaws::services::iam
