#pragma once
// The S3 data events a trail records, from GetEventSelectors (null: never set, AWS's default,
// which records no data events).
//
// Basic selectors: DataResources of Type AWS::S3::Object, whose Values are "arn:aws:s3" (or
// "arn:aws:s3:::": every bucket, present and future), "arn:aws:s3:::bucket/" (the whole
// bucket) or "arn:aws:s3:::bucket/prefix" (part of it). Advanced selectors: eventCategory
// Equals Data and resources.type Equals AWS::S3::Object; without a resources.ARN field every
// bucket, with StartsWith the buckets (or prefixes) named, with NotStartsWith every bucket but
// those. Whether reads, writes or both are recorded does not matter here (our reading: AWS's
// page asks only that data events are logged).

#include <string>
#include <vector>

#include "engine/core/configuration_item.hpp"

namespace engine::rules {

struct s3_data_events {
  bool every_bucket = false;            // all buckets, except `excluded`
  std::vector<std::string> excluded;    // buckets (or prefixes) a NotStartsWith leaves out
  std::vector<std::string> buckets;     // whole buckets named

  // Whether the trail records data events on every object of `bucket`.
  bool covers(const std::string& bucket) const;
  // Whether it records them on every object of every bucket.
  bool covers_every_bucket() const { return every_bucket && excluded.empty(); }
};

s3_data_events s3_data_events_of(const json* selectors);

}  // namespace engine::rules
