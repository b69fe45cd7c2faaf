// DYNAMODB_AUTOSCALING_ENABLED (dynamodb-autoscaling-enabled): a DynamoDB table can absorb its
// load: it is on demand (BillingMode PAY_PER_REQUEST), or its provisioned read and write capacity
// scale, through Application Auto Scaling (DescribeScalableTargets and DescribeScalingPolicies,
// ServiceNamespace dynamodb). A table that throttles under load is an availability failure of
// the contingency plan (§164.308(a)(7)).
//
// Parameters (all optional, unset in the HIPAA pack): minProvisionedReadCapacity,
// maxProvisionedReadCapacity, minProvisionedWriteCapacity, maxProvisionedWriteCapacity (int) and
// targetReadUtilization, targetWriteUtilization (double).
//
// Readings where AWS's page is silent, pinned by scenarios/rules/dynamodb-autoscaling-enabled/:
//  - A provisioned table needs a scalable target with a scaling policy for each of its read and
//    write capacities, and so does each of its global secondary indexes (an index that cannot
//    scale throttles the table's writes); a target without a policy never scales.
//  - The capacity parameters state what the target should be: its MinCapacity (MaxCapacity)
//    must equal the min (max) parameter; the utilization parameters likewise the TargetValue of
//    the target-tracking policy on that capacity.
//  - An on-demand table is COMPLIANT whatever the parameters say: nothing is provisioned.

#include <cmath>

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

constexpr const char* target_type = "AWS::ApplicationAutoScaling::ScalableTarget";
constexpr const char* policy_type = "AWS::ApplicationAutoScaling::ScalingPolicy";

// One capacity that must scale: "table/orders" with "dynamodb:table:ReadCapacityUnits".
struct capacity {
  std::string resource;   // Application Auto Scaling's ResourceId
  std::string dimension;  // ScalableDimension
  bool read = true;
  std::string label;      // for annotations: "the table's read capacity"
};

const json* find_member(const rule_context& ctx, const char* type, const configuration_item& table,
                        const capacity& c) {
  for (const configuration_item* item : ctx.inv().items(type)) {
    const json& v = item->configuration;
    if (item->region == table.region && v.value("ResourceId", "") == c.resource &&
        v.value("ScalableDimension", "") == c.dimension)
      return &v;
  }
  return nullptr;
}

// The problem with one capacity's scaling, or "" when it scales as the parameters ask.
std::string problem(const rule_context& ctx, const configuration_item& table, const capacity& c) {
  const json* target = find_member(ctx, target_type, table, c);
  if (!target) return c.label + " does not auto scale (no scalable target)";
  const json* policy = find_member(ctx, policy_type, table, c);
  if (!policy) return c.label + " has a scalable target but no scaling policy";
  const char* kind = c.read ? "Read" : "Write";
  for (const char* bound : {"min", "max"}) {
    std::string parameter = std::string(bound) + "Provisioned" + kind + "Capacity";
    if (!ctx.is_set(parameter)) continue;
    const char* member = bound[1] == 'i' ? "MinCapacity" : "MaxCapacity";
    long long wanted = ctx.integer(parameter), actual = target->value(member, -1LL);
    if (actual != wanted)
      return c.label + " scales with " + member + " " + std::to_string(actual) + ", not " + parameter + " " +
             std::to_string(wanted);
  }
  std::string utilization = std::string("target") + kind + "Utilization";
  if (ctx.is_set(utilization)) {
    double wanted = ctx.decimal(utilization);
    const json tracking = policy->value("TargetTrackingScalingPolicyConfiguration", json::object());
    const json value = tracking.value("TargetValue", json());
    if (!value.is_number() || std::fabs(value.get<double>() - wanted) > 1e-9)
      return c.label + " tracks a target utilization of " + (value.is_number() ? value.dump() : "none") + ", not " +
             utilization + " " + ctx.text(utilization);
  }
  return {};
}

std::vector<capacity> capacities(const configuration_item& table) {
  std::string name = table.configuration.value("TableName", table.resource_id);
  std::vector<capacity> out;
  for (bool read : {true, false}) {
    std::string units = read ? "ReadCapacityUnits" : "WriteCapacityUnits";
    std::string what = read ? "read capacity" : "write capacity";
    out.push_back({"table/" + name, "dynamodb:table:" + units, read, "the table's " + what});
    for (const auto& index : table.configuration.value("GlobalSecondaryIndexes", json::array())) {
      std::string index_name = index.value("IndexName", "");
      out.push_back({"table/" + name + "/index/" + index_name, "dynamodb:index:" + units, read,
                     "index " + index_name + "'s " + what});
    }
  }
  return out;
}

verdict judge(const rule_context& ctx, const configuration_item& table) {
  const json& billing = table.configuration.value("BillingModeSummary", json::object());
  if (billing.value("BillingMode", "PROVISIONED") == "PAY_PER_REQUEST")
    return {compliance::compliant, "the table is on demand (PAY_PER_REQUEST)"};
  for (const capacity& c : capacities(table))
    if (std::string why = problem(ctx, table, c); !why.empty()) return {compliance::non_compliant, why};
  return {compliance::compliant, "the table's provisioned capacity auto scales"};
}

}  // namespace

rule_definition dynamodb_autoscaling_enabled() {
  auto capacity_parameter = [](std::string_view name, std::string_view meaning) {
    return parameter{.name = name, .kind = parameter_kind::integer, .meaning = meaning};
  };
  return {.identifier = "DYNAMODB_AUTOSCALING_ENABLED",
          .summary = "DynamoDB tables are on demand or their provisioned capacity auto scales",
          .resource_type = "AWS::DynamoDB::Table",
          .parameters = {capacity_parameter("minProvisionedReadCapacity", "the MinCapacity read targets must have"),
                         capacity_parameter("maxProvisionedReadCapacity", "the MaxCapacity read targets must have"),
                         {.name = "targetReadUtilization", .kind = parameter_kind::decimal,
                          .meaning = "the TargetValue (percent) read policies must track"},
                         capacity_parameter("minProvisionedWriteCapacity", "the MinCapacity write targets must have"),
                         capacity_parameter("maxProvisionedWriteCapacity", "the MaxCapacity write targets must have"),
                         {.name = "targetWriteUtilization", .kind = parameter_kind::decimal,
                          .meaning = "the TargetValue (percent) write policies must track"}},
          .reads = {.types = {"AWS::DynamoDB::Table", target_type, policy_type}},
          .judge = judge,
          .reading = "a provisioned table's read and write capacity, and each global secondary index's, need a "
                     "scalable target with a scaling policy; the capacity and utilization parameters must equal "
                     "the target's MinCapacity/MaxCapacity and the policy's TargetValue."};
}

}  // namespace engine::rules
