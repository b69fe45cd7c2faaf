// SNS_ENCRYPTED_KMS (sns-encrypted-kms): the topic encrypts its messages at rest with a KMS key
// (the KmsMasterKeyId attribute; absent or empty: unencrypted, AWS's default) and, when
// kmsKeyIds is given (the HIPAA pack leaves it unset), with one of the keys it lists.
//
// Reading where AWS's page is silent (pinned by scenarios/rules/sns-encrypted-kms/): kmsKeyIds
// entries (key ids, key ARNs, alias names, alias ARNs) are compared with KmsMasterKeyId as the
// topic states it: a key id matches its key ARN and an alias name its alias ARN (of the topic's
// account), but an alias is not resolved to the key it targets (the rule reads only the topic). Any KMS key counts,
// the AWS managed alias/aws/sns included.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/kms_key.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

// "alias/x" for "arn:aws:kms:region:account:alias/x", else the text.
std::string_view alias_name_of(std::string_view key) {
  auto at = key.find(":alias/");
  return key.rfind("arn:", 0) == 0 && at != std::string_view::npos ? key.substr(at + 1) : key;
}

// Whether kmsKeyIds entry `listed` names the key the topic of `account` states as `used`.
bool names_key(std::string_view listed, std::string_view used, const std::string& account) {
  bool listed_arn = listed.rfind("arn:", 0) == 0, used_arn = used.rfind("arn:", 0) == 0;
  // A bare id or alias name in the topic is the topic account's: an ARN of another account
  // names another key or alias.
  if (listed_arn != used_arn && kms_arn_account(listed_arn ? listed : used) != account) return false;
  if (same_kms_key(listed, used)) return true;
  // Two alias ARNs must be equal (same_kms_key compared them as text).
  if (listed_arn && used_arn) return false;
  std::string_view a = alias_name_of(listed), b = alias_name_of(used);
  return a.rfind("alias/", 0) == 0 && a == b;
}

verdict judge(const rule_context& ctx, const configuration_item& topic) {
  std::string key = topic.configuration.value("KmsMasterKeyId", "");
  if (key.empty()) return {compliance::non_compliant, "the topic is not encrypted with a KMS key"};
  if (ctx.is_set("kmsKeyIds")) {
    auto listed = comma_separated(ctx.text("kmsKeyIds"));
    if (std::none_of(listed.begin(), listed.end(), [&](const std::string& l) { return names_key(l, key, ctx.inv().account_id()); }))
      return {compliance::non_compliant, "encrypted with " + key + ", which is not one of kmsKeyIds"};
  }
  return {compliance::compliant, "encrypted with KMS key " + key};
}

}  // namespace

rule_definition sns_encrypted_kms() {
  return {.identifier = "SNS_ENCRYPTED_KMS",
          .summary = "SNS topics are encrypted with a KMS key (one of kmsKeyIds, when given)",
          .resource_type = "AWS::SNS::Topic",
          .parameters = {{"kmsKeyIds", parameter_kind::string, "",
                          "comma-separated key ids, key ARNs, alias names or alias ARNs the topics must use"}},
          .judge = judge,
          .reading = "kmsKeyIds is compared with KmsMasterKeyId as written (a key id matches its ARN, an alias name "
                     "its alias ARN; aliases are not resolved to their keys); any KMS key counts, alias/aws/sns "
                     "included."};
}

}  // namespace engine::rules
