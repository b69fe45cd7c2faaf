// KMS_CMK_NOT_SCHEDULED_FOR_DELETION (kms-cmk-not-scheduled-for-deletion): no KMS key of the
// region is scheduled for deletion. Data a deleted key encrypted (snapshots, backups, secrets)
// can never be decrypted again, so a scheduled deletion is a risk to act on before its date.
//
// Readings where AWS's page is silent (pinned by scenarios/rules/kms-cmk-not-scheduled-for-deletion/):
//  - "Scheduled for deletion" is KeyState PendingDeletion, and also PendingReplicaDeletion: a
//    multi-Region primary key whose deletion is scheduled and waits for its replicas to go.
//  - Without kmsKeyIds every key is judged, AWS-managed ones included (the page: "the rule
//    checks all the keys"; AWS never schedules its own keys' deletion, so they are COMPLIANT).
//  - With kmsKeyIds (comma-separated, the HIPAA pack leaves it unset) only the keys it names
//    are judged, by key id or key ARN; every other key is NOT_APPLICABLE.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/kms_key.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

bool named_by(const std::vector<std::string>& wanted, const configuration_item& key) {
  std::string arn = key.configuration.value("Arn", "");
  return std::any_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
    return same_kms_key(w, key.resource_id) || same_kms_key(w, arn);
  });
}

verdict judge(const rule_context& ctx, const configuration_item& key) {
  if (ctx.is_set("kmsKeyIds") && !named_by(comma_separated(ctx.text("kmsKeyIds")), key))
    return {compliance::not_applicable, "the key is not one of kmsKeyIds"};
  std::string state = key.configuration.value("KeyState", "");
  if (state == "PendingDeletion" || state == "PendingReplicaDeletion") {
    std::string when = key.configuration.value("DeletionDate", "");
    return {compliance::non_compliant,
            "the key is scheduled for deletion (" + state + (when.empty() ? "" : ", on " + when) + ")"};
  }
  return {compliance::compliant,
          "the key is not scheduled for deletion" + (state.empty() ? std::string() : " (KeyState " + state + ")")};
}

}  // namespace

rule_definition kms_cmk_not_scheduled_for_deletion() {
  return {.identifier = "KMS_CMK_NOT_SCHEDULED_FOR_DELETION",
          .summary = "no KMS key is scheduled for deletion (only the kmsKeyIds keys, when given)",
          .resource_type = "AWS::KMS::Key",
          .parameters = {{"kmsKeyIds", parameter_kind::string, "",
                          "comma-separated ids (or ARNs) of the keys to check; unset: every key"}},
          .judge = judge,
          .reading = "PendingDeletion and PendingReplicaDeletion both count as scheduled; without kmsKeyIds every "
                     "key is judged, AWS-managed ones too; with it, keys it does not name (by id or ARN) are "
                     "NOT_APPLICABLE."};
}

}  // namespace engine::rules
