// KMS (JSON 1.1): keys and aliases.
//
// State (per region), as `aws kms describe-key` prints KeyMetadata and `aws kms list-aliases`
// prints aliases:
//   kms:
//     Keys:
//       - KeyId: 1234abcd-12ab-34cd-56ef-1234567890ab   # KeyMetadata
//         Arn: arn:aws:kms:...              # optional: derived at load from region, account, KeyId
//         AWSAccountId: "123456789012"      # optional: the scenario's account
//         KeyState: Enabled
//         KeyManager: CUSTOMER
//         ...
//         KeyRotationEnabled: true          # sub-documents beside the metadata, named after the
//                                           #   Get call's output member (get-key-rotation-status)
//     Aliases:
//       - AliasName: alias/app              # AliasListEntry
//         AliasArn: arn:aws:kms:...         # optional: derived at load from region, account, name
//         TargetKeyId: 1234abcd-...         # a key's KeyId (its ARN is accepted too)
//
// AWS creates AWS-managed keys and aliases (alias/aws/s3, ...) on its own; mockaws does not
// invent them: only what the scenario declares exists, so an undeclared alias/aws/... is not
// found.

#include "mockaws/services/service_tables.hpp"

#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/services/collections.hpp"

namespace mockaws::services::kms {

namespace {

// "arn:aws:kms:us-east-1:123456789012:" for the request's region and account: the ARNs AWS's
// messages give names that exist nowhere. (Stored keys and aliases carry their own ARNs, filled
// in at load.)
std::string arn_prefix(const call_context& c) {
  return "arn:" + scenario::partition_of(c.region) + ":kms:" + c.region + ":" + c.account.id() + ":";
}

std::string key_arn(const json& key) { return string_at(key, "Arn"); }
std::string alias_arn(const json& alias) { return string_at(alias, "AliasArn"); }

bool is_arn(const std::string& text) { return text.rfind("arn:", 0) == 0; }

// A key by id or key ARN, or nullptr.
const json* find_key(const call_context& c, const std::string& id) {
  for (const auto& key : items(c.state(), "Keys"))
    if (is_arn(id) ? key_arn(key) == id : string_at(key, "KeyId") == id) return &key;
  return nullptr;
}

[[noreturn]] void key_not_found(const call_context& c, const std::string& id) {
  // AWS names a missing key by the ARN it would have in this region and account.
  c.fail("NotFoundException",
         "Key '" + (is_arn(id) ? id : arn_prefix(c) + "key/" + id) + "' does not exist");
}

// A key by id, key ARN, alias name ("alias/x") or alias ARN; NotFoundException otherwise.
const json& resolve_key(const call_context& c, const std::string& id) {
  bool alias_arn_given = is_arn(id) && id.find(":alias/") != std::string::npos;
  if (id.rfind("alias/", 0) == 0 || alias_arn_given) {
    const json* alias = nullptr;
    for (const auto& candidate : items(c.state(), "Aliases"))
      if (alias_arn_given ? alias_arn(candidate) == id : string_at(candidate, "AliasName") == id)
        alias = &candidate;
    std::string name_arn = alias_arn_given ? id : arn_prefix(c) + id;
    // An alias without a target (one AWS reserves for a service) names no key yet.
    if (!alias || string_at(*alias, "TargetKeyId").empty())
      c.fail("NotFoundException", "Alias '" + name_arn + "' is not found.");
    std::string target = string_at(*alias, "TargetKeyId");
    const json* key = find_key(c, target);
    if (!key) key_not_found(c, target);
    return *key;
  }
  const json* key = find_key(c, id);
  if (!key) key_not_found(c, id);
  return *key;
}

json list_keys(const call_context& c) {
  json keys = json::array();
  for (const auto& key : items(c.state(), "Keys"))
    keys.push_back({{"KeyId", string_at(key, "KeyId")}, {"KeyArn", key_arn(key)}});
  return {{"Keys", std::move(keys)}};
}

json describe_key(const call_context& c) {
  return {{"KeyMetadata", resolve_key(c, c.input_string("KeyId"))}};
}

json list_aliases(const call_context& c) {
  std::string key_id = c.input_string("KeyId");
  const json* key = nullptr;
  if (!key_id.empty()) {
    // KeyId takes a key ID or key ARN only (no alias).
    key = find_key(c, key_id);
    if (!key) key_not_found(c, key_id);
  }
  json aliases = json::array();
  for (const auto& alias : items(c.state(), "Aliases")) {
    std::string target = string_at(alias, "TargetKeyId");
    if (key && target != string_at(*key, "KeyId") && target != key_arn(*key)) continue;
    json entry = alias;
    // AWS lists the target by key ID even when the alias was created with the key's ARN.
    if (is_arn(target)) {
      if (const json* target_key = find_key(c, target))
        entry["TargetKeyId"] = string_at(*target_key, "KeyId");
    }
    aliases.push_back(std::move(entry));
  }
  return {{"Aliases", std::move(aliases)}};
}


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // ListKeys: Limit defaults to 100; ListAliases: to 50 (KMS API reference).
      {"kms", "ListKeys", list_keys, 100},
      {"kms", "DescribeKey", describe_key},
      {"kms", "ListAliases", list_aliases, 50},
  };
  return entries;
}

}  // namespace mockaws::services::kms
