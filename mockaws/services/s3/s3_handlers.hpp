#pragma once
// Internals of the S3 handlers (see s3_operations.cpp for the state layout they read): finding a
// bucket across the account's regions, the account's canonical owner, S3's error envelopes, and
// the handler functions the operation table lists.

#include <string>
#include <string_view>

#include "mockaws/services/handler.hpp"

namespace mockaws::services::s3 {

// A bucket and the region whose state holds it.
struct located_bucket {
  std::string region;
  const json* bucket = nullptr;
};

// The bucket named `name` in any region of the account, preferring `preferred_region` should a
// scenario declare the same name twice. bucket == nullptr when no region holds it.
located_bucket find_bucket(const store::account& account, std::string_view name,
                           std::string_view preferred_region);

// The bucket the request's `Bucket` member names, wherever it lives (GetBucketLocation answers
// from any region). Raises NoSuchBucket when the account has no such bucket.
located_bucket bucket_anywhere(const call_context& c);

// The bucket the request names, which must live in the request's region: NoSuchBucket when no
// region holds it, 301 PermanentRedirect (with x-amz-bucket-region) when another region does.
const json& bucket_in_region(const call_context& c);

// The account's S3 owner {DisplayName, ID}: the first `Owner` any region's s3 state declares,
// else a default derived from the account id (see s3_operations.cpp).
json account_owner(const call_context& c);

// A bucket's sub-document `name`, or nullptr when absent (or null).
const json* configuration(const json& bucket, std::string_view name);

// S3's 404 for a bucket without the configuration asked for: <Code>, <Message>, <BucketName>.
[[noreturn]] void fail_not_found(const call_context& c, std::string code, std::string message);

// buckets.cpp
json list_buckets(const call_context& c);
json head_bucket(const call_context& c);
json get_bucket_location(const call_context& c);
json get_bucket_acl(const call_context& c);

// bucket_configuration.cpp
json get_bucket_encryption(const call_context& c);
json get_bucket_policy(const call_context& c);
json get_public_access_block(const call_context& c);
json get_bucket_versioning(const call_context& c);
json get_bucket_logging(const call_context& c);
json get_bucket_lifecycle_configuration(const call_context& c);
json get_bucket_replication(const call_context& c);
json get_object_lock_configuration(const call_context& c);
json get_bucket_notification_configuration(const call_context& c);
json get_bucket_ownership_controls(const call_context& c);

}  // namespace mockaws::services::s3
