// Mutators of DynamoDB capacity: a table that can no longer scale (DYNAMODB_AUTOSCALING_ENABLED)
// and a region whose provisioned capacity reaches its share of the account quota
// (DYNAMODB_THROUGHPUT_LIMIT_CHECK, with the threshold it crosses).

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

constexpr const char* table_type = "AWS::DynamoDB::Table";

bool on_demand(const json& table) {
  return table.value("BillingModeSummary", json::object()).value("BillingMode", "") == "PAY_PER_REQUEST";
}

// Removes the region's Application Auto Scaling entries of `resource` from `collection`
// (all of them, or only the write capacity's when `writes_only`).
void unscale(json& doc, const std::string& region, const std::string& collection, const std::string& resource,
             bool writes_only) {
  for_each_item(doc, "application-autoscaling", collection, [&](const std::string& where, json& item) {
    if (where != region || item.value("ResourceId", "") != resource) return;
    if (writes_only && item.value("ScalableDimension", "").find("Write") == std::string::npos) return;
    item["ResourceId"] = resource + "-retired";  // now scales a table that no longer exists
  });
}

// An on-demand table switched to provisioned capacity without scaling, or a provisioned one
// losing its scaling: every target and policy (even degrees) or only the write capacity's
// policy (odd: a target without a policy never scales).
std::optional<mutation> table_scaling_removed(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto tables = items_of(doc, table_type);
  if (tables.empty()) return std::nullopt;
  auto [region, table, identity] = tables[target % tables.size()];
  std::string resource = "table/" + table->value("TableName", identity);
  std::string change;
  if (on_demand(*table)) {
    table->erase("BillingModeSummary");
    (*table)["ProvisionedThroughput"] = {{"ReadCapacityUnits", 5}, {"WriteCapacityUnits", 5}};
    change = "switched to provisioned capacity without auto scaling";
  } else if (degree % 2) {
    unscale(doc, region, "ScalingPolicies", resource, true);
    change = "its write capacity's scaling policy removed";
  } else {
    unscale(doc, region, "ScalableTargets", resource, false);
    unscale(doc, region, "ScalingPolicies", resource, false);
    change = "its auto scaling removed";
  }
  return mutation{"table_scaling_removed", "table " + identity + " (" + region + "): " + change,
                  {{"DYNAMODB_AUTOSCALING_ENABLED", identity, region, "provisioned capacity that does not scale"}},
                  std::nullopt};
}

// The region's read or write capacity brought to p percent of a quota lowered to 10,000 units,
// p from 80 (the pack's threshold: reaching it fails) up with the degree: one provisioned table
// takes what the others leave of p * 100 units.
std::optional<mutation> quota_reached(json& doc, std::uint64_t target, std::uint64_t degree, bool reads) {
  std::vector<located_item> provisioned;
  for (const auto& t : items_of(doc, table_type))
    if (!on_demand(*t.item)) provisioned.push_back(t);
  if (provisioned.empty()) return std::nullopt;
  auto [region, table, identity] = provisioned[target % provisioned.size()];
  const char* units = reads ? "ReadCapacityUnits" : "WriteCapacityUnits";
  long long percent = 80 + (long long)(degree % 20), quota = 10000, others = 0;
  for (const auto& t : items_of(doc, table_type))
    if (t.region == region && t.item != table)
      others += t.item->value("ProvisionedThroughput", json::object()).value(units, 0LL);
  (*table)["ProvisionedThroughput"][units] = percent * quota / 100 - others;
  json& limits = doc["regions"][region]["dynamodb"]["Limits"];
  limits[reads ? "AccountMaxReadCapacityUnits" : "AccountMaxWriteCapacityUnits"] = quota;
  std::string name = reads ? "read_quota_reached" : "write_quota_reached";
  return mutation{name,
                  "region " + region + ": " + std::to_string(percent) + "% of a " + std::to_string(quota) + "-unit " +
                      (reads ? "read" : "write") + " quota provisioned (table " + identity + ")",
                  {{"DYNAMODB_THROUGHPUT_LIMIT_CHECK", "", region, "provisioned capacity at the threshold share of the quota"}},
                  threshold{"DYNAMODB_THROUGHPUT_LIMIT_CHECK",
                            reads ? "accountRCUThresholdPercentage" : "accountWCUThresholdPercentage", percent + 1, percent}};
}

std::optional<mutation> read_quota_reached(json& doc, std::uint64_t target, std::uint64_t degree) {
  return quota_reached(doc, target, degree, true);
}

std::optional<mutation> write_quota_reached(json& doc, std::uint64_t target, std::uint64_t degree) {
  return quota_reached(doc, target, degree, false);
}

}  // namespace

std::vector<mutator> dynamodb_capacity_mutators() {
  return {
      {"table_scaling_removed", "DYNAMODB_AUTOSCALING_ENABLED", "a table whose provisioned capacity does not scale", "",
       ensure_table, table_scaling_removed},
      {"read_quota_reached", "DYNAMODB_THROUGHPUT_LIMIT_CHECK",
       "a region provisioning its threshold share of the read capacity quota", "accountRCUThresholdPercentage",
       ensure_provisioned_table, read_quota_reached},
      {"write_quota_reached", "DYNAMODB_THROUGHPUT_LIMIT_CHECK",
       "a region provisioning its threshold share of the write capacity quota", "accountWCUThresholdPercentage",
       ensure_provisioned_table, write_quota_reached},
  };
}

}  // namespace properties
