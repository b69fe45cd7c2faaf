// S3_BUCKET_SSL_REQUESTS_ONLY (s3-bucket-ssl-requests-only): the bucket policy denies requests
// over plain HTTP. What counts (our reading of the rule, pinned by tests): a Deny statement for
// everyone, covering s3:GetObject (so "s3:*" or "*"), on the bucket's objects, with the
// condition {"Bool": {"aws:SecureTransport": "false"}}. A bucket without a policy allows HTTP.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/policy_document.hpp"

namespace engine::rules {

namespace {

bool denies_plain_http(const json& policy, const std::string& bucket) {
  const std::string any_object = "arn:aws:s3:::" + bucket + "/any-key";
  for (const auto& st : statements_of(policy)) {
    if (st.value("Effect", "") != "Deny" || !applies_to_everyone(st) ||
        !covers_action(st, "s3:GetObject"))
      continue;
    bool insecure = false;
    for (const auto& v : condition_values(st, "Bool", "aws:SecureTransport"))
      insecure = insecure || v == "false";
    if (!insecure) continue;
    for (const auto& resource : strings_of(st, "Resource"))
      if (wildcard_match(resource, any_object)) return true;
  }
  return false;
}

verdict judge(const rule_context& ctx, const configuration_item& bucket) {
  const json* written = ctx.read(bucket, "Policy");
  if (!written) return {compliance::non_compliant, "no bucket policy, so plain HTTP requests are allowed"};
  auto policy = parse_policy(*written);
  if (!policy) return {compliance::insufficient_data, "the bucket policy is not a JSON object"};
  if (denies_plain_http(*policy, bucket.resource_id))
    return {compliance::compliant, "the bucket policy denies requests without TLS (aws:SecureTransport false)"};
  return {compliance::non_compliant, "the bucket policy does not deny requests without TLS"};
}

}  // namespace

rule_definition s3_bucket_ssl_requests_only() {
  return {.identifier = "S3_BUCKET_SSL_REQUESTS_ONLY",
          .summary = "S3 bucket policies refuse requests without TLS",
          .resource_type = "AWS::S3::Bucket",
          .reads = {.supplements = {"Policy"}},
          .judge = judge};
}

}  // namespace engine::rules
