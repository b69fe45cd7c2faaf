// BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED (backup-recovery-point-manual-deletion-disabled):
// the vault's access policy explicitly denies backup:DeleteRecoveryPoint and
// backup:UpdateRecoveryPointLifecycle on its recovery points and backup:PutBackupVaultAccessPolicy
// on the vault, to every principal except those in principalArnList (the pack leaves it unset).
// A vault without a policy (GetBackupVaultAccessPolicy: ResourceNotFoundException) is
// NON_COMPLIANT.
//
// The policy analyzer (engine/policy/analysis.hpp, not_denied) answers each action: it looks for
// a principal whose request no Deny covers. AWS's page asks for "*" as the Deny's Principal and
// Resource; the search finds that by itself: a Deny naming some principals or some recovery
// points leaves others a request that is not denied. Readings where the page is silent (pinned by
// scenarios/rules/backup-recovery-point-manual-deletion-disabled/): a Deny whose condition exempts
// principals (ArnNotEquals aws:PrincipalArn) is NON_COMPLIANT unless principalArnList names every
// one it exempts; a Deny any caller can avoid through another condition key (MFA, source IP) does
// not count.

#include "engine/policy/matching.hpp"
#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"
#include "engine/rules/resource_policy.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& vault) {
  resource_policy written = read_policy(ctx, vault, "AccessPolicy");
  if (!written.present) return {compliance::non_compliant, "the vault has no access policy"};
  if (!written.document) return {compliance::non_compliant, "the vault's access policy is not a policy: " + written.error};
  std::string account = owner_account(ctx, vault);
  std::string vault_arn = !vault.arn.empty() ? vault.arn
                                             : "arn:aws:backup:" + vault.region + ":" + account + ":backup-vault:" + vault.resource_id;
  // Recovery points are arn:<partition>:backup:<region>:<account>:recovery-point:<id>; EBS and
  // RDS ones are the service's snapshots, which the search reaches through "*" as well.
  std::string partition = vault_arn.substr(4, vault_arn.find(':', 4) - 4);
  std::string point = "arn:" + partition + ":backup:" + vault.region + ":" + account + ":recovery-point:any-point";
  std::vector<std::string> exempt = comma_separated(ctx.text("principalArnList"));
  for (auto [action, resource] : {std::pair{"backup:DeleteRecoveryPoint", point},
                                  std::pair{"backup:UpdateRecoveryPointLifecycle", point},
                                  std::pair{"backup:PutBackupVaultAccessPolicy", vault_arn}}) {
    policy::finding f = policy::not_denied(*written.document, {account, action, {resource}, exempt});
    if (f.result == policy::finding::answer::undetermined)
      return {compliance::insufficient_data, std::string(action) + ": " + f.reason};
    if (f) return {compliance::non_compliant, std::string(action) + " is not denied: " + proof(f)};
  }
  return {compliance::compliant,
          "the access policy denies backup:DeleteRecoveryPoint, backup:UpdateRecoveryPointLifecycle and "
          "backup:PutBackupVaultAccessPolicy to every principal" +
              std::string(exempt.empty() ? "" : " but principalArnList's")};
}

}  // namespace

rule_definition backup_recovery_point_manual_deletion_disabled() {
  return {.identifier = "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED",
          .summary = "backup vault access policies deny deleting recovery points",
          .resource_type = "AWS::Backup::BackupVault",
          .parameters = {{"principalArnList", parameter_kind::string, "",
                          "comma-separated IAM principal ARNs the check leaves out"}},
          .reads = {.supplements = {"AccessPolicy"}},
          .judge = judge,
          .reading = "Every principal but principalArnList's must be explicitly denied the three actions, however "
                     "it sets the other condition keys; a condition exempting principals by aws:PrincipalArn needs "
                     "them in principalArnList."};
}

}  // namespace engine::rules
