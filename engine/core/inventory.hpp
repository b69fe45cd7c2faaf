#pragma once
// The account as collected: configuration items per resource type, account- and region-level
// documents (a password policy, EBS encryption by default), and what could not be read. Rules
// read only this; collection never happens during evaluation, so a rule is a pure function.
//
// A read that failed is recorded against the data it would have produced (a "data key" such as
// "s3.buckets" or "iam.password_policy") and the region it was in. Rules name the keys they need;
// the evaluator turns a failure into INSUFFICIENT_DATA with the reason, never into COMPLIANT.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/configuration_item.hpp"

namespace engine {

struct collection_failure {
  std::string key;     // the data it would have produced: "s3.buckets"
  std::string region;  // where the call went, or global_region
  std::string reason;  // "s3:ListBuckets: AccessDenied (403): Access Denied"
};

class inventory {
 public:
  inventory(std::string account_id, std::vector<std::string> regions,
            std::chrono::system_clock::time_point now)
      : account_id_(std::move(account_id)), regions_(std::move(regions)), now_(now) {}

  const std::string& account_id() const { return account_id_; }
  // The regions scanned (never global_region).
  const std::vector<std::string>& regions() const { return regions_; }
  // The evaluation clock: the scenario's `now`, or the time of the scan.
  std::chrono::system_clock::time_point now() const { return now_; }

  void add(configuration_item item);
  std::vector<const configuration_item*> items(std::string_view resource_type) const;
  std::size_t size() const { return item_count_; }

  // Account- or region-level documents: ("iam.password_policy", global_region),
  // ("ec2.ebs_encryption_by_default", "us-east-1"). Absent: not collected, or AWS has none.
  void set_document(const std::string& key, const std::string& region, json value);
  const json* document(const std::string& key, const std::string& region) const;

  void record_failure(collection_failure failure);
  const std::vector<collection_failure>& failures() const { return failures_; }
  // The failures of `key` (in any region when `region` is empty).
  std::vector<const collection_failure*> failures_of(std::string_view key,
                                                     std::string_view region = {}) const;

 private:
  std::string account_id_;
  std::vector<std::string> regions_;
  std::chrono::system_clock::time_point now_;
  std::map<std::string, std::vector<configuration_item>, std::less<>> items_;
  std::size_t item_count_ = 0;
  std::map<std::pair<std::string, std::string>, json> documents_;
  std::vector<collection_failure> failures_;
};

}  // namespace engine
