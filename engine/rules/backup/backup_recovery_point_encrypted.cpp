// BACKUP_RECOVERY_POINT_ENCRYPTED (backup-recovery-point-encrypted): every recovery point of
// every vault (ListRecoveryPointsByBackupVault) states IsEncrypted true. A recovery point that
// states no IsEncrypted is NON_COMPLIANT: AWS always states it, and the rule cannot show it
// encrypted.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& point) {
  const json& c = point.configuration;
  std::string vault = c.value("BackupVaultName", "?");
  if (c.contains("IsEncrypted") && c["IsEncrypted"].is_boolean() && c["IsEncrypted"].get<bool>()) {
    std::string key = c.value("EncryptionKeyArn", "");
    return {compliance::compliant, "encrypted" + (key.empty() ? std::string() : " with " + key) + " (vault " + vault + ")"};
  }
  return {compliance::non_compliant, std::string(c.contains("IsEncrypted") ? "IsEncrypted is false" : "it states no IsEncrypted") +
                                         " (vault " + vault + ", resource " + c.value("ResourceArn", "?") + ")"};
}

}  // namespace

rule_definition backup_recovery_point_encrypted() {
  return {.identifier = "BACKUP_RECOVERY_POINT_ENCRYPTED",
          .summary = "AWS Backup recovery points are encrypted",
          .resource_type = "AWS::Backup::RecoveryPoint",
          .judge = judge,
          .reading = "IsEncrypted true is COMPLIANT; false or absent is NON_COMPLIANT."};
}

}  // namespace engine::rules
