// CW_LOGGROUP_RETENTION_PERIOD_CHECK (cw-loggroup-retention-period-check): a CloudWatch Logs log
// group keeps its events at least MinRetentionTime days (rule default 365; the HIPAA pack leaves
// it unset, the 2003 framework asks for 365). A group whose retention is "Never expire" (no
// retentionInDays, the default of a new group) is COMPLIANT, as AWS's page notes; the 2003
// framework's open-source benchmark fails those, the managed rule does not.
//
// LogGroupNames, when set, limits the check to the groups it names. Our reading where AWS's pages
// differ (one says names, another name prefixes): an entry is a prefix of the group's name, so
// an exact name also matches; groups outside the list are NOT_APPLICABLE. MinRetentionTime takes
// only the values AWS lists (those PutRetentionPolicy accepts up to ten years).

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& group) {
  if (ctx.is_set("LogGroupNames")) {
    auto prefixes = comma_separated(ctx.text("LogGroupNames"));
    const std::string name = group.configuration.value("logGroupName", group.resource_id);
    if (std::none_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& p) { return name.compare(0, p.size(), p) == 0; }))
      return {compliance::not_applicable, "not among LogGroupNames"};
  }
  auto retention = group.configuration.find("retentionInDays");
  if (retention == group.configuration.end() || retention->is_null())
    return {compliance::compliant, "events never expire"};
  if (!retention->is_number_integer())
    return {compliance::insufficient_data, "retentionInDays is not a number: " + retention->dump()};
  long long days = retention->get<long long>(), minimum = ctx.integer("MinRetentionTime");
  std::string kept = "events are kept " + std::to_string(days) + " days";
  if (days < minimum) return {compliance::non_compliant, kept + ", fewer than " + std::to_string(minimum)};
  return {compliance::compliant, kept};
}

}  // namespace

rule_definition cw_loggroup_retention_period_check() {
  return {.identifier = "CW_LOGGROUP_RETENTION_PERIOD_CHECK",
          .summary = "CloudWatch Logs log groups keep events at least MinRetentionTime days (never expiring counts)",
          .resource_type = "AWS::Logs::LogGroup",
          .parameters = {{"LogGroupNames", parameter_kind::string, "",
                          "comma-separated log group name prefixes to check (unset: every group)"},
                         {"MinRetentionTime", parameter_kind::integer, "365", "the shortest retention accepted, in days",
                          false, "1|3|5|7|14|30|60|90|120|150|180|365|400|545|731|1827|3653"}},
          .judge = judge,
          .reading = "LogGroupNames entries are name prefixes (an exact name matches too); groups outside them are "
                     "NOT_APPLICABLE; a group that never expires is COMPLIANT."};
}

}  // namespace engine::rules
