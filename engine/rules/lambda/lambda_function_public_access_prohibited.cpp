// LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED (lambda-function-public-access-prohibited): no
// statement of the function's resource policy lets everyone invoke it. A statement for
// Principal "*" (or {"AWS": "*"}) is public unless a condition pins the caller: AWS:SourceAccount,
// AWS:SourceArn, aws:SourceOwner, aws:PrincipalOrgID or aws:PrincipalAccount.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/policy_document.hpp"

namespace engine::rules {

namespace {

std::string public_statement(const json& policy) {
  static const std::vector<std::string_view> pinning = {
      "AWS:SourceAccount", "AWS:SourceArn", "aws:SourceOwner", "aws:PrincipalOrgID",
      "aws:PrincipalAccount"};
  for (const auto& st : statements_of(policy))
    if (st.value("Effect", "") == "Allow" && applies_to_everyone(st) && !has_condition_on(st, pinning))
      return st.value("Sid", std::string("(no Sid)"));
  return {};
}

verdict judge(const rule_context& ctx, const configuration_item& function) {
  const json* written = ctx.read(function, "Policy");
  auto policy = written ? parse_policy(*written) : std::nullopt;
  if (written && !policy) return {compliance::insufficient_data, "the resource policy is not a JSON object"};
  std::string sid = policy ? public_statement(*policy) : "";
  if (sid.empty())
    return {compliance::compliant, policy ? "the resource policy admits only named callers" : "no resource policy"};
  return {compliance::non_compliant, "statement " + sid + " lets anyone invoke the function"};
}

}  // namespace

rule_definition lambda_function_public_access_prohibited() {
  return {.identifier = "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED",
          .summary = "Lambda functions cannot be invoked by everyone",
          .resource_type = "AWS::Lambda::Function",
          .reads = {.supplements = {"Policy"}},
          .judge = judge};
}

}  // namespace engine::rules
