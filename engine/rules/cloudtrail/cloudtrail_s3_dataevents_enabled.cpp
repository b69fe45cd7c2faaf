// CLOUDTRAIL_S3_DATAEVENTS_ENABLED (cloudtrail-s3-dataevents-enabled): at least one trail records
// S3 data events for every bucket (data_events.hpp reads basic and advanced selectors), or, with
// S3BucketNames, for each bucket named (several trails may share them). Evaluated in every
// region, over the trails that record it (its own and multi-region ones). Our reading where AWS
// is silent: reads, writes or both all count; a selector that leaves some bucket or prefix out
// (NotStartsWith) is not "all buckets"; a prefix within a bucket does not cover the bucket;
// whether the trail is logging is CLOUD_TRAIL_ENABLED's concern.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"
#include "engine/rules/cloudtrail/data_events.hpp"
#include "engine/rules/cloudtrail/trails.hpp"

namespace engine::rules {

namespace {

evaluation in_region(const rule_context& ctx, const std::string& region, const std::vector<std::string>& wanted) {
  std::vector<s3_data_events> recorded;
  std::string unknown;
  for (const configuration_item* trail : trails_seen_in(ctx.inv(), region)) {
    if (auto why = trail->why_unreadable("EventSelectors")) {
      unknown = trail->resource_name;
      continue;
    }
    recorded.push_back(s3_data_events_of(ctx.read(*trail, "EventSelectors")));
    if (wanted.empty() && recorded.back().covers_every_bucket())
      return ctx.about_account(region, compliance::compliant,
                               "trail " + trail->resource_name + " records S3 data events for every bucket");
  }
  std::vector<std::string> missing;
  for (const auto& bucket : wanted)
    if (std::none_of(recorded.begin(), recorded.end(), [&](const s3_data_events& e) { return e.covers(bucket); }))
      missing.push_back(bucket);
  if (!wanted.empty() && missing.empty())
    return ctx.about_account(region, compliance::compliant, "S3 data events are recorded for every bucket named");
  if (!unknown.empty())
    return ctx.about_account(region, compliance::insufficient_data,
                             "the event selectors of trail " + unknown + " could not be read");
  if (wanted.empty())
    return ctx.about_account(region, compliance::non_compliant, "no trail records S3 data events for every bucket");
  std::string names;
  for (const auto& b : missing) names += (names.empty() ? "" : ", ") + b;
  return ctx.about_account(region, compliance::non_compliant, "no trail records S3 data events for " + names);
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<std::string> wanted = comma_separated(ctx.text("S3BucketNames"));
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) out.push_back(in_region(ctx, region, wanted));
  return out;
}

}  // namespace

rule_definition cloudtrail_s3_dataevents_enabled() {
  return {.identifier = "CLOUDTRAIL_S3_DATAEVENTS_ENABLED",
          .summary = "a trail records S3 data events for every bucket (or those in S3BucketNames)",
          .resource_type = account_resource_type,
          .parameters = {{"S3BucketNames", parameter_kind::string, "",
                          "comma-separated buckets whose data events must be recorded (unset: every bucket)"}},
          .reads = {.types = {"AWS::CloudTrail::Trail"}, .supplements = {"EventSelectors"}},
          .evaluate = evaluate,
          .reading = "Reads, writes or both count; excluding any bucket or prefix is not \"all buckets\"; a prefix "
                     "does not cover its bucket."};
}

}  // namespace engine::rules
