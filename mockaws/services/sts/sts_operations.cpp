// STS: who the caller is. Clients (and `aws sts get-caller-identity`) use it to check setup.
//
// State: none; the answer comes from the credential's account.

#include "mockaws/services/service_tables.hpp"

namespace mockaws::services::sts {

namespace {

json get_caller_identity(const call_context& c) {
  // The scenario's keys belong to the account root unless the scenario says otherwise.
  return {{"UserId", c.account.id()},
          {"Account", c.account.id()},
          {"Arn", "arn:aws:iam::" + c.account.id() + ":root"}};
}


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"sts", "GetCallerIdentity", get_caller_identity},
  };
  return entries;
}

}  // namespace mockaws::services::sts
