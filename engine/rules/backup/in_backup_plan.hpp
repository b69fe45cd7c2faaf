#pragma once
// The *_IN_BACKUP_PLAN rules (DYNAMODB, EBS, EFS, RDS): a resource is in a backup plan when a
// selection of some plan of its region (ListBackupPlans, ListBackupSelections,
// GetBackupSelection) assigns it, by selection.hpp's reading of Resources, ListOfTags,
// Conditions and NotResources. Plans with a DeletionDate are not listed, so their selections do
// not count. A selection whose document could not be read leaves a resource that no readable
// selection covers INSUFFICIENT_DATA.

#include <string>

#include "engine/rules/backup/selection.hpp"
#include "engine/rules/rule.hpp"

namespace engine::rules {

inline constexpr std::string_view backup_selection_type = "AWS::Backup::BackupSelection";

// COMPLIANT naming the selection that covers `arn`, else NON_COMPLIANT saying why each missed.
verdict in_backup_plan(const rule_context& ctx, const configuration_item& item, const std::string& arn,
                       const tag_map& tags);

// "aws", "aws-cn" or "aws-us-gov", from the region's name.
std::string partition_of(const std::string& region);

// arn:<partition>:<service>:<region>:<account>:<resource>, for resources whose API states no ARN
// (EC2 volumes and instances), in the scanned account.
std::string regional_arn(const rule_context& ctx, const configuration_item& item, std::string_view service,
                         std::string_view resource);

}  // namespace engine::rules
