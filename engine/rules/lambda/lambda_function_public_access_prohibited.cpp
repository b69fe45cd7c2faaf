// LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED (lambda-function-public-access-prohibited): no
// caller outside the account and the parties its resource policy pins can be allowed a Lambda
// action on the function (policy/analysis.hpp says who an outsider is). So Principal "*" is
// public unless a condition pins the caller to accounts, an organization or source ARNs
// without a wildcard account; a service principal (s3.amazonaws.com) granted without
// aws:SourceAccount or an exact aws:SourceArn is public too, because any account's bucket can
// then invoke the function; grants to named accounts are not public. A function without a
// policy is COMPLIANT.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/resource_policy.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& function) {
  resource_policy p = read_policy(ctx, function, "Policy");
  if (!p.present) return {compliance::compliant, "no resource policy"};
  if (!p.document) return {compliance::insufficient_data, "the resource policy cannot be read: " + p.error};
  std::string arn = function.arn.empty() ? function.configuration.value("FunctionArn", "") : function.arn;
  auto grant = policy::public_access(*p.document, {.owner_account = owner_account(ctx, function),
                                                   .resources = {arn},
                                                   .action_namespace = "lambda",
                                                   .actions = {"lambda:InvokeFunction", "lambda:InvokeFunctionUrl",
                                                               "lambda:GetFunction"}});
  if (grant.result == policy::finding::answer::undetermined) return {compliance::insufficient_data, grant.reason};
  if (!grant) return {compliance::compliant, "the resource policy admits only named callers"};
  return {compliance::non_compliant, "the function is public: " + proof(grant)};
}

}  // namespace

rule_definition lambda_function_public_access_prohibited() {
  return {.identifier = "LAMBDA_FUNCTION_PUBLIC_ACCESS_PROHIBITED",
          .summary = "Lambda functions cannot be invoked by everyone",
          .resource_type = "AWS::Lambda::Function",
          .reads = {.supplements = {"Policy"}},
          .judge = judge,
          .reading = "Public means some caller outside the account can be allowed: Principal \"*\" unless a condition pins accounts, an organization, VPCs or source ARNs without a wildcard account; a service principal without aws:SourceAccount or an exact aws:SourceArn is public."};
}

}  // namespace engine::rules
