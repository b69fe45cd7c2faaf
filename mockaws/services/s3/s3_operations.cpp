// S3, read side: the bucket-level calls compliance rules make (REST-XML).
//
// State. A bucket lives in the region it was created in; each sub-document is named after the
// output member of the Get call that returns it and may be pasted from that call's CLI output:
//
//   regions:
//     <region>:
//       s3:
//         Owner: {DisplayName, ID}          # optional, in any one region (see below)
//         Buckets:
//           - Name: clinic-phi-records
//             CreationDate: 2024-01-10T12:00:00Z
//             ServerSideEncryptionConfiguration: {Rules: [...]}   # GetBucketEncryption
//             Policy: {Version: ..., Statement: [...]}  # GetBucketPolicy; or a JSON string
//             PublicAccessBlockConfiguration: {BlockPublicAcls, IgnorePublicAcls,
//                                              BlockPublicPolicy, RestrictPublicBuckets}
//             Versioning: {Status, MFADelete}               # GetBucketVersioning
//             LoggingEnabled: {TargetBucket, TargetPrefix, TargetGrants}  # GetBucketLogging
//             LifecycleConfiguration: {Rules: [...]}        # GetBucketLifecycleConfiguration
//             ReplicationConfiguration: {Role, Rules: [...]}  # GetBucketReplication
//             ObjectLockConfiguration: {ObjectLockEnabled, Rule}
//             NotificationConfiguration: {TopicConfigurations, QueueConfigurations,
//                                         LambdaFunctionConfigurations,
//                                         EventBridgeConfiguration}
//             Acl: {Owner, Grants: [...]}                   # GetBucketAcl
//             OwnershipControls: {Rules: [{ObjectOwnership}]}
//             LocationConstraint: EU                        # only for legacy "EU" buckets
//
// Absent sub-documents answer as AWS does for a bucket that never had the configuration:
//   404 ServerSideEncryptionConfigurationNotFoundError, NoSuchBucketPolicy,
//       NoSuchPublicAccessBlockConfiguration, NoSuchLifecycleConfiguration,
//       ReplicationConfigurationNotFoundError, ObjectLockConfigurationNotFoundError,
//       OwnershipControlsNotFoundError (each with <BucketName>);
//   empty outputs for Versioning, LoggingEnabled and NotificationConfiguration;
//   Acl: the owner with FULL_CONTROL (Acl without Owner uses the account's owner; Acl without
//       Grants, that single grant).
// Note that buckets created on AWS since 2023 do have default encryption (SSE-S3), a public
// access block and BucketOwnerEnforced ownership controls: a scenario that mirrors a modern
// account declares them.
//
// Owner: the first `Owner` found in the s3 state of the account's regions (in region name
// order), else DisplayName "mockaws-<account id>" and ID = SHA-256 hex of
// "mockaws canonical user <account id>" (64 hex digits, the shape of a canonical user id).
//
// Regions: ListBuckets answers every bucket of the account, sorted by name, from any region, and
// GetBucketLocation answers from any region (us-east-1 buckets: an empty LocationConstraint).
// Every other call on a bucket of another region answers 301 PermanentRedirect with the header
// x-amz-bucket-region, which SDKs follow by re-signing for that region.

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/s3/s3_handlers.hpp"

namespace mockaws::services::s3 {

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"s3", "ListBuckets", list_buckets},
      {"s3", "HeadBucket", head_bucket},
      {"s3", "GetBucketLocation", get_bucket_location},
      {"s3", "GetBucketAcl", get_bucket_acl},
      {"s3", "GetBucketEncryption", get_bucket_encryption},
      {"s3", "GetBucketPolicy", get_bucket_policy},
      {"s3", "GetPublicAccessBlock", get_public_access_block},
      {"s3", "GetBucketVersioning", get_bucket_versioning},
      {"s3", "GetBucketLogging", get_bucket_logging},
      {"s3", "GetBucketLifecycleConfiguration", get_bucket_lifecycle_configuration},
      {"s3", "GetBucketReplication", get_bucket_replication},
      {"s3", "GetObjectLockConfiguration", get_object_lock_configuration},
      {"s3", "GetBucketNotificationConfiguration", get_bucket_notification_configuration},
      {"s3", "GetBucketOwnershipControls", get_bucket_ownership_controls},
  };
  return entries;
}

}  // namespace mockaws::services::s3
