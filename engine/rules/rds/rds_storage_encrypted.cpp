// RDS_STORAGE_ENCRYPTED (rds-storage-encrypted): RDS DB instances encrypt their storage
// (StorageEncrypted absent: AWS's default, unencrypted).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition rds_storage_encrypted() {
  return field_rule({"RDS_STORAGE_ENCRYPTED", "RDS DB instances encrypt their storage", "AWS::RDS::DBInstance"},
                    {"StorageEncrypted", true, false, "storage is encrypted", "storage is not encrypted"});
}

}  // namespace engine::rules
