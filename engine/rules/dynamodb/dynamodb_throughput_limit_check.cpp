// DYNAMODB_THROUGHPUT_LIMIT_CHECK (dynamodb-throughput-limit-check): the capacity the account has
// provisioned in a region stays below accountRCUThresholdPercentage (reads) and
// accountWCUThresholdPercentage (writes) percent of its account quota (DescribeLimits'
// AccountMaxReadCapacityUnits and AccountMaxWriteCapacityUnits); both default to 80, which the
// HIPAA pack keeps. One evaluation per region, for the account: a region at its quota cannot
// grow a table that needs to (§164.308(a)(7) contingency plan).
//
// Readings where AWS's page is silent, pinned by scenarios/rules/dynamodb-throughput-limit-check/:
//  - The provisioned capacity is every table's ProvisionedThroughput plus that of each of its
//    global secondary indexes (AWS counts indexes against the account quota); on-demand tables
//    provision nothing (DescribeTable shows zeros).
//  - "When this value is reached" (the page): a percentage equal to the threshold is
//    NON_COMPLIANT.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

long long units(const json& holder, const char* member) {
  const json throughput = holder.value("ProvisionedThroughput", json::object());
  const json value = throughput.value(member, json());
  return value.is_number_integer() ? value.get<long long>() : 0;
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    long long read = 0, write = 0;
    for (const configuration_item* table : ctx.inv().items("AWS::DynamoDB::Table")) {
      if (table->region != region) continue;
      read += units(table->configuration, "ReadCapacityUnits");
      write += units(table->configuration, "WriteCapacityUnits");
      for (const auto& index : table->configuration.value("GlobalSecondaryIndexes", json::array())) {
        read += units(index, "ReadCapacityUnits");
        write += units(index, "WriteCapacityUnits");
      }
    }
    const json* limits = ctx.inv().document("dynamodb.limits", region);
    struct check {
      const char* what;
      long long provisioned;
      const char* quota_member;
      const char* parameter;
    };
    std::string problem, summary, unknown;
    for (const check& c : {check{"read", read, "AccountMaxReadCapacityUnits", "accountRCUThresholdPercentage"},
                           check{"write", write, "AccountMaxWriteCapacityUnits", "accountWCUThresholdPercentage"}}) {
      long long quota = limits && limits->is_object() ? limits->value(c.quota_member, 0LL) : 0;
      long long threshold = ctx.integer(c.parameter);
      std::string share = std::to_string(c.provisioned) + " of " + std::to_string(quota) + " " + c.what +
                          " capacity units";
      if (quota <= 0) {
        unknown = std::string("DescribeLimits gave no ") + c.quota_member;
        continue;
      }
      // percent >= threshold, in integers: provisioned * 100 >= threshold * quota.
      if (c.provisioned * 100 >= threshold * quota) {
        if (problem.empty())
          problem = share + " provisioned, at or above " + c.parameter + " " + std::to_string(threshold) + "%";
      } else {
        summary += (summary.empty() ? "" : ", ") + share;
      }
    }
    if (!unknown.empty()) out.push_back(ctx.about_account(region, compliance::insufficient_data, unknown));
    else if (!problem.empty()) out.push_back(ctx.about_account(region, compliance::non_compliant, problem));
    else out.push_back(ctx.about_account(region, compliance::compliant, summary + " provisioned"));
  }
  return out;
}

}  // namespace

rule_definition dynamodb_throughput_limit_check() {
  return {.identifier = "DYNAMODB_THROUGHPUT_LIMIT_CHECK",
          .summary = "provisioned DynamoDB capacity stays below the threshold share of the account quota",
          .resource_type = account_resource_type,
          .parameters = {{"accountRCUThresholdPercentage", parameter_kind::integer, "80",
                          "percent of the account's read capacity quota at which the region is non-compliant"},
                         {"accountWCUThresholdPercentage", parameter_kind::integer, "80",
                          "percent of the account's write capacity quota at which the region is non-compliant"}},
          .reads = {.types = {"AWS::DynamoDB::Table"}, .documents = {"dynamodb.limits"}},
          .evaluate = evaluate,
          .reading = "tables and their global secondary indexes count; reaching the threshold exactly is "
                     "NON_COMPLIANT."};
}

}  // namespace engine::rules
