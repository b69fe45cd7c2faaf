// RDS_STORAGE_ENCRYPTED (rds-storage-encrypted): RDS DB instances encrypt their storage.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* db : ctx.inv().items("AWS::RDS::DBInstance"))
    out.push_back(db->configuration.value("StorageEncrypted", false)
                      ? ctx.about(*db, compliance::compliant, "storage is encrypted")
                      : ctx.about(*db, compliance::non_compliant, "storage is not encrypted"));
  return out;
}

}  // namespace

rule_definition rds_storage_encrypted() {
  return {"RDS_STORAGE_ENCRYPTED", "RDS DB instances encrypt their storage", "AWS::RDS::DBInstance",
          {}, {"rds.db_instances"}, evaluate};
}

}  // namespace engine::rules
