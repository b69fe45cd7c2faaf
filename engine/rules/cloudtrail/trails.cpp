#include "engine/rules/cloudtrail/trails.hpp"

#include <algorithm>

namespace engine::rules {

std::vector<std::string> strings_at(const json& field, const char* member) {
  std::vector<std::string> out;
  for (const auto& v : field.value(member, json::array()))
    if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

namespace {

void add_advanced(management_events& out, const json& selector) {
  bool management = false;
  bool reads = true, writes = true;
  std::vector<std::string> excluded;
  for (const auto& field : selector.value("FieldSelectors", json::array())) {
    std::string name = field.value("Field", "");
    auto equals = strings_at(field, "Equals");
    if (name == "eventCategory") {
      management = std::find(equals.begin(), equals.end(), "Management") != equals.end();
    } else if (name == "readOnly" && !equals.empty()) {
      reads = std::find(equals.begin(), equals.end(), "true") != equals.end();
      writes = std::find(equals.begin(), equals.end(), "false") != equals.end();
    } else if (name == "eventSource") {
      excluded = strings_at(field, "NotEquals");
    }
  }
  if (!management) return;
  out.reads = out.reads || reads;
  out.writes = out.writes || writes;
  out.excluded_sources.insert(out.excluded_sources.end(), excluded.begin(), excluded.end());
}

void add_basic(management_events& out, const json& selector) {
  if (!selector.value("IncludeManagementEvents", true)) return;
  std::string type = selector.value("ReadWriteType", std::string("All"));
  out.reads = out.reads || type != "WriteOnly";
  out.writes = out.writes || type != "ReadOnly";
  auto excluded = strings_at(selector, "ExcludeManagementEventSources");
  out.excluded_sources.insert(out.excluded_sources.end(), excluded.begin(), excluded.end());
}

std::string without_star(std::string arn) {
  if (arn.size() > 2 && arn.compare(arn.size() - 2, 2, ":*") == 0) arn.resize(arn.size() - 2);
  return arn;
}

}  // namespace

std::vector<const configuration_item*> trails_seen_in(const inventory& inv, const std::string& region) {
  std::vector<const configuration_item*> out;
  for (const configuration_item* trail : inv.items("AWS::CloudTrail::Trail"))
    if (trail->region == region || trail->configuration.value("IsMultiRegionTrail", false))
      out.push_back(trail);
  return out;
}

std::string management_events::read_write_type() const {
  if (reads && writes) return "All";
  if (reads) return "ReadOnly";
  if (writes) return "WriteOnly";
  return "none";
}

management_events management_events_of(const json* selectors) {
  management_events out;
  if (!selectors) {
    out.reads = out.writes = true;
    return out;
  }
  auto advanced = selectors->value("AdvancedEventSelectors", json::array());
  if (!advanced.empty()) {
    // A trail has basic or advanced selectors, not both; advanced ones replace the basic.
    for (const auto& s : advanced) add_advanced(out, s);
    return out;
  }
  auto basic = selectors->find("EventSelectors");
  if (basic == selectors->end() || !basic->is_array()) {
    out.reads = out.writes = true;  // no selector document at all: AWS's default
    return out;
  }
  for (const auto& s : *basic) add_basic(out, s);
  return out;
}

std::string delivery_mismatch(const rule_context& ctx, const json& trail) {
  struct target {
    const char* parameter;
    const char* member;
    bool log_group;
  };
  for (const target& t : {target{"s3BucketName", "S3BucketName", false}, target{"snsTopicArn", "SnsTopicARN", false},
                          target{"cloudWatchLogsLogGroupArn", "CloudWatchLogsLogGroupArn", true}}) {
    std::string wanted = ctx.text(t.parameter);
    if (wanted.empty()) continue;
    std::string actual = trail.value(t.member, "");
    bool same = t.log_group ? without_star(wanted) == without_star(actual) : wanted == actual;
    if (!same)
      return std::string(t.member) + " is " + (actual.empty() ? std::string("not set") : actual) + ", not " + wanted;
  }
  return {};
}

}  // namespace engine::rules
