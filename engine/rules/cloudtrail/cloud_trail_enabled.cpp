// CLOUD_TRAIL_ENABLED (cloudtrail-enabled): in each region, at least one trail that records it
// (its own or a multi-region one) is logging and, when the s3BucketName, snsTopicArn or
// cloudWatchLogsLogGroupArn parameters are set (the HIPAA pack sets none), delivers there. A
// region whose only candidates could not have their status read is INSUFFICIENT_DATA, not
// NON_COMPLIANT.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/cloudtrail/trails.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    std::string logging, unknown, elsewhere;
    for (const configuration_item* trail : trails_seen_in(ctx.inv(), region)) {
      if (auto mismatch = delivery_mismatch(ctx, trail->configuration); !mismatch.empty()) {
        elsewhere = "trail " + trail->resource_name + " does not count: " + mismatch;
        continue;
      }
      if (trail->why_unreadable("Status")) {
        unknown = trail->resource_name;
        continue;
      }
      const json* status = ctx.read(*trail, "Status");
      if (status && status->value("IsLogging", false)) logging = trail->resource_name;
    }
    if (!logging.empty())
      out.push_back(ctx.about_account(region, compliance::compliant, "trail " + logging + " is logging"));
    else if (!unknown.empty())
      out.push_back(ctx.about_account(region, compliance::insufficient_data,
                                      "the status of trail " + unknown + " could not be read"));
    else
      out.push_back(ctx.about_account(region, compliance::non_compliant,
                                      "no logging CloudTrail trail records " + region +
                                          (elsewhere.empty() ? "" : " (" + elsewhere + ")")));
  }
  return out;
}

}  // namespace

rule_definition cloud_trail_enabled() {
  return {.identifier = "CLOUD_TRAIL_ENABLED",
          .summary = "a CloudTrail trail is logging in every region",
          .resource_type = account_resource_type,
          .parameters = {{"s3BucketName", parameter_kind::string, "", "the bucket a logging trail must deliver to"},
                         {"snsTopicArn", parameter_kind::string, "", "the SNS topic a logging trail must notify"},
                         {"cloudWatchLogsLogGroupArn", parameter_kind::string, "",
                          "the log group a logging trail must send to"}},
          .reads = {.types = {"AWS::CloudTrail::Trail"}, .supplements = {"Status"}},
          .evaluate = evaluate,
          .reading = "Evaluated per region; s3BucketName, snsTopicArn and cloudWatchLogsLogGroupArn must match a logging trail's targets exactly."};
}

}  // namespace engine::rules
