// The bucket itself: ListBuckets, HeadBucket, GetBucketLocation, GetBucketAcl.

#include <algorithm>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/s3/s3_handlers.hpp"

namespace mockaws::services::s3 {

json list_buckets(const call_context& c) {
  // S3 has one bucket namespace per account: ListBuckets answers the same from every region.
  // Current SDKs page it (MaxBuckets, ContinuationToken) and filter it by Prefix and BucketRegion;
  // AWS reports each bucket's BucketRegion only when the request sets one of those parameters.
  std::string prefix = c.input_string("Prefix");
  std::string only_region = c.input_string("BucketRegion");
  bool with_region = c.input.contains("MaxBuckets") || c.input.contains("ContinuationToken") ||
                     c.input.contains("Prefix") || c.input.contains("BucketRegion");
  json buckets = json::array();
  for (const auto& region : c.account.regions()) {
    if (!only_region.empty() && region != only_region) continue;
    for (const auto& bucket : items(c.account.state(region, "s3"), "Buckets")) {
      if (string_at(bucket, "Name").compare(0, prefix.size(), prefix) != 0) continue;
      json entry = bucket;  // the codec keeps the declared members (Name, CreationDate)
      if (with_region && entry.is_object()) entry["BucketRegion"] = region;
      buckets.push_back(std::move(entry));
    }
  }
  // AWS lists buckets in lexicographic order of their names, whatever their regions.
  std::stable_sort(buckets.begin(), buckets.end(), [](const json& a, const json& b) {
    return string_at(a, "Name") < string_at(b, "Name");
  });
  json out = {{"Buckets", std::move(buckets)}, {"Owner", account_owner(c)}};
  if (c.input.contains("Prefix")) out["Prefix"] = prefix;
  return out;
}

json head_bucket(const call_context& c) {
  bucket_in_region(c);
  // AWS answers every HeadBucket with the bucket's region (SDKs use it to find buckets) and
  // says whether the name was an access point alias.
  return {{"BucketRegion", c.region}, {"AccessPointAlias", false}};
}

json get_bucket_location(const call_context& c) {
  located_bucket found = bucket_anywhere(c);
  // A bucket may keep the constraint it was created with: legacy eu-west-1 buckets answer "EU".
  if (const json* constraint = configuration(*found.bucket, "LocationConstraint"))
    return {{"LocationConstraint", *constraint}};
  // AWS's documented quirk: buckets in us-east-1 answer an empty LocationConstraint.
  if (found.region == "us-east-1") return json::object();
  return {{"LocationConstraint", found.region}};
}

json get_bucket_acl(const call_context& c) {
  const json& bucket = bucket_in_region(c);
  const json* acl = configuration(bucket, "Acl");
  const json* stored_owner = acl ? member(*acl, "Owner") : nullptr;
  json owner = stored_owner ? *stored_owner : account_owner(c);
  if (const json* grants = acl ? member(*acl, "Grants") : nullptr)
    return {{"Owner", std::move(owner)}, {"Grants", *grants}};
  // A bucket whose ACL was never changed grants its owner FULL_CONTROL and nothing else.
  json grantee = {{"Type", "CanonicalUser"}};
  for (const char* field : {"DisplayName", "ID"})
    if (const json* value = member(owner, field)) grantee[field] = *value;
  json grant = {{"Grantee", std::move(grantee)}, {"Permission", "FULL_CONTROL"}};
  json grants = json::array();
  grants.push_back(std::move(grant));
  return {{"Owner", std::move(owner)}, {"Grants", std::move(grants)}};
}

}  // namespace mockaws::services::s3
