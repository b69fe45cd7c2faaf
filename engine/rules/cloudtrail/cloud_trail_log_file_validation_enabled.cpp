// CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED (cloud-trail-log-file-validation-enabled): every trail
// writes signed digest files, so tampering with its logs can be detected.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* trail : ctx.inv().items("AWS::CloudTrail::Trail"))
    out.push_back(trail->configuration.value("LogFileValidationEnabled", false)
                      ? ctx.about(*trail, compliance::compliant, "log file validation is on")
                      : ctx.about(*trail, compliance::non_compliant,
                                  "log file validation is off: no digest files"));
  return out;
}

}  // namespace

rule_definition cloud_trail_log_file_validation_enabled() {
  return {"CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "CloudTrail trails validate their log files",
          "AWS::CloudTrail::Trail", {}, {"cloudtrail.trails"}, evaluate};
}

}  // namespace engine::rules
