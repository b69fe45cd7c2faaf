#pragma once
// The *_RESOURCES_PROTECTED_BY_BACKUP_PLAN rules (EC2 instances here; Aurora clusters reuse it):
// whether AWS Backup protects one resource, with the rules' optional parameters as AWS's pages
// define them (all unset in the HIPAA pack):
//
//   protected            ListProtectedResources of the resource's region lists its ARN (AWS
//                        Backup has backed it up; the rule's "covered by a backup plan")
//   crossRegionList      for each region: a copy is kept there - a recovery point of the
//                        resource in a vault of that region, or a CopyActions destination vault
//                        there in a rule of a plan that made one of its recovery points
//                        (CreatedBy.BackupPlanId)
//   crossAccountList     likewise for each account (the vault ARN's account part)
//   backupVaultLockCheck "True": a recovery point of the resource lies in a vault with Vault
//                        Lock (ListBackupVaults' Locked)
//   minRetentionDays,    that locked vault's MinRetentionDays is at least / MaxRetentionDays at
//   maxRetentionDays     most the value (a vault that states none fails); setting either asks
//                        for a locked vault too
//   resourceTags         {"key": "value", ...}: only resources with every tag are judged,
//   resourceId           only the resource with this id; the others are NOT_APPLICABLE
//
// Recovery points count when COMPLETED (or stating no Status), from every scanned region.

#include <string>
#include <string_view>
#include <vector>

#include "engine/rules/backup/selection.hpp"
#include "engine/rules/rule.hpp"

namespace engine::rules {

// The parameters above, for the rule's definition.
std::vector<parameter> protection_parameters();

// What the rule reads besides the type it judges.
rule_reads protection_reads(std::string_view judged_type);

// NOT_APPLICABLE when resourceId or resourceTags leave the resource out, else nullopt.
std::optional<verdict> outside_protection_scope(const rule_context& ctx, const std::string& resource_id,
                                                const tag_map& tags);

// The verdict on the resource `arn` (of `resource_type`, for annotations: "EC2 instance") in
// `region`.
verdict protected_by_backup_plan(const rule_context& ctx, const std::string& arn, std::string_view resource_type,
                                 const std::string& region);

}  // namespace engine::rules
