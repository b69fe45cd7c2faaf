// S3_BUCKET_SSL_REQUESTS_ONLY (s3-bucket-ssl-requests-only): the bucket policy explicitly denies
// every request made over plain HTTP. Our reading, pinned by scenarios under
// scenarios/rules/s3-bucket-ssl-requests-only/: COMPLIANT when every request with
// aws:SecureTransport false, by anyone, for any S3 action, on the bucket and on its objects, is
// denied by some statement (the usual form: Deny, Principal "*", s3:* or *, the bucket and
// bucket/*, Bool or BoolIfExists aws:SecureTransport false). A Deny of only some actions (only
// GetObject, only Get and Put), of only the objects, for only some principals, or narrowed by
// another condition (a source IP, a VPC endpoint) leaves plain-HTTP requests through and is
// NON_COMPLIANT; so is a bucket without a policy. A policy that is not valid is
// INSUFFICIENT_DATA (AWS would not have stored it).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/resource_policy.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& bucket) {
  resource_policy p = read_policy(ctx, bucket, "Policy");
  if (!p.present) return {compliance::non_compliant, "no bucket policy, so plain HTTP requests are allowed"};
  if (!p.document) return {compliance::insufficient_data, "the bucket policy cannot be read: " + p.error};
  auto escape = policy::insecure_transport_allowed(*p.document, bucket.resource_id, owner_account(ctx, bucket));
  if (escape.result == policy::finding::answer::undetermined) return {compliance::insufficient_data, escape.reason};
  if (!escape)
    return {compliance::compliant, "the bucket policy denies every request without TLS (aws:SecureTransport false)"};
  return {compliance::non_compliant, "the bucket policy does not deny every request without TLS: " + proof(escape)};
}

}  // namespace

rule_definition s3_bucket_ssl_requests_only() {
  return {.identifier = "S3_BUCKET_SSL_REQUESTS_ONLY",
          .summary = "S3 bucket policies refuse requests without TLS",
          .resource_type = "AWS::S3::Bucket",
          .reads = {.supplements = {"Policy"}},
          .judge = judge,
          .reading = "Every request with aws:SecureTransport false, by anyone, for any S3 action, on the bucket and on its objects must be explicitly denied; a Deny of some actions, of the objects only, for some principals, or narrowed by another condition is NON_COMPLIANT."};
}

}  // namespace engine::rules
