// WAFV2_LOGGING_ENABLED (wafv2-logging-enabled): every AWS WAF web ACL logs its traffic, and, when
// KinesisFirehoseDeliveryStreamArns is given (the HIPAA pack leaves it unset), to one of those
// destinations. AWS Config evaluates web ACLs of both scopes: REGIONAL ones in their region and
// CLOUDFRONT ones in us-east-1, where AWS keeps them (collectors/wafv2.cpp lists both).
//
// Readings where AWS's page is silent (pinned by scenarios/rules/wafv2-logging-enabled/):
// logging is enabled when GetLoggingConfiguration answers a configuration with at least one
// destination (WAFNonexistentItemException, or no destination, is logging off). Without the
// parameter any destination counts: a Firehose delivery stream, an S3 bucket or a CloudWatch
// Logs log group, the three AWS WAF logs to. With it, a destination must equal one of the listed
// ARNs as written, so an S3 or CloudWatch Logs destination never matches a Firehose list.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& acl) {
  const json* logging = ctx.read(acl, "LoggingConfiguration");
  std::vector<std::string> destinations;
  if (logging && logging->is_object())
    for (const auto& d : logging->value("LogDestinationConfigs", json::array()))
      if (d.is_string() && !d.get<std::string>().empty()) destinations.push_back(d.get<std::string>());
  if (destinations.empty()) return {compliance::non_compliant, "logging is not enabled on the web ACL"};
  if (ctx.is_set("KinesisFirehoseDeliveryStreamArns")) {
    auto allowed = comma_separated(ctx.text("KinesisFirehoseDeliveryStreamArns"));
    bool matches = std::any_of(destinations.begin(), destinations.end(), [&](const std::string& d) {
      return std::find(allowed.begin(), allowed.end(), d) != allowed.end();
    });
    if (!matches)
      return {compliance::non_compliant,
              "logs to " + destinations.front() + ", which is not one of KinesisFirehoseDeliveryStreamArns"};
  }
  return {compliance::compliant, "logs to " + destinations.front()};
}

}  // namespace

rule_definition wafv2_logging_enabled() {
  return {.identifier = "WAFV2_LOGGING_ENABLED",
          .summary = "AWS WAF web ACLs (regional and CloudFront) log their traffic (to one of "
                     "KinesisFirehoseDeliveryStreamArns, when given)",
          .resource_type = "AWS::WAFv2::WebACL",
          .parameters = {{"KinesisFirehoseDeliveryStreamArns", parameter_kind::string, "",
                          "comma-separated ARNs of the Kinesis Data Firehose delivery streams the web ACLs must log to"}},
          .reads = {.supplements = {"LoggingConfiguration"}},
          .judge = judge,
          .reading = "Logging is on when GetLoggingConfiguration answers at least one destination; without "
                     "KinesisFirehoseDeliveryStreamArns any destination (Firehose, S3, CloudWatch Logs) counts, with "
                     "it a destination must equal one of the listed ARNs. CLOUDFRONT web ACLs are judged in us-east-1."};
}

}  // namespace engine::rules
