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

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const configuration_item* bucket : ctx.inv().items("AWS::S3::Bucket")) {
    if (auto e = ctx.unreadable(*bucket, "ServerSideEncryptionConfiguration")) {
      out.push_back(*e);
      continue;
    }
    std::string algorithm = default_algorithm(bucket->supplement("ServerSideEncryptionConfiguration"));
    if (!algorithm.empty()) {
      out.push_back(ctx.about(*bucket, compliance::compliant, "default encryption " + algorithm));
      continue;
    }
    if (auto e = ctx.unreadable(*bucket, "Policy")) {
      out.push_back(*e);
      continue;
    }
    const json* written = bucket->supplement("Policy");
    auto policy = written ? parse_policy(*written) : std::nullopt;
    if (policy && denies_unencrypted_uploads(*policy)) {
      out.push_back(ctx.about(*bucket, compliance::compliant,
                              "the bucket policy denies uploads without server-side encryption"));
      continue;
    }
    out.push_back(ctx.about(*bucket, compliance::non_compliant,
                            "no default encryption, and the bucket policy does not require it"));
  }
  return out;
}

}  // namespace

rule_definition s3_bucket_server_side_encryption_enabled() {
  return {"S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED",
          "S3 buckets encrypt new objects by default (or refuse unencrypted uploads)",
          "AWS::S3::Bucket", {}, {"s3.buckets"}, evaluate};
}

}  // namespace engine::rules
