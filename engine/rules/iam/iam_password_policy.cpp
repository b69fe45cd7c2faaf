// IAM_PASSWORD_POLICY (iam-password-policy): the account password policy is at least as strict
// as the parameters. No policy at all is NON_COMPLIANT (AWS counts IAM's default, "no policy",
// as non-compliant). An absent MaxPasswordAge means passwords never expire, which fails any
// maximum; an absent PasswordReusePrevention means no reuse prevention. Its boolean parameters
// are case-sensitive, as the rule's page says: anything but lowercase "true" is false.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  const json* policy = ctx.inv().document("iam.password_policy", std::string(global_region));
  if (!policy || !policy->is_object())
    return {ctx.about_account(std::string(global_region), compliance::non_compliant,
                              "the account has no password policy")};
  std::vector<std::string> gaps;
  for (auto flag : {"RequireUppercaseCharacters", "RequireLowercaseCharacters", "RequireSymbols",
                    "RequireNumbers"})
    if (ctx.boolean(flag) && !policy->value(flag, false)) gaps.push_back(std::string(flag) + " is off");
  auto at_least = [&](const char* name) {
    long long required = ctx.integer(name);
    long long actual = policy->value(name, 0LL);
    if (actual < required)
      gaps.push_back(std::string(name) + " is " + (policy->contains(name) ? std::to_string(actual) : "not set") +
                     " (at least " + std::to_string(required) + ")");
  };
  at_least("MinimumPasswordLength");
  at_least("PasswordReusePrevention");
  long long max_age = ctx.integer("MaxPasswordAge");
  if (!policy->contains("MaxPasswordAge"))
    gaps.push_back("passwords never expire (MaxPasswordAge at most " + std::to_string(max_age) + ")");
  else if (policy->value("MaxPasswordAge", 0LL) > max_age)
    gaps.push_back("MaxPasswordAge is " + std::to_string(policy->value("MaxPasswordAge", 0LL)) +
                   " (at most " + std::to_string(max_age) + ")");
  if (gaps.empty())
    return {ctx.about_account(std::string(global_region), compliance::compliant,
                              "the password policy meets every requirement")};
  std::string why = "the password policy is too weak: ";
  for (std::size_t i = 0; i < gaps.size(); ++i) why += (i ? "; " : "") + gaps[i];
  return {ctx.about_account(std::string(global_region), compliance::non_compliant, why)};
}

}  // namespace

rule_definition iam_password_policy() {
  return {.identifier = "IAM_PASSWORD_POLICY",
          .summary = "the account password policy is at least as strict as the parameters",
          .resource_type = account_resource_type,
          .parameters = {{"RequireUppercaseCharacters", parameter_kind::boolean, "true", "require an upper-case letter", true},
                         {"RequireLowercaseCharacters", parameter_kind::boolean, "true", "require a lower-case letter", true},
                         {"RequireSymbols", parameter_kind::boolean, "true", "require a symbol", true},
                         {"RequireNumbers", parameter_kind::boolean, "true", "require a digit", true},
                         {"MinimumPasswordLength", parameter_kind::integer, "14", "minimum length"},
                         {"PasswordReusePrevention", parameter_kind::integer, "24", "passwords remembered"},
                         {"MaxPasswordAge", parameter_kind::integer, "90", "days before a password expires"}},
          .reads = {.documents = {"iam.password_policy"}},
          .evaluate = evaluate,
          .reading = "Boolean parameters are case-sensitive as the rule's page says: anything but lowercase \"true\" is false."};
}

}  // namespace engine::rules
