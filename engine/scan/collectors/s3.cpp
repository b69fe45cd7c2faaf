// S3: the account's buckets (ListBuckets answers for every region), each placed in its region
// by GetBucketLocation and kept when that region is scanned, with its default encryption and
// its policy read from that region (no redirects).

#include <algorithm>

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

namespace {

// GetBucketLocation's answer as a region: empty means us-east-1, "EU" is eu-west-1's old name.
std::string bucket_region(const json& output) {
  std::string location = output.value("LocationConstraint", std::string());
  if (location.empty()) return "us-east-1";
  if (location == "EU") return "eu-west-1";
  return location;
}

}  // namespace

collector_output collect_s3(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto listed = output_or_failure(aws.call("s3", "ListBuckets", json::object(), scope.region), out,
                                  "s3.buckets", std::string(global_region));
  if (!listed) return out;
  std::vector<std::pair<json, std::future<client::call_result>>> located;
  for (const auto& bucket : listed->value("Buckets", json::array()))
    located.emplace_back(bucket, aws.submit("s3", "GetBucketLocation",
                                            {{"Bucket", bucket.value("Name", "")}}, scope.region));
  struct pending {
    configuration_item item;
    std::future<client::call_result> encryption, policy;
  };
  std::vector<pending> calls;
  for (auto& [bucket, location] : located) {
    std::string name = bucket.value("Name", "");
    auto where = location.get();
    if (!where.ok()) {
      // Its region is unknown, so its documents cannot be read: this bucket alone is
      // INSUFFICIENT_DATA (recorded where the listing was made), the others are judged.
      auto item = make_item("AWS::S3::Bucket", name, name, "arn:aws:s3:::" + name, scope.region, bucket);
      for (const char* document : {"ServerSideEncryptionConfiguration", "Policy"})
        item.unreadable[document] = where.error->describe();
      out.items.push_back(std::move(item));
      continue;
    }
    std::string region = bucket_region(where.output);
    if (std::find(scope.scanned_regions.begin(), scope.scanned_regions.end(), region) ==
        scope.scanned_regions.end())
      continue;
    auto item = make_item("AWS::S3::Bucket", name, name, "arn:aws:s3:::" + name, region, bucket);
    json by_name = {{"Bucket", name}};
    calls.push_back({std::move(item), aws.submit("s3", "GetBucketEncryption", by_name, region),
                     aws.submit("s3", "GetBucketPolicy", by_name, region)});
  }
  for (auto& call : calls) {
    store_supplement(call.item, "ServerSideEncryptionConfiguration", call.encryption.get(),
                     "ServerSideEncryptionConfiguration", {"ServerSideEncryptionConfigurationNotFoundError"});
    store_supplement(call.item, "Policy", call.policy.get(), "Policy", {"NoSuchBucketPolicy"});
    parse_json_supplement(call.item, "Policy", "s3:GetBucketPolicy");
    out.items.push_back(std::move(call.item));
  }
  return out;
}

}  // namespace engine::collectors
