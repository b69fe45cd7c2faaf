#include "engine/rules/cloudtrail/data_events.hpp"

#include "engine/rules/cloudtrail/trails.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace engine::rules {

namespace {

// "arn:aws:s3:::bucket/..." -> what follows ":::" ("bucket/..."); nullopt for other text.
std::optional<std::string> object_path(const std::string& arn) {
  if (arn.rfind("arn:", 0) != 0) return std::nullopt;
  auto at = arn.find(":s3:::");
  if (at == std::string::npos) return std::nullopt;
  return arn.substr(at + 6);
}

bool means_every_bucket(const std::string& value) {
  if (value.rfind("arn:", 0) != 0) return false;
  auto at = value.find(":s3");
  return at != std::string::npos && (value.size() == at + 3 || value.compare(at, std::string::npos, ":s3:::") == 0);
}

// The bucket a value names and whether it names all of it ("bucket" or "bucket/"; longer: a prefix).
std::optional<std::pair<std::string, bool>> bucket_of(const std::string& value) {
  auto path = object_path(value);
  if (!path || path->empty()) return std::nullopt;
  auto slash = path->find('/');
  return std::pair{path->substr(0, slash), slash == std::string::npos || slash + 1 == path->size()};
}

void add_included(s3_data_events& out, const std::string& value) {
  if (means_every_bucket(value)) out.every_bucket = true;
  else if (auto b = bucket_of(value); b && b->second) out.buckets.push_back(b->first);
}

// Leaving out any part of a bucket leaves the bucket short of "every object".
void add_excluded(s3_data_events& out, const std::string& value) {
  if (auto b = bucket_of(value)) out.excluded.push_back(b->first);
}

void add_basic(s3_data_events& out, const json& selector) {
  for (const auto& resource : selector.value("DataResources", json::array())) {
    if (resource.value("Type", "") != "AWS::S3::Object") continue;
    for (const auto& value : strings_at(resource, "Values")) add_included(out, value);
  }
}

void add_advanced(s3_data_events& out, const json& selector) {
  bool data = false, objects = false, arn_field = false;
  std::vector<std::string> starts, not_starts;
  for (const auto& field : selector.value("FieldSelectors", json::array())) {
    std::string name = field.value("Field", "");
    auto equals = strings_at(field, "Equals");
    if (name == "eventCategory") data = std::find(equals.begin(), equals.end(), "Data") != equals.end();
    if (name == "resources.type")
      objects = std::find(equals.begin(), equals.end(), "AWS::S3::Object") != equals.end();
    if (name == "resources.ARN") {
      arn_field = true;
      starts = strings_at(field, "StartsWith");
      not_starts = strings_at(field, "NotStartsWith");
    }
  }
  if (!data || !objects) return;
  if (!arn_field || (starts.empty() && !not_starts.empty())) {
    out.every_bucket = true;
    for (const auto& v : not_starts) add_excluded(out, v);
    return;
  }
  for (const auto& v : starts) add_included(out, v);
}

}  // namespace

bool s3_data_events::covers(const std::string& bucket) const {
  if (std::find(buckets.begin(), buckets.end(), bucket) != buckets.end()) return true;
  return every_bucket && std::find(excluded.begin(), excluded.end(), bucket) == excluded.end();
}

s3_data_events s3_data_events_of(const json* selectors) {
  s3_data_events out;
  if (!selectors || !selectors->is_object()) return out;
  for (const auto& s : selectors->value("EventSelectors", json::array())) add_basic(out, s);
  for (const auto& s : selectors->value("AdvancedEventSelectors", json::array())) add_advanced(out, s);
  return out;
}

}  // namespace engine::rules
