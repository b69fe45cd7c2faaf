// MULTI_REGION_CLOUD_TRAIL_ENABLED (multi-region-cloudtrail-enabled): the account has a
// multi-region trail that records management events from every source and matches the rule's
// parameters. Evaluated in every region, as AWS Config does with a conformance pack; the answer
// is the same in each. Following AWS's description, a trail that has stopped logging still
// counts here (CLOUD_TRAIL_ENABLED catches that).
//
// Our reading of the parameters (AWS's page names them without saying how they compare):
// - s3BucketName, snsTopicArn, cloudWatchLogsLogGroupArn: the trail delivers there (equal text;
//   log group ARNs without CloudTrail's ":*").
// - includeManagementEvents: unset or true, the trail must record management events; false,
//   a trail that records none (data events only) is acceptable too.
// - readWriteType (ReadOnly, WriteOnly or ALL, any case): the management events the trail
//   records include those: ALL needs reads and writes, ReadOnly reads, WriteOnly writes.
// Whatever the parameters, a trail that leaves out some management events' sources
// (ExcludeManagementEventSources, or an advanced selector's eventSource NotEquals) does not
// count: AWS's page makes that NON_COMPLIANT.

#include "engine/policy/matching.hpp"
#include "engine/rules/all_rules.hpp"
#include "engine/rules/cloudtrail/trails.hpp"

namespace engine::rules {

namespace {

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return policy::equal_text(a, b, policy::letter_case::insensitive);
}

// Why the trail does not satisfy the rule ("" when it does).
std::string shortfall(const rule_context& ctx, const configuration_item& trail) {
  if (auto mismatch = delivery_mismatch(ctx, trail.configuration); !mismatch.empty()) return mismatch;
  management_events events = management_events_of(ctx.read(trail, "EventSelectors"));
  if (!events.excluded_sources.empty()) {
    std::string sources;
    for (const auto& s : events.excluded_sources) sources += (sources.empty() ? "" : ", ") + s;
    return "it excludes management events from " + sources;
  }
  bool required = !ctx.is_set("includeManagementEvents") || ctx.boolean("includeManagementEvents");
  if (required && !events.recorded()) return "it records no management events";
  std::string wanted = ctx.text("readWriteType");
  if (!wanted.empty()) {
    bool reads = equal_ignoring_case(wanted, "ReadOnly") || equal_ignoring_case(wanted, "ALL");
    bool writes = equal_ignoring_case(wanted, "WriteOnly") || equal_ignoring_case(wanted, "ALL");
    if ((reads && !events.reads) || (writes && !events.writes))
      return "it records " + events.read_write_type() + " management events, not " + wanted;
  }
  return {};
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::string found, unknown, partial;
  for (const configuration_item* trail : ctx.inv().items("AWS::CloudTrail::Trail")) {
    if (!trail->configuration.value("IsMultiRegionTrail", false)) continue;
    if (trail->why_unreadable("EventSelectors")) {
      unknown = trail->resource_name;
      continue;
    }
    std::string why = shortfall(ctx, *trail);
    if (why.empty()) found = trail->resource_name;
    else if (partial.empty()) partial = "multi-region trail " + trail->resource_name + " does not count: " + why;
  }
  compliance result = compliance::non_compliant;
  std::string why = "no multi-region trail";
  if (!found.empty()) {
    result = compliance::compliant;
    why = "multi-region trail " + found + " records management events";
  } else if (!unknown.empty()) {
    result = compliance::insufficient_data;
    why = "the event selectors of multi-region trail " + unknown + " could not be read";
  } else if (!partial.empty()) {
    why = partial;
  }
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) out.push_back(ctx.about_account(region, result, why));
  return out;
}

}  // namespace

rule_definition multi_region_cloud_trail_enabled() {
  return {.identifier = "MULTI_REGION_CLOUD_TRAIL_ENABLED",
          .summary = "a multi-region CloudTrail trail records management events",
          .resource_type = account_resource_type,
          .parameters = {{"s3BucketName", parameter_kind::string, "", "the bucket the trail must deliver to"},
                         {"snsTopicArn", parameter_kind::string, "", "the SNS topic the trail must notify"},
                         {"cloudWatchLogsLogGroupArn", parameter_kind::string, "", "the log group the trail must send to"},
                         {"includeManagementEvents", parameter_kind::boolean, "",
                          "false: a trail without management events counts too (unset: they are required)"},
                         {"readWriteType", parameter_kind::string, "", "the management events recorded must include these",
                          false, "ReadOnly|WriteOnly|ALL"}},
          .reads = {.types = {"AWS::CloudTrail::Trail"}, .supplements = {"EventSelectors"}},
          .evaluate = evaluate,
          .reading = "Parameters match the trail's delivery targets exactly (log group ARNs without \":*\"); includeManagementEvents false accepts a trail without management events; readWriteType asks that the recorded management events include those; excluded event sources (basic or advanced selectors) are always NON_COMPLIANT."};
}

}  // namespace engine::rules
