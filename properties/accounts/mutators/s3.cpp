// S3 mutators: S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED and S3_BUCKET_SSL_REQUESTS_ONLY. A
// bucket's policy may hold both rules' statements; each mutator touches only its own, so they
// combine.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

bool mentions(const json& statement, const std::string& text) { return statement.dump().find(text) != std::string::npos; }

// Removes the policy's statements that match; a policy left without statements is deleted, as
// AWS refuses an empty one (DeleteBucketPolicy is how it ends).
void remove_statements(json& bucket, const std::string& marker) {
  if (!bucket.contains("Policy")) return;
  json kept = json::array();
  for (const auto& st : bucket["Policy"]["Statement"])
    if (!mentions(st, marker)) kept.push_back(st);
  if (kept.empty()) bucket.erase("Policy");
  else bucket["Policy"]["Statement"] = kept;
}

std::optional<mutation> bucket_default_encryption_removed(json& doc, std::uint64_t target, std::uint64_t) {
  auto buckets = items_of(doc, "AWS::S3::Bucket");
  if (buckets.empty()) return std::nullopt;
  auto [region, bucket, identity] = buckets[target % buckets.size()];
  bucket->erase("ServerSideEncryptionConfiguration");
  remove_statements(*bucket, "s3:x-amz-server-side-encryption");
  const std::string& name = identity;
  std::vector<declared_verdict> verdicts = {
      {"S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED", name, region, "no default encryption and no policy requiring it"}};
  return mutation{"bucket_default_encryption_removed",
                  "bucket " + name + " (" + region + "): no default encryption, uploads need not ask for SSE",
                  verdicts, std::nullopt};
}

std::optional<mutation> bucket_tls_statement_removed(json& doc, std::uint64_t target, std::uint64_t) {
  auto buckets = items_of(doc, "AWS::S3::Bucket");
  if (buckets.empty()) return std::nullopt;
  auto [region, bucket, identity] = buckets[target % buckets.size()];
  remove_statements(*bucket, "aws:SecureTransport");
  const std::string& name = identity;
  return mutation{"bucket_tls_statement_removed", "bucket " + name + " (" + region + "): plain HTTP no longer denied",
                  {{"S3_BUCKET_SSL_REQUESTS_ONLY", name, region, "nothing denies requests without TLS"}},
                  std::nullopt};
}

// The Deny kept, but on the bucket's ARN alone: object reads over HTTP are allowed again. Our
// reading of the rule (pinned in s3_bucket_ssl_requests_only.cpp) requires the objects.
std::optional<mutation> bucket_tls_statement_misses_objects(json& doc, std::uint64_t target, std::uint64_t) {
  std::vector<std::pair<located_item, json*>> candidates;
  for (auto& b : items_of(doc, "AWS::S3::Bucket")) {
    if (!b.item->contains("Policy")) continue;
    for (auto& st : (*b.item)["Policy"]["Statement"])
      if (mentions(st, "aws:SecureTransport")) candidates.push_back({b, &st});
  }
  if (candidates.empty()) return std::nullopt;
  auto [bucket, statement] = candidates[target % candidates.size()];
  const std::string& name = bucket.identity;
  (*statement)["Resource"] = "arn:aws:s3:::" + name;
  return mutation{"bucket_tls_statement_misses_objects",
                  "bucket " + name + " (" + bucket.region + "): the TLS Deny covers the bucket but not its objects",
                  {{"S3_BUCKET_SSL_REQUESTS_ONLY", name, bucket.region, "objects can be read without TLS"}},
                  std::nullopt};
}

}  // namespace

std::vector<mutator> s3_mutators() {
  return {
      {"bucket_default_encryption_removed", "S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED",
       "a bucket neither encrypts by default nor requires SSE", "", nullptr, bucket_default_encryption_removed},
      {"bucket_tls_statement_removed", "S3_BUCKET_SSL_REQUESTS_ONLY", "a bucket policy no longer denies HTTP", "", nullptr,
       bucket_tls_statement_removed},
      {"bucket_tls_statement_misses_objects", "S3_BUCKET_SSL_REQUESTS_ONLY",
       "the TLS Deny covers only the bucket ARN", "", nullptr, bucket_tls_statement_misses_objects},
  };
}

}  // namespace properties
