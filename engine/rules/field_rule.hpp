#pragma once
// Rules of the form "this member of each resource is that value" (RDS_STORAGE_ENCRYPTED:
// StorageEncrypted is true), declared in a few lines:
//
//   rule_definition rds_storage_encrypted() {
//     return field_rule({"RDS_STORAGE_ENCRYPTED", "RDS DB instances encrypt their storage",
//                        "AWS::RDS::DBInstance"},
//                       {"StorageEncrypted", true, false, "storage is encrypted",
//                        "storage is not encrypted"});
//   }

#include "engine/rules/rule.hpp"

namespace engine::rules {

struct field_check {
  std::string_view path;           // a member of the configuration; "A.B" walks structures
  json expected;                   // COMPLIANT exactly when the member equals this
  json when_absent;                // what an absent member means (AWS's default)
  std::string_view compliant;      // the annotations
  std::string_view non_compliant;
};

// `rule` with a judge comparing the member with the expected value.
rule_definition field_rule(rule_definition rule, field_check check);

}  // namespace engine::rules
