// The DynamoDB capacity rules over hand-built inventories: DYNAMODB_AUTOSCALING_ENABLED (on
// demand, tables and indexes with targets and policies, the six bound parameters) and
// DYNAMODB_THROUGHPUT_LIMIT_CHECK (indexes counted, the threshold reached, a quota not read).

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

json provisioned(const std::string& name, long long read, long long write, json indexes = json::array()) {
  json t = {{"TableName", name}, {"ProvisionedThroughput", {{"ReadCapacityUnits", read}, {"WriteCapacityUnits", write}}}};
  if (!indexes.empty()) t["GlobalSecondaryIndexes"] = std::move(indexes);
  return t;
}

configuration_item table(json configuration, std::string region = "us-east-1") {
  std::string name = configuration["TableName"];
  return item("AWS::DynamoDB::Table", name, std::move(configuration), std::move(region), name);
}

// A scalable target and a target-tracking policy on one capacity ("table/t", "table", "Read").
void scale(inventory& inv, const std::string& resource, const std::string& kind, const std::string& units,
           long long min = 5, long long max = 100, double target = 70.0, bool with_policy = true,
           const std::string& region = "us-east-1") {
  std::string dimension = "dynamodb:" + kind + ":" + units + "CapacityUnits";
  inv.add(item("AWS::ApplicationAutoScaling::ScalableTarget", resource,
               {{"ServiceNamespace", "dynamodb"}, {"ResourceId", resource}, {"ScalableDimension", dimension},
                {"MinCapacity", min}, {"MaxCapacity", max}},
               region));
  if (!with_policy) return;
  inv.add(item("AWS::ApplicationAutoScaling::ScalingPolicy", resource + "/" + units,
               {{"ServiceNamespace", "dynamodb"}, {"ResourceId", resource}, {"ScalableDimension", dimension},
                {"PolicyType", "TargetTrackingScaling"},
                {"TargetTrackingScalingPolicyConfiguration", {{"TargetValue", target}}}},
               region));
}

void scale_both(inventory& inv, const std::string& resource, const std::string& kind) {
  scale(inv, resource, kind, "Read");
  scale(inv, resource, kind, "Write");
}

TEST(dynamodb_autoscaling_enabled, on_demand_or_every_capacity_with_a_target_and_a_policy) {
  inventory inv = make_inventory({"us-east-1", "us-west-2"});
  inv.add(table({{"TableName", "on-demand"}, {"BillingModeSummary", {{"BillingMode", "PAY_PER_REQUEST"}}}}));
  inv.add(table(provisioned("scaled", 5, 5, json::array({{{"IndexName", "by-owner"}}}))));
  scale_both(inv, "table/scaled", "table");
  scale_both(inv, "table/scaled/index/by-owner", "index");
  inv.add(table(provisioned("index-fixed", 5, 5, json::array({{{"IndexName", "by-owner"}}}))));
  scale_both(inv, "table/index-fixed", "table");
  inv.add(table(provisioned("reads-only", 5, 5)));
  scale(inv, "table/reads-only", "table", "Read");
  inv.add(table(provisioned("no-policy", 5, 5)));
  scale(inv, "table/no-policy", "table", "Read", 5, 100, 70, false);
  scale(inv, "table/no-policy", "table", "Write", 5, 100, 70, false);
  inv.add(table(provisioned("elsewhere", 5, 5)));  // its targets are another region's table
  scale(inv, "table/elsewhere", "table", "Read", 5, 100, 70, true, "us-west-2");
  scale(inv, "table/elsewhere", "table", "Write", 5, 100, 70, true, "us-west-2");
  auto v = run(inv, "DYNAMODB_AUTOSCALING_ENABLED");
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(v[0].result, compliance::compliant);
  EXPECT_EQ(v[1].result, compliance::compliant);
  EXPECT_EQ(v[2].result, compliance::non_compliant);
  EXPECT_NE(v[2].annotation.find("index by-owner"), std::string::npos) << v[2].annotation;
  EXPECT_EQ(v[3].result, compliance::non_compliant);
  EXPECT_NE(v[3].annotation.find("write capacity"), std::string::npos) << v[3].annotation;
  EXPECT_EQ(v[4].result, compliance::non_compliant);
  EXPECT_NE(v[4].annotation.find("no scaling policy"), std::string::npos) << v[4].annotation;
  EXPECT_EQ(v[5].result, compliance::non_compliant) << "targets in another region do not count";
}

TEST(dynamodb_autoscaling_enabled, bound_parameters_must_equal_the_targets_and_policies) {
  inventory inv = make_inventory();
  inv.add(table(provisioned("t", 5, 5)));
  scale(inv, "table/t", "table", "Read", 5, 100, 70.0);
  scale(inv, "table/t", "table", "Write", 10, 200, 50.5);
  inv.add(table({{"TableName", "on-demand"}, {"BillingModeSummary", {{"BillingMode", "PAY_PER_REQUEST"}}}}));
  std::map<std::string, std::string> matching = {
      {"minProvisionedReadCapacity", "5"},  {"maxProvisionedReadCapacity", "100"},  {"targetReadUtilization", "70"},
      {"minProvisionedWriteCapacity", "10"}, {"maxProvisionedWriteCapacity", "200"}, {"targetWriteUtilization", "50.5"}};
  auto v = run(inv, "DYNAMODB_AUTOSCALING_ENABLED", matching);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].result, compliance::compliant) << v[0].annotation;
  EXPECT_EQ(v[1].result, compliance::compliant);
  for (const auto& [name, other] : std::map<std::string, std::string>{{"minProvisionedReadCapacity", "1"},
                                                                       {"maxProvisionedReadCapacity", "1000"},
                                                                       {"targetReadUtilization", "70.5"},
                                                                       {"minProvisionedWriteCapacity", "5"},
                                                                       {"maxProvisionedWriteCapacity", "100"},
                                                                       {"targetWriteUtilization", "50"}}) {
    auto changed = matching;
    changed[name] = other;
    auto w = run(inv, "DYNAMODB_AUTOSCALING_ENABLED", changed);
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[0].result, compliance::non_compliant) << name;
    EXPECT_NE(w[0].annotation.find(name), std::string::npos) << w[0].annotation;
    EXPECT_EQ(w[1].result, compliance::compliant) << "on demand whatever " << name << " says";
  }
  auto bad = evaluate_pack(inv, {{"DYNAMODB_AUTOSCALING_ENABLED", "r", {{"targetReadUtilization", "0x46"}}}});
  ASSERT_EQ(bad.parameter_errors.size(), 1u);
  EXPECT_NE(bad.parameter_errors[0].find("must be a number, got '0x46'"), std::string::npos) << bad.parameter_errors[0];
  auto huge = evaluate_pack(inv, {{"DYNAMODB_AUTOSCALING_ENABLED", "r", {{"targetWriteUtilization", "1e999"}}}});
  ASSERT_EQ(huge.parameter_errors.size(), 1u);
  EXPECT_NE(huge.parameter_errors[0].find("out of range"), std::string::npos) << huge.parameter_errors[0];
}

TEST(dynamodb_throughput_limit_check, indexes_count_and_reaching_the_threshold_fails) {
  inventory inv = make_inventory({"us-east-1", "us-west-2", "eu-west-1"});
  json quota = {{"AccountMaxReadCapacityUnits", 1000}, {"AccountMaxWriteCapacityUnits", 1000}};
  for (const char* region : {"us-east-1", "us-west-2"}) inv.set_document("dynamodb.limits", region, quota);
  inv.set_document("dynamodb.limits", "eu-west-1", json::object());
  // us-east-1: 500 + 299 read units = 79.9%; us-west-2: 600 + 200 write units = 80% exactly.
  inv.add(table(provisioned("a", 500, 10, json::array({{{"IndexName", "i"},
                                                         {"ProvisionedThroughput", {{"ReadCapacityUnits", 299}}}}}))));
  inv.add(table(provisioned("b", 10, 600, json::array({{{"IndexName", "i"},
                                                         {"ProvisionedThroughput", {{"WriteCapacityUnits", 200}}}}})),
                "us-west-2"));
  auto v = run(inv, "DYNAMODB_THROUGHPUT_LIMIT_CHECK");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].region, "us-east-1");
  EXPECT_EQ(v[0].result, compliance::compliant) << v[0].annotation;
  EXPECT_EQ(v[1].result, compliance::non_compliant);
  EXPECT_NE(v[1].annotation.find("800 of 1000 write"), std::string::npos) << v[1].annotation;
  EXPECT_EQ(v[2].result, compliance::insufficient_data) << "no quota to compare with";
  auto lowered = run(inv, "DYNAMODB_THROUGHPUT_LIMIT_CHECK", {{"accountRCUThresholdPercentage", "70"}});
  EXPECT_EQ(lowered[0].result, compliance::non_compliant);
  auto raised = run(inv, "DYNAMODB_THROUGHPUT_LIMIT_CHECK", {{"accountWCUThresholdPercentage", "81"}});
  EXPECT_EQ(raised[1].result, compliance::compliant);
}

}  // namespace
}  // namespace engine
