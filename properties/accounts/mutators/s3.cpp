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

// The bucket's TLS statements, for the mutators that weaken them instead of removing them.
std::vector<std::pair<located_item, std::vector<json*>>> tls_denies(json& doc) {
  std::vector<std::pair<located_item, std::vector<json*>>> out;
  for (auto& b : items_of(doc, "AWS::S3::Bucket")) {
    if (!b.item->contains("Policy")) continue;
    std::vector<json*> statements;
    for (auto& st : (*b.item)["Policy"]["Statement"])
      if (mentions(st, "aws:SecureTransport")) statements.push_back(&st);
    if (!statements.empty()) out.push_back({b, statements});
  }
  return out;
}

// Weakens every TLS Deny of one bucket with `weaken`; the rule then lets some plain-HTTP request
// through (pinned in s3_bucket_ssl_requests_only.cpp and the policy analyzer's tests).
std::optional<mutation> weaken_tls(json& doc, std::uint64_t target, std::string name, std::string what,
                                   std::string verdict, void (*weaken)(json&, const std::string&)) {
  auto candidates = tls_denies(doc);
  if (candidates.empty()) return std::nullopt;
  auto& [bucket, statements] = candidates[target % candidates.size()];
  for (json* st : statements) weaken(*st, bucket.identity);
  return mutation{name, "bucket " + bucket.identity + " (" + bucket.region + "): " + what,
                  {{"S3_BUCKET_SSL_REQUESTS_ONLY", bucket.identity, bucket.region, verdict}}, std::nullopt};
}

// The Deny kept, but on the bucket's ARN alone: object reads over HTTP are allowed again.
std::optional<mutation> bucket_tls_statement_misses_objects(json& doc, std::uint64_t target, std::uint64_t) {
  return weaken_tls(doc, target, "bucket_tls_statement_misses_objects",
                    "the TLS Deny covers the bucket but not its objects", "objects can be read without TLS",
                    [](json& st, const std::string& bucket) { st["Resource"] = "arn:aws:s3:::" + bucket; });
}

// The Deny kept, for reads only: uploads and deletes over HTTP are allowed.
std::optional<mutation> bucket_tls_statement_only_reads(json& doc, std::uint64_t target, std::uint64_t) {
  return weaken_tls(doc, target, "bucket_tls_statement_only_reads", "the TLS Deny covers only s3:GetObject",
                    "other actions over HTTP are allowed",
                    [](json& st, const std::string&) { st["Action"] = "s3:GetObject"; });
}

// The Deny kept, but only for callers outside one network: callers inside it use plain HTTP.
std::optional<mutation> bucket_tls_statement_narrowed(json& doc, std::uint64_t target, std::uint64_t) {
  return weaken_tls(doc, target, "bucket_tls_statement_narrowed",
                    "the TLS Deny spares callers from 10.0.0.0/8", "HTTP from 10.0.0.0/8 is allowed",
                    [](json& st, const std::string&) { st["Condition"]["NotIpAddress"] = {{"aws:SourceIp", "10.0.0.0/8"}}; });
}

// Versioning suspended (even degrees) or never enabled (odd: the configuration removed, as a
// bucket created without it answers).
std::optional<mutation> bucket_versioning_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto buckets = items_of(doc, "AWS::S3::Bucket");
  if (buckets.empty()) return std::nullopt;
  auto [region, bucket, identity] = buckets[target % buckets.size()];
  if (degree % 2) bucket->erase("Versioning");
  else (*bucket)["Versioning"] = {{"Status", "Suspended"}};
  return mutation{"bucket_versioning_off", "bucket " + identity + ": versioning " + (degree % 2 ? "never enabled" : "suspended"),
                  {{"S3_BUCKET_VERSIONING_ENABLED", identity, region, "overwritten or deleted objects cannot be restored"}},
                  std::nullopt};
}


// Object Lock never enabled: the configuration removed (ObjectLockConfigurationNotFoundError).
std::optional<mutation> bucket_object_lock_off(json& doc, std::uint64_t target, std::uint64_t) {
  auto buckets = items_of(doc, "AWS::S3::Bucket");
  if (buckets.empty()) return std::nullopt;
  auto [region, bucket, identity] = buckets[target % buckets.size()];
  bucket->erase("ObjectLockConfiguration");
  return mutation{"bucket_object_lock_off", "bucket " + identity + ": no Object Lock",
                  {{"S3_BUCKET_DEFAULT_LOCK_ENABLED", identity, region, "its objects can be deleted or overwritten"}},
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
      {"bucket_tls_statement_only_reads", "S3_BUCKET_SSL_REQUESTS_ONLY", "the TLS Deny covers only GetObject", "",
       nullptr, bucket_tls_statement_only_reads},
      {"bucket_tls_statement_narrowed", "S3_BUCKET_SSL_REQUESTS_ONLY",
       "the TLS Deny is narrowed by a source-IP condition", "", nullptr, bucket_tls_statement_narrowed},
      {"bucket_versioning_off", "S3_BUCKET_VERSIONING_ENABLED", "a bucket that does not keep object versions", "",
       nullptr, bucket_versioning_off},
      {"bucket_object_lock_off", "S3_BUCKET_DEFAULT_LOCK_ENABLED", "a bucket without Object Lock", "", nullptr,
       bucket_object_lock_off},
  };
}

}  // namespace properties
