// S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED (s3-bucket-server-side-encryption-enabled): the
// bucket has default encryption, or its policy explicitly denies every PutObject that does not
// ask for server-side encryption (no s3:x-amz-server-side-encryption header), whoever sends it:
// typically a Deny with {"Null": {"s3:x-amz-server-side-encryption": "true"}}, or StringNotEquals
// on the header (which an absent header satisfies). A Deny narrowed to some principals or by
// another condition leaves such uploads through.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/resource_policy.hpp"

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

verdict judge(const rule_context& ctx, const configuration_item& bucket) {
  std::string algorithm = default_algorithm(ctx.read(bucket, "ServerSideEncryptionConfiguration"));
  if (!algorithm.empty()) return {compliance::compliant, "default encryption " + algorithm};
  // Only without default encryption does the policy matter (and need to be readable).
  resource_policy p = read_policy(ctx, bucket, "Policy");
  if (p.present && !p.document) return {compliance::insufficient_data, "the bucket policy cannot be read: " + p.error};
  if (p.document) {
    auto upload = policy::unencrypted_upload_allowed(*p.document, bucket.resource_id, owner_account(ctx, bucket));
    if (upload.result == policy::finding::answer::undetermined) return {compliance::insufficient_data, upload.reason};
    if (!upload) return {compliance::compliant, "the bucket policy denies uploads without server-side encryption"};
  }
  return {compliance::non_compliant, "no default encryption, and the bucket policy does not require it"};
}

}  // namespace

rule_definition s3_bucket_server_side_encryption_enabled() {
  return {.identifier = "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED",
          .summary = "S3 buckets encrypt new objects by default (or refuse unencrypted uploads)",
          .resource_type = "AWS::S3::Bucket",
          .reads = {.supplements = {"ServerSideEncryptionConfiguration", "Policy"}},
          .judge = judge,
          .reading = "Without default encryption, the policy must explicitly deny every PutObject without the s3:x-amz-server-side-encryption header, whoever sends it."};
}

}  // namespace engine::rules
