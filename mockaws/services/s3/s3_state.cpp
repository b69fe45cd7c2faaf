// Bucket lookup across regions, the account's owner and S3's errors, for every S3 handler.

#include <utility>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/s3/s3_handlers.hpp"
#include "mockaws/sigv4/sigv4.hpp"

namespace mockaws::services::s3 {

namespace {

const json* bucket_in(const store::account& account, std::string_view region,
                      std::string_view name) {
  return find_item(items(account.state(region, "s3"), "Buckets"), "Name", name);
}

// The virtual-hosted endpoint AWS names in a PermanentRedirect. us-east-1 keeps the legacy
// global host name.
std::string bucket_endpoint(const std::string& bucket, const std::string& region) {
  if (region == "us-east-1") return bucket + ".s3.amazonaws.com";
  return bucket + ".s3." + region + ".amazonaws.com";
}

// The model declares NoSuchBucket without S3's status (botocore's S3 errors carry none), so the
// error is built here with AWS's 404.
[[noreturn]] void fail_no_such_bucket(const std::string& name) {
  protocol::api_error error("NoSuchBucket", "The specified bucket does not exist", 404);
  error.details = {{"BucketName", name}};
  throw error;
}

}  // namespace

located_bucket find_bucket(const store::account& account, std::string_view name,
                           std::string_view preferred_region) {
  if (const json* bucket = bucket_in(account, preferred_region, name))
    return {std::string(preferred_region), bucket};
  for (const auto& region : account.regions())
    if (const json* bucket = bucket_in(account, region, name)) return {region, bucket};
  return {};
}

located_bucket bucket_anywhere(const call_context& c) {
  std::string name = c.input_string("Bucket");
  located_bucket found = find_bucket(c.account, name, c.region);
  if (!found.bucket) fail_no_such_bucket(name);
  return found;
}

const json& bucket_in_region(const call_context& c) {
  located_bucket found = bucket_anywhere(c);
  if (found.region != c.region) {
    // S3 serves a bucket from its own region only. AWS answers 301 with the bucket's region in
    // x-amz-bucket-region (HEAD included, where the body is dropped); SDKs re-sign for that
    // region and retry.
    std::string name = c.input_string("Bucket");
    protocol::api_error error("PermanentRedirect",
                              "The bucket you are attempting to access must be addressed using "
                              "the specified endpoint. Please send all future requests to this "
                              "endpoint.",
                              301);
    error.details = {{"Endpoint", bucket_endpoint(name, found.region)}, {"Bucket", name}};
    error.headers = {{"x-amz-bucket-region", found.region}};
    throw error;
  }
  return *found.bucket;
}

json account_owner(const call_context& c) {
  for (const auto& region : c.account.regions()) {
    const json* owner = member(c.account.state(region, "s3"), "Owner");
    if (owner && owner->is_object()) return *owner;
  }
  // No Owner in the scenario: a stable canonical user id (64 hex digits, as AWS's are) derived
  // from the account id, and a display name that says where it comes from.
  return {{"DisplayName", "mockaws-" + c.account.id()},
          {"ID", sigv4::sha256_hex("mockaws canonical user " + c.account.id())}};
}

const json* configuration(const json& bucket, std::string_view name) {
  return member(bucket, name);
}

void fail_not_found(const call_context& c, std::string code, std::string message) {
  protocol::api_error error(std::move(code), std::move(message), 404);
  error.details = {{"BucketName", c.input_string("Bucket")}};
  throw error;
}

}  // namespace mockaws::services::s3
