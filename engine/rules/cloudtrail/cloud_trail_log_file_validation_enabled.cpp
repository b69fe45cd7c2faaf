// CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED (cloud-trail-log-file-validation-enabled): every trail
// writes signed digest files, so tampering with its logs can be detected (absent: off, AWS's
// default for a new trail).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/field_rule.hpp"

namespace engine::rules {

rule_definition cloud_trail_log_file_validation_enabled() {
  return field_rule({"CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "CloudTrail trails validate their log files",
                     "AWS::CloudTrail::Trail"},
                    {"LogFileValidationEnabled", true, false, "log file validation is on",
                     "log file validation is off: no digest files"});
}

}  // namespace engine::rules
