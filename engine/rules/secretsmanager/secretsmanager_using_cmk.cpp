// SECRETSMANAGER_USING_CMK (secretsmanager-using-cmk): the secret is encrypted with a customer
// managed KMS key of the account and, when kmsKeyArns is given (the HIPAA pack leaves it
// unset), with one of those keys.
//
// A secret names its key by KmsKeyId: a key id, key ARN, alias name or alias ARN, or nothing at
// all for the AWS-managed key aws/secretsmanager (AWS omits the member then). The key is looked
// up among the region's keys and aliases (Secrets Manager only uses keys of its own region).
// NON_COMPLIANT: no KmsKeyId, alias/aws/secretsmanager, a key whose KeyManager is AWS, and, as
// AWS's page says, a key of another account (the rule cannot read it).
//
// Reading where AWS's page is silent (pinned by scenarios/rules/secretsmanager-using-cmk/): a
// key or alias of this account that is not in the inventory (deleted, or never existed) is
// NON_COMPLIANT, like a key the rule cannot read.

#include <algorithm>
#include <functional>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/kms_key.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

constexpr std::string_view aws_managed_alias = "alias/aws/secretsmanager";

bool is_alias(std::string_view name) {
  return name.rfind("alias/", 0) == 0 || (name.rfind("arn:", 0) == 0 && name.find(":alias/") != std::string_view::npos);
}

const configuration_item* find_in_region(const rule_context& ctx, std::string_view type, const std::string& region,
                                         const std::function<bool(const configuration_item&)>& match) {
  for (const auto* item : ctx.inv().items(type))
    if (item->region == region && match(*item)) return item;
  return nullptr;
}

verdict judge(const rule_context& ctx, const configuration_item& secret) {
  std::string named = secret.configuration.value("KmsKeyId", "");
  if (named.empty()) return {compliance::non_compliant, "encrypted with the AWS managed key aws/secretsmanager (no KmsKeyId)"};
  std::string owner = kms_arn_account(named);
  if (!owner.empty() && owner != ctx.inv().account_id())
    return {compliance::non_compliant, "encrypted with " + named + ", a key of another account, which the rule cannot read"};
  std::string target = named;
  if (is_alias(named)) {
    const configuration_item* alias = find_in_region(ctx, "AWS::KMS::Alias", secret.region, [&](const configuration_item& a) {
      return a.configuration.value("AliasName", "") == named || a.configuration.value("AliasArn", "") == named;
    });
    std::string alias_name = alias ? alias->configuration.value("AliasName", "") : named;
    if (alias_name == aws_managed_alias || named.ends_with(":" + std::string(aws_managed_alias)))
      return {compliance::non_compliant, "encrypted with the AWS managed key aws/secretsmanager"};
    if (!alias) return {compliance::non_compliant, "encrypted with alias " + named + ", which names no key of the region"};
    target = alias->configuration.value("TargetKeyId", "");
  }
  const configuration_item* key = find_in_region(ctx, "AWS::KMS::Key", secret.region, [&](const configuration_item& k) {
    return same_kms_key(target, k.resource_id) || same_kms_key(target, k.arn);
  });
  if (!key) return {compliance::non_compliant, "encrypted with " + named + ", which is no key of the region"};
  if (key->configuration.value("KeyManager", "") == "AWS")
    return {compliance::non_compliant, "encrypted with " + named + ", an AWS managed key"};
  std::string key_arn = key->arn.empty() ? key->resource_id : key->arn;
  if (ctx.is_set("kmsKeyArns")) {
    auto allowed = comma_separated(ctx.text("kmsKeyArns"));
    if (std::none_of(allowed.begin(), allowed.end(), [&](const std::string& a) { return same_kms_key(a, key_arn); }))
      return {compliance::non_compliant, "encrypted with the customer managed key " + key_arn + ", not one of kmsKeyArns"};
  }
  return {compliance::compliant, "encrypted with the customer managed key " + key_arn};
}

}  // namespace

rule_definition secretsmanager_using_cmk() {
  return {.identifier = "SECRETSMANAGER_USING_CMK",
          .summary = "Secrets Manager secrets are encrypted with a customer managed KMS key (one of kmsKeyArns, when given)",
          .resource_type = "AWS::SecretsManager::Secret",
          .parameters = {{"kmsKeyArns", parameter_kind::string, "",
                          "comma-separated ARNs of the KMS keys the secrets must use"}},
          .reads = {.types = {"AWS::SecretsManager::Secret", "AWS::KMS::Key", "AWS::KMS::Alias"}},
          .judge = judge,
          .reading = "KmsKeyId is resolved through the region's aliases and keys; absent, alias/aws/secretsmanager, "
                     "an AWS managed key, another account's key, or a key or alias not found in the region: "
                     "NON_COMPLIANT."};
}

}  // namespace engine::rules
