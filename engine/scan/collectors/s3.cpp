// S3: the account's buckets (ListBuckets answers for every region), each placed in its region
// by GetBucketLocation and kept when that region is scanned, with its documents read from that
// region (no redirects).

#include <algorithm>

#include "engine/scan/collectors/hand_written.hpp"

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

collector_output collect_s3(client::aws_client& aws, const resource_kind& kind,
                            const collect_scope& scope, const supplement_set& wanted) {
  collector_output out;
  auto listed = output_or_failure(aws.call_all_pages("s3", std::string(kind.list.operation), json::object(), scope.region),
                                  out, std::string(kind.type), std::string(global_region));
  if (!listed) return out;
  std::vector<std::pair<json, std::future<client::call_result>>> located;
  for (const auto& bucket : listed->value(std::string(kind.list.member), json::array()))
    located.emplace_back(bucket, aws.submit("s3", "GetBucketLocation",
                                            {{"Bucket", bucket.value("Name", "")}}, scope.region));
  std::vector<configuration_item> items;
  std::vector<std::string> regions;
  for (auto& [bucket, location] : located) {
    std::string name = bucket.value("Name", "");
    auto where = location.get();
    if (!where.ok()) {
      // Its region is unknown, so its documents cannot be read: this bucket alone is
      // INSUFFICIENT_DATA (recorded where the listing was made), the others are judged.
      configuration_item item = item_of(kind, bucket, scope.region);
      for (const auto& document : wanted) item.unreadable[document] = where.error->describe();
      items.push_back(std::move(item));
      regions.push_back(scope.region);
      continue;
    }
    std::string region = bucket_region(where.output);
    if (std::find(scope.scanned_regions.begin(), scope.scanned_regions.end(), region) ==
        scope.scanned_regions.end())
      continue;
    items.push_back(item_of(kind, bucket, region));
    regions.push_back(region);
  }
  for (auto& item : items) item.arn = "arn:aws:s3:::" + item.resource_id;
  read_supplements(aws, kind, items, wanted, regions);
  out.items = std::move(items);
  return out;
}

}  // namespace engine::collectors
