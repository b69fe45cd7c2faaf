#pragma once
// What the CloudTrail rules share: which trails a region sees, what a trail's selectors record
// of management events, and whether it delivers where the rule's parameters say.
//
// A trail lives in its home region; a multi-region trail also records every other region
// (DescribeTrails shows it there as a shadow trail), so it counts in each.

#include <string>
#include <vector>

#include "engine/core/inventory.hpp"
#include "engine/rules/rule.hpp"

namespace engine::rules {

// The strings of a selector field's list member (FieldSelectors' Equals, NotStartsWith, ...).
std::vector<std::string> strings_at(const json& field, const char* member);

std::vector<const configuration_item*> trails_seen_in(const inventory& inv, const std::string& region);

// The management events a trail records, from GetEventSelectors (`selectors`: its output, null
// when the trail never had selectors set: AWS's default, all management events). Basic
// selectors: IncludeManagementEvents (default true), ReadWriteType (default All),
// ExcludeManagementEventSources. Advanced selectors: a selector whose eventCategory Equals
// Management records them; its readOnly field (Equals "true" or "false") narrows them to reads
// or writes; its eventSource NotEquals values leave those sources out, exactly as
// ExcludeManagementEventSources does. Several selectors add up.
struct management_events {
  bool reads = false;
  bool writes = false;
  std::vector<std::string> excluded_sources;  // kms.amazonaws.com, rdsdata.amazonaws.com

  bool recorded() const { return reads || writes; }
  // "All", "ReadOnly", "WriteOnly" or "none"
  std::string read_write_type() const;
};
management_events management_events_of(const json* selectors);

// Why the trail does not deliver where the rule's s3BucketName, snsTopicArn and
// cloudWatchLogsLogGroupArn parameters say ("" when it does, or when they are unset). Log group
// ARNs compare without the ":*" CloudTrail appends.
std::string delivery_mismatch(const rule_context& ctx, const json& trail);

}  // namespace engine::rules
