// Mutators of keys, secrets and notification topics: KMS_CMK_NOT_SCHEDULED_FOR_DELETION,
// SECRETSMANAGER_ROTATION_ENABLED_CHECK, SECRETSMANAGER_USING_CMK and SNS_ENCRYPTED_KMS.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// A key's deletion scheduled (degree 0: in 7 days, AWS's shortest waiting period; odd degrees:
// a multi-Region primary waiting for its replicas, PendingReplicaDeletion). Nothing else reads
// the key's state: resources it encrypts keep their verdicts.
std::optional<mutation> key_scheduled_for_deletion(json& doc, std::uint64_t target, std::uint64_t degree) {
  std::vector<located_item> keys;
  // AWS never schedules the deletion of its own keys (aws/rds): only customer keys are candidates.
  for (auto& k : items_of(doc, "AWS::KMS::Key"))
    if (k.item->value("KeyManager", "CUSTOMER") == "CUSTOMER") keys.push_back(k);
  if (keys.empty()) return std::nullopt;
  auto [region, key, identity] = keys[target % keys.size()];
  bool replica_wait = degree % 2;
  (*key)["KeyState"] = replica_wait ? "PendingReplicaDeletion" : "PendingDeletion";
  (*key)["Enabled"] = false;
  int window = 7 + int(degree / 2 % 24);
  if (replica_wait) {
    (*key)["MultiRegion"] = true;
  } else {
    (*key)["DeletionDate"] = "+" + std::to_string(window) + "d";
    (*key)["PendingDeletionWindowInDays"] = window;
  }
  return mutation{"key_scheduled_for_deletion",
                  "KMS key " + identity + " (" + region + "): " + key->value("KeyState", ""),
                  {{"KMS_CMK_NOT_SCHEDULED_FOR_DELETION", identity, region,
                    "the key is scheduled for deletion"}},
                  std::nullopt};
}

// Rotation switched off (degree 0; the old RotationRules stay, as AWS keeps them) or never
// configured (odd degrees: RotationEnabled and RotationRules absent, a new secret's state).
std::optional<mutation> secret_rotation_disabled(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto secrets = items_of(doc, "AWS::SecretsManager::Secret");
  if (secrets.empty()) return std::nullopt;
  auto [region, secret, identity] = secrets[target % secrets.size()];
  if (degree % 2) {
    secret->erase("RotationEnabled");
    secret->erase("RotationRules");
  } else {
    (*secret)["RotationEnabled"] = false;
  }
  return mutation{"secret_rotation_disabled", "secret " + identity + " (" + region + "): rotation off",
                  {{"SECRETSMANAGER_ROTATION_ENABLED_CHECK", identity, region, "the secret is not scheduled for rotation"}},
                  std::nullopt};
}

// The secret under AWS's key instead of the clinic's: no KmsKeyId (the console's default),
// alias/aws/secretsmanager, or a key of another account, which the rule cannot read.
std::optional<mutation> secret_not_under_customer_key(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto secrets = items_of(doc, "AWS::SecretsManager::Secret");
  if (secrets.empty()) return std::nullopt;
  auto [region, secret, identity] = secrets[target % secrets.size()];
  std::string change;
  switch (degree % 3) {
    case 0:
      secret->erase("KmsKeyId");
      change = "no KmsKeyId (aws/secretsmanager)";
      break;
    case 1:
      (*secret)["KmsKeyId"] = "alias/aws/secretsmanager";
      change = "KmsKeyId alias/aws/secretsmanager";
      break;
    default:
      (*secret)["KmsKeyId"] = "arn:aws:kms:" + region + ":999988887777:key/0e0e0e0e-0000-4000-8000-000000000001";
      change = "a key of account 999988887777";
  }
  return mutation{"secret_not_under_customer_key", "secret " + identity + " (" + region + "): " + change,
                  {{"SECRETSMANAGER_USING_CMK", identity, region, "no customer managed key of the account encrypts it"}},
                  std::nullopt};
}

// The topic's encryption removed: the attribute gone (degree 0) or set to "" (odd degrees), as
// SetTopicAttributes with an empty value leaves it.
std::optional<mutation> topic_unencrypted(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto topics = items_of(doc, "AWS::SNS::Topic");
  if (topics.empty()) return std::nullopt;
  auto [region, topic, identity] = topics[target % topics.size()];
  if (degree % 2) (*topic)["Attributes"]["KmsMasterKeyId"] = "";
  else (*topic)["Attributes"].erase("KmsMasterKeyId");
  return mutation{"topic_unencrypted", "topic " + identity + " (" + region + "): not encrypted",
                  {{"SNS_ENCRYPTED_KMS", identity, region, "the topic's messages are not encrypted with KMS"}},
                  std::nullopt};
}

}  // namespace

std::vector<mutator> key_and_secret_mutators() {
  return {
      {"key_scheduled_for_deletion", "KMS_CMK_NOT_SCHEDULED_FOR_DELETION", "a customer KMS key scheduled for deletion",
       "", nullptr, key_scheduled_for_deletion},
      {"secret_rotation_disabled", "SECRETSMANAGER_ROTATION_ENABLED_CHECK", "a secret that does not rotate", "",
       ensure_secret, secret_rotation_disabled},
      {"secret_not_under_customer_key", "SECRETSMANAGER_USING_CMK", "a secret under AWS's key or another account's",
       "", ensure_secret, secret_not_under_customer_key},
      {"topic_unencrypted", "SNS_ENCRYPTED_KMS", "an SNS topic without KMS encryption", "", ensure_topic,
       topic_unencrypted},
  };
}

}  // namespace properties
