// AWS Backup (REST-JSON): plans, their resource selections, vaults, recovery points and
// protected resources, as a rule engine reads them.
//
// State (per region), in the shapes `aws backup ...` prints:
//   backup:
//     BackupPlans:
//       - BackupPlanId: ...                      # get-backup-plan's top-level members:
//         BackupPlanArn: ...                     #   BackupPlanId, BackupPlanArn, VersionId,
//         VersionId: ...                         #   CreationDate, CreatorRequestId?,
//         CreationDate: ...                      #   LastExecutionDate?, DeletionDate?
//         BackupPlan:                            # get-backup-plan .BackupPlan
//           BackupPlanName: ...
//           Rules: [BackupRule...]
//           AdvancedBackupSettings: [...]        # optional
//         Selections:                            # get-backup-selection, one per selection
//           - SelectionId: ...
//             CreationDate: ...
//             CreatorRequestId: ...              # optional
//             BackupSelection: {SelectionName, IamRoleArn, Resources, ListOfTags,
//                               NotResources, Conditions}
//     BackupVaults:
//       - BackupVaultName: ...                   # list-backup-vaults' BackupVaultListMember
//         BackupVaultArn: ...
//         AccessPolicy: {Version: ..., Statement: [...]}   # get-backup-vault-access-policy
//                                                # .Policy: a JSON object or its text; absent:
//                                                # the vault has no access policy
//         RecoveryPoints: [RecoveryPointByBackupVault...]  # list-recovery-points-by-backup-vault
//     ProtectedResources: [ProtectedResource...] # list-protected-resources (optional)
//
// Derived values, so a scenario states each fact once:
// - list-backup-plans' BackupPlanName and AdvancedBackupSettings come from the plan document
//   (BackupPlan.BackupPlanName, BackupPlan.AdvancedBackupSettings); a top-level BackupPlanName
//   is used only when the document has none. get-backup-plan's top-level
//   AdvancedBackupSettings likewise. Plans with a DeletionDate are deleted: listed only with
//   IncludeDeleted, still readable by get-backup-plan.
// - list-backup-selections' SelectionName and IamRoleArn come from BackupSelection.
// - A vault's NumberOfRecoveryPoints, when not given, counts its RecoveryPoints; its recovery
//   points' BackupVaultName and BackupVaultArn, when not given, are the vault's.
// - list-recovery-points-by-resource gathers the resource's recovery points from every vault
//   (BackupSizeInBytes is reported as that shape's BackupSizeBytes).
// - An AccessPolicy given as an object is returned as compact JSON text with its keys sorted;
//   give the policy as a string to have it returned exactly as written.
// - Without a ProtectedResources collection, list-protected-resources lists each resource that
//   has a COMPLETED recovery point (or one without Status), with its newest CreationDate as
//   LastBackupTime.

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/backup/backup_handlers.hpp"

namespace mockaws::services::backup {

std::span<const operation_entry> operations() {
  // The Backup API reference documents no default page size: without MaxResults every item is
  // returned (0), and the CLI pages on NextToken either way.
  static const operation_entry entries[] = {
      {"backup", "ListBackupPlans", list_backup_plans, 0},
      {"backup", "GetBackupPlan", get_backup_plan, 0},
      {"backup", "ListBackupSelections", list_backup_selections, 0},
      // The selection's BackupPlanId is its plan's (a default at load). AWS answers an unknown
      // plan here with InvalidParameterValueException, not ResourceNotFoundException (the
      // Terraform provider and Steampipe both match on "Cannot find Backup plan with ID").
      {"backup", "GetBackupSelection",
       get_read{.collection = "Selections",
                .parent = parent_item{"BackupPlans", {"BackupPlanId", {"BackupPlanId"}},
                                      {"InvalidParameterValueException",
                                       "Cannot find Backup plan with ID {id}"}},
                .key = {"SelectionId", {"SelectionId"}},
                .missing = {"ResourceNotFoundException", "Cannot find Backup selection with ID {id}"}}},
      {"backup", "ListBackupVaults", list_backup_vaults, 0},
      {"backup", "DescribeBackupVault", describe_backup_vault, 0},
      {"backup", "GetBackupVaultAccessPolicy", get_backup_vault_access_policy, 0},
      {"backup", "ListRecoveryPointsByBackupVault", list_recovery_points_by_backup_vault, 0},
      {"backup", "ListRecoveryPointsByResource", list_recovery_points_by_resource, 0},
      {"backup", "ListProtectedResources", list_protected_resources, 0},
  };
  return entries;
}

}  // namespace mockaws::services::backup
