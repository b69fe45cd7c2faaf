// ELB_LOGGING_ENABLED (elb-logging-enabled): Classic and Application Load Balancers deliver
// access logs to S3 and, when s3BucketNames is given (the HIPAA pack leaves it unset), to one of
// the buckets it lists. Classic: DescribeLoadBalancerAttributes' AccessLog (Enabled,
// S3BucketName); ELBv2: the attributes access_logs.s3.enabled ("true") and access_logs.s3.bucket.
// Network and Gateway Load Balancers are NOT_APPLICABLE, as AWS's page says. Absent attributes
// read as AWS's defaults: logging off.
//
// Reading: s3BucketNames entries are compared with the bucket name exactly (S3 bucket names are
// lower-case); a prefix (S3BucketPrefix, access_logs.s3.prefix) is not judged.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judged_bucket(const rule_context& ctx, bool enabled, const std::string& bucket) {
  if (!enabled) return {compliance::non_compliant, "access logging is disabled"};
  if (ctx.is_set("s3BucketNames")) {
    auto allowed = comma_separated(ctx.text("s3BucketNames"));
    if (std::find(allowed.begin(), allowed.end(), bucket) == allowed.end())
      return {compliance::non_compliant, "access logs go to bucket '" + bucket + "', which is not one of s3BucketNames"};
  }
  return {compliance::compliant, "access logs go to bucket " + bucket};
}

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  if (lb.resource_type == "AWS::ElasticLoadBalancing::LoadBalancer") {
    const json* attributes = ctx.read(lb, "LoadBalancerAttributes");
    json log = attributes ? attributes->value("AccessLog", json::object()) : json::object();
    return judged_bucket(ctx, log.value("Enabled", false), log.value("S3BucketName", ""));
  }
  std::string type = load_balancer_type(lb.configuration);
  if (type != "application") return {compliance::not_applicable, "a " + type + " load balancer (the rule judges ALBs)"};
  const json* attributes = ctx.read(lb, "Attributes");
  return judged_bucket(ctx, attribute(attributes, "access_logs.s3.enabled", "false") == "true",
                       attribute(attributes, "access_logs.s3.bucket", ""));
}

}  // namespace

rule_definition elb_logging_enabled() {
  return {.identifier = "ELB_LOGGING_ENABLED",
          .summary = "Classic and Application Load Balancers deliver access logs to S3 (to one of s3BucketNames, when given)",
          .resource_type = "AWS::ElasticLoadBalancing::LoadBalancer",
          .more_types = {"AWS::ElasticLoadBalancingV2::LoadBalancer"},
          .parameters = {{"s3BucketNames", parameter_kind::string, "",
                          "comma-separated names of the S3 buckets access logs must go to"}},
          .reads = {.supplements = {"LoadBalancerAttributes", "Attributes"}},
          .judge = judge,
          .reading = "s3BucketNames is compared with the log bucket's name exactly (the prefix is not judged); "
                     "Network and Gateway Load Balancers are NOT_APPLICABLE."};
}

}  // namespace engine::rules
