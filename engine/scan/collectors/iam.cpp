// IAM (global): users with their access keys and MFA devices, the password policy and the
// account summary (root MFA, root access keys).

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_iam(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  const std::string global(global_region);
  auto users = aws.submit_all_pages("iam", "ListUsers", json::object(), scope.region);
  auto policy = aws.submit("iam", "GetAccountPasswordPolicy", json::object(), scope.region);
  auto summary = aws.submit("iam", "GetAccountSummary", json::object(), scope.region);

  auto policy_result = policy.get();
  if (policy_result.ok())
    out.documents.emplace_back("iam.password_policy", global, policy_result.output.value("PasswordPolicy", json()));
  else if (policy_result.error->code == "NoSuchEntity")  // IAM's answer for "no policy"
    out.documents.emplace_back("iam.password_policy", global, json());
  else
    out.failures.push_back({"iam.password_policy", global, policy_result.error->describe()});

  if (auto s = output_or_failure(summary.get(), out, "iam.account_summary", global))
    out.documents.emplace_back("iam.account_summary", global, s->value("SummaryMap", json::object()));

  auto listed = output_or_failure(users.get(), out, "iam.users", global);
  if (!listed) return out;
  struct pending {
    json user;
    std::future<client::call_result> keys, mfa;
  };
  std::vector<pending> calls;
  for (const auto& user : listed->value("Users", json::array())) {
    json by_name = {{"UserName", user.value("UserName", "")}};
    calls.push_back({user, aws.submit_all_pages("iam", "ListAccessKeys", by_name, scope.region),
                     aws.submit_all_pages("iam", "ListMFADevices", by_name, scope.region)});
  }
  for (auto& call : calls) {
    auto item = make_item("AWS::IAM::User", call.user.value("UserId", ""), call.user.value("UserName", ""),
                          call.user.value("Arn", ""), global, call.user);
    store_supplement(item, "AccessKeyMetadata", call.keys.get(), "AccessKeyMetadata");
    store_supplement(item, "MFADevices", call.mfa.get(), "MFADevices");
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace engine::collectors
