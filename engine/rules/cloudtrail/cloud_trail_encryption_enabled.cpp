// CLOUD_TRAIL_ENCRYPTION_ENABLED (cloud-trail-encryption-enabled): every trail encrypts its log
// files with a KMS key (KmsKeyId set; absent: SSE-S3 only, AWS's default for a new trail).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& trail) {
  std::string key = trail.configuration.value("KmsKeyId", "");
  if (key.empty()) return {compliance::non_compliant, "the trail's log files are not encrypted with a KMS key"};
  return {compliance::compliant, "log files encrypted with " + key};
}

}  // namespace

rule_definition cloud_trail_encryption_enabled() {
  return {.identifier = "CLOUD_TRAIL_ENCRYPTION_ENABLED",
          .summary = "CloudTrail trails encrypt their log files with KMS",
          .resource_type = "AWS::CloudTrail::Trail",
          .judge = judge};
}

}  // namespace engine::rules
