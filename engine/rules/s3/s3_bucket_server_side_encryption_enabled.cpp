// S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED (s3-bucket-server-side-encryption-enabled): the
// bucket has default encryption, or its policy denies PutObject requests that do not ask for
// SSE (a Null condition on s3:x-amz-server-side-encryption, or StringNotEquals on it).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/policy_document.hpp"

namespace engine::rules {

namespace {

std::string default_algorithm(const json* config) {
  if (!config) return {};
  for (const auto& rule : config->value("Rules", json::array())) {
    auto algorithm = rule.value("ApplyServerSideEncryptionByDefault", json::object())
                         .value("SSEAlgorithm", std::string());
    if (!algorithm.empty()) return algorithm;
  }
  return {};
}

bool denies_unencrypted_uploads(const json& policy) {
  for (const auto& st : statements_of(policy)) {
    if (st.value("Effect", "") != "Deny" || !covers_action(st, "s3:PutObject")) continue;
    for (const auto& v : condition_values(st, "Null", "s3:x-amz-server-side-encryption"))
      if (v == "true") return true;
    if (!condition_values(st, "StringNotEquals", "s3:x-amz-server-side-encryption").empty())
      return true;
  }
  return false;
}

verdict judge(const rule_context& ctx, const configuration_item& bucket) {
  std::string algorithm = default_algorithm(ctx.read(bucket, "ServerSideEncryptionConfiguration"));
  if (!algorithm.empty()) return {compliance::compliant, "default encryption " + algorithm};
  // Only without default encryption does the policy matter (and need to be readable).
  const json* written = ctx.read(bucket, "Policy");
  auto policy = written ? parse_policy(*written) : std::nullopt;
  if (policy && denies_unencrypted_uploads(*policy))
    return {compliance::compliant, "the bucket policy denies uploads without server-side encryption"};
  return {compliance::non_compliant, "no default encryption, and the bucket policy does not require it"};
}

}  // namespace

rule_definition s3_bucket_server_side_encryption_enabled() {
  return {.identifier = "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED",
          .summary = "S3 buckets encrypt new objects by default (or refuse unencrypted uploads)",
          .resource_type = "AWS::S3::Bucket",
          .reads = {.supplements = {"ServerSideEncryptionConfiguration", "Policy"}},
          .judge = judge};
}

}  // namespace engine::rules
