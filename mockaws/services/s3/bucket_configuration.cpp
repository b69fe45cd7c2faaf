// A bucket's configurations, each kept as a sub-document of the bucket named after the output
// member that returns it. Where a configuration is absent, AWS either answers a 404 of its own
// (encryption, policy, ...) or an empty document (versioning, logging, notifications).

#include <string>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/s3/s3_handlers.hpp"

namespace mockaws::services::s3 {

namespace {

// The output {name: sub-document}, or S3's 404 `code` when the bucket has none.
json required_configuration(const call_context& c, const char* name, const char* code,
                            const char* message) {
  const json* document = configuration(bucket_in_region(c), name);
  if (!document) fail_not_found(c, code, message);
  return {{name, *document}};
}

// The sub-document as the whole output (its members are the output's), or an empty output.
json optional_configuration(const call_context& c, const char* name) {
  const json* document = configuration(bucket_in_region(c), name);
  return document && document->is_object() ? *document : json::object();
}

}  // namespace

json get_bucket_encryption(const call_context& c) {
  return required_configuration(c, "ServerSideEncryptionConfiguration",
                                "ServerSideEncryptionConfigurationNotFoundError",
                                "The server side encryption configuration was not found");
}

json get_bucket_policy(const call_context& c) {
  const json* policy = configuration(bucket_in_region(c), "Policy");
  if (!policy) fail_not_found(c, "NoSuchBucketPolicy", "The bucket policy does not exist");
  // The policy travels as the raw body. Scenarios may write it as YAML (re-serialised as compact
  // JSON, keys in sorted order) or as a string (served byte for byte).
  return {{"Policy", policy->is_string() ? policy->get<std::string>() : policy->dump()}};
}

json get_public_access_block(const call_context& c) {
  return required_configuration(c, "PublicAccessBlockConfiguration",
                                "NoSuchPublicAccessBlockConfiguration",
                                "The public access block configuration was not found");
}

json get_bucket_versioning(const call_context& c) {
  // A bucket that was never versioned answers an empty <VersioningConfiguration/>.
  return optional_configuration(c, "Versioning");
}

json get_bucket_logging(const call_context& c) {
  // Without server access logging AWS answers an empty <BucketLoggingStatus/>.
  const json* logging = configuration(bucket_in_region(c), "LoggingEnabled");
  if (!logging) return json::object();
  return {{"LoggingEnabled", *logging}};
}

json get_bucket_lifecycle_configuration(const call_context& c) {
  const json* lifecycle = configuration(bucket_in_region(c), "LifecycleConfiguration");
  if (!lifecycle)
    fail_not_found(c, "NoSuchLifecycleConfiguration", "The lifecycle configuration does not exist");
  return lifecycle->is_object() ? *lifecycle : json::object();
}

json get_bucket_replication(const call_context& c) {
  return required_configuration(c, "ReplicationConfiguration",
                                "ReplicationConfigurationNotFoundError",
                                "The replication configuration was not found");
}

json get_object_lock_configuration(const call_context& c) {
  return required_configuration(c, "ObjectLockConfiguration",
                                "ObjectLockConfigurationNotFoundError",
                                "Object Lock configuration does not exist for this bucket");
}

json get_bucket_notification_configuration(const call_context& c) {
  // A bucket without notifications answers an empty <NotificationConfiguration/>.
  return optional_configuration(c, "NotificationConfiguration");
}

json get_bucket_ownership_controls(const call_context& c) {
  return required_configuration(c, "OwnershipControls", "OwnershipControlsNotFoundError",
                                "The bucket ownership controls were not found");
}

}  // namespace mockaws::services::s3
