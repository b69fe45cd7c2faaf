// Mutators of keys, secrets and notification topics: KMS_CMK_NOT_SCHEDULED_FOR_DELETION.

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

}  // namespace

std::vector<mutator> key_and_secret_mutators() {
  return {
      {"key_scheduled_for_deletion", "KMS_CMK_NOT_SCHEDULED_FOR_DELETION", "a customer KMS key scheduled for deletion",
       "", nullptr, key_scheduled_for_deletion},
  };
}

}  // namespace properties
