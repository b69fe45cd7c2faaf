// CloudWatch DescribeAlarms over both of its protocols, through HTTP.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

using mockaws::models::protocol;

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    cloudwatch:
      MetricAlarms:
        - {AlarmName: cpu-high, Threshold: 80, StateValue: ALARM,
           AlarmActions: ["arn:aws:sns:us-east-1:123456789012:ops"]}
        - {AlarmName: disk-full, Threshold: 90.5, StateValue: OK, AlarmActions: []}
        - {AlarmName: cpu-low, Threshold: 5, StateValue: OK}
      CompositeAlarms:
        - {AlarmName: service-down, AlarmRule: "ALARM(cpu-high)", StateValue: ALARM}
  eu-west-1:
    cloudwatch:
      MetricAlarms:
        - {AlarmName: eu-only, Threshold: 1}
)yaml";

class describe_alarms : public ::testing::TestWithParam<protocol> {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  json names(const json& input) {
    auto outcome = client_.call("cloudwatch", "DescribeAlarms", input, GetParam());
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    json out = json::array();
    for (const auto& a : outcome.output.value("MetricAlarms", json::array())) out.push_back(a["AlarmName"]);
    for (const auto& a : outcome.output.value("CompositeAlarms", json::array())) out.push_back(a["AlarmName"]);
    return out;
  }
};

TEST_P(describe_alarms, returns_metric_alarms_of_the_region_only_by_default) {
  EXPECT_EQ(names(json::object()), json({"cpu-high", "disk-full", "cpu-low"}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(names(json::object()), json({"eu-only"}));
}

TEST_P(describe_alarms, filters_by_name_prefix_state_and_action) {
  EXPECT_EQ(names({{"AlarmNamePrefix", "cpu"}}), json({"cpu-high", "cpu-low"}));
  EXPECT_EQ(names({{"StateValue", "OK"}}), json({"disk-full", "cpu-low"}));
  EXPECT_EQ(names({{"ActionPrefix", "arn:aws:sns"}}), json({"cpu-high"}));
  EXPECT_EQ(names({{"AlarmNames", {"disk-full", "nope"}}}), json({"disk-full"}));
  EXPECT_EQ(names({{"AlarmTypes", {"CompositeAlarm"}}}), json({"service-down"}));
}

TEST_P(describe_alarms, keeps_values_exact) {
  auto outcome = client_.call("cloudwatch", "DescribeAlarms", {{"AlarmNames", {"disk-full"}}}, GetParam());
  ASSERT_FALSE(outcome.error);
  EXPECT_EQ(outcome.output["MetricAlarms"][0]["Threshold"], 90.5);
  EXPECT_EQ(outcome.output["MetricAlarms"][0]["AlarmActions"], json::array());
}

TEST_P(describe_alarms, pages_with_max_records_and_next_token) {
  json seen = json::array();
  json input = {{"MaxRecords", 1}};
  for (int page = 0; page < 10; ++page) {
    auto outcome = client_.call("cloudwatch", "DescribeAlarms", input, GetParam());
    ASSERT_FALSE(outcome.error);
    ASSERT_EQ(outcome.output["MetricAlarms"].size(), 1u);
    seen.push_back(outcome.output["MetricAlarms"][0]["AlarmName"]);
    if (!outcome.output.contains("NextToken")) break;
    input["NextToken"] = outcome.output["NextToken"];
  }
  EXPECT_EQ(seen, json({"cpu-high", "disk-full", "cpu-low"}));
}

TEST_P(describe_alarms, rejects_a_token_it_did_not_issue) {
  auto outcome = client_.call("cloudwatch", "DescribeAlarms", {{"NextToken", "forged"}}, GetParam());
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "InvalidNextToken");
  EXPECT_EQ(outcome.http_status, 400u);
}

INSTANTIATE_TEST_SUITE_P(both_protocols, describe_alarms,
                         ::testing::Values(protocol::query, protocol::json),
                         [](const auto& param_info) {
                           return std::string(mockaws::models::protocol_name(param_info.param));
                         });

}  // namespace
}  // namespace hipaasim::testing
