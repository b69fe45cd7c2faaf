// CloudTrail rules: per-region logging, the multi-region trail, log file validation.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

configuration_item trail(const std::string& name, const std::string& home, bool multi_region,
                         bool logging, bool validation = false) {
  auto t = item("AWS::CloudTrail::Trail", name,
                {{"Name", name}, {"HomeRegion", home}, {"IsMultiRegionTrail", multi_region},
                 {"LogFileValidationEnabled", validation}},
                home, name);
  t.supplementary["Status"] = {{"IsLogging", logging}};
  return t;
}

TEST(cloud_trail_enabled, each_region_needs_a_logging_trail_that_records_it) {
  inventory inv = make_inventory({"us-east-1", "us-west-2"});
  inv.add(trail("local", "us-east-1", false, true));
  auto e = run(inv, "CLOUD_TRAIL_ENABLED");
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0].region, "us-east-1");
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant) << "a single-region trail does not record us-west-2";

  inventory multi = make_inventory({"us-east-1", "us-west-2"});
  multi.add(trail("org", "us-east-1", true, true));
  for (const auto& v : run(multi, "CLOUD_TRAIL_ENABLED")) EXPECT_EQ(v.result, compliance::compliant) << v.region;

  inventory stopped = make_inventory();
  stopped.add(trail("stopped", "us-east-1", true, false));
  EXPECT_EQ(run(stopped, "CLOUD_TRAIL_ENABLED")[0].result, compliance::non_compliant);
}

TEST(multi_region_cloud_trail_enabled, needs_a_multi_region_trail_with_management_events) {
  inventory none = make_inventory({"us-east-1", "us-west-2"});
  none.add(trail("local", "us-east-1", false, true));
  auto e = run(none, "MULTI_REGION_CLOUD_TRAIL_ENABLED");
  ASSERT_EQ(e.size(), 2u) << "evaluated in every region";
  EXPECT_EQ(e[0].result, compliance::non_compliant);

  inventory ok = make_inventory();
  ok.add(trail("org", "us-east-1", true, true));
  EXPECT_EQ(run(ok, "MULTI_REGION_CLOUD_TRAIL_ENABLED")[0].result, compliance::compliant);

  inventory excluded = make_inventory();
  auto t = trail("org", "us-east-1", true, true);
  t.supplementary["EventSelectors"] = {
      {"EventSelectors", {{{"ReadWriteType", "All"}, {"IncludeManagementEvents", true},
                           {"ExcludeManagementEventSources", {"kms.amazonaws.com"}}}}}};
  excluded.add(t);
  auto x = run(excluded, "MULTI_REGION_CLOUD_TRAIL_ENABLED");
  EXPECT_EQ(x[0].result, compliance::non_compliant);
  EXPECT_EQ(x[0].annotation, "multi-region trail org does not count: it excludes management events from kms.amazonaws.com");
}

json advanced(std::vector<json> fields) {
  return {{"AdvancedEventSelectors", {{{"Name", "management"}, {"FieldSelectors", fields}}}}};
}

TEST(multi_region_cloud_trail_enabled, reads_advanced_selectors_as_aws_does) {
  auto with = [](json selectors) {
    inventory inv = make_inventory();
    auto t = trail("org", "us-east-1", true, true);
    t.supplementary["EventSelectors"] = std::move(selectors);
    inv.add(t);
    return inv;
  };
  json management = {{"Field", "eventCategory"}, {"Equals", {"Management"}}};
  EXPECT_EQ(run(with(advanced({management})), "MULTI_REGION_CLOUD_TRAIL_ENABLED")[0].result, compliance::compliant);
  auto no_kms = run(with(advanced({management, {{"Field", "eventSource"}, {"NotEquals", {"kms.amazonaws.com"}}}})),
                    "MULTI_REGION_CLOUD_TRAIL_ENABLED");
  EXPECT_EQ(no_kms[0].result, compliance::non_compliant) << "NotEquals kms is ExcludeManagementEventSources";
  EXPECT_EQ(no_kms[0].annotation,
            "multi-region trail org does not count: it excludes management events from kms.amazonaws.com");
  json data_only = advanced({{{"Field", "eventCategory"}, {"Equals", {"Data"}}},
                             {{"Field", "resources.type"}, {"Equals", {"AWS::S3::Object"}}}});
  EXPECT_EQ(run(with(data_only), "MULTI_REGION_CLOUD_TRAIL_ENABLED")[0].result, compliance::non_compliant);
  EXPECT_EQ(run(with(data_only), "MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"includeManagementEvents", "False"}})[0].result,
            compliance::compliant)
      << "includeManagementEvents false (any case) does not require them";
  json reads_only = advanced({management, {{"Field", "readOnly"}, {"Equals", {"true"}}}});
  EXPECT_EQ(run(with(reads_only), "MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"readWriteType", "ReadOnly"}})[0].result,
            compliance::compliant);
  auto writes = run(with(reads_only), "MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"readWriteType", "ALL"}});
  EXPECT_EQ(writes[0].result, compliance::non_compliant);
  EXPECT_EQ(writes[0].annotation,
            "multi-region trail org does not count: it records ReadOnly management events, not ALL");
  json basic_writes = {{"EventSelectors", {{{"ReadWriteType", "WriteOnly"}, {"IncludeManagementEvents", true}}}}};
  EXPECT_EQ(run(with(basic_writes), "MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"readWriteType", "ReadOnly"}})[0].result,
            compliance::non_compliant);
  EXPECT_EQ(run(with(basic_writes), "MULTI_REGION_CLOUD_TRAIL_ENABLED", {{"readWriteType", "WriteOnly"}})[0].result,
            compliance::compliant);
}

TEST(cloudtrail_rules, delivery_parameters_must_match) {
  inventory inv = make_inventory();
  auto t = trail("org", "us-east-1", true, true);
  t.configuration["S3BucketName"] = "trail-logs";
  t.configuration["SnsTopicARN"] = "arn:aws:sns:us-east-1:123456789012:trail";
  t.configuration["CloudWatchLogsLogGroupArn"] = "arn:aws:logs:us-east-1:123456789012:log-group:trail:*";
  inv.add(t);
  for (const char* rule : {"CLOUD_TRAIL_ENABLED", "MULTI_REGION_CLOUD_TRAIL_ENABLED"}) {
    EXPECT_EQ(run(inv, rule, {{"s3BucketName", "trail-logs"}})[0].result, compliance::compliant) << rule;
    auto other = run(inv, rule, {{"s3BucketName", "other-logs"}});
    EXPECT_EQ(other[0].result, compliance::non_compliant) << rule;
    EXPECT_NE(other[0].annotation.find("S3BucketName is trail-logs, not other-logs"), std::string::npos) << other[0].annotation;
    EXPECT_EQ(run(inv, rule, {{"snsTopicArn", "arn:aws:sns:us-east-1:123456789012:other"}})[0].result,
              compliance::non_compliant) << rule;
    EXPECT_EQ(run(inv, rule, {{"cloudWatchLogsLogGroupArn", "arn:aws:logs:us-east-1:123456789012:log-group:trail"}})[0].result,
              compliance::compliant) << rule << ": the log group's ARN without CloudTrail's :*";
  }
}

TEST(cloud_trail_log_file_validation_enabled, per_trail) {
  inventory inv = make_inventory();
  inv.add(trail("good", "us-east-1", true, true, true));
  inv.add(trail("bad", "us-east-1", false, true, false));
  auto e = run(inv, "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED");
  EXPECT_EQ(e[0].result, compliance::compliant);
  EXPECT_EQ(e[1].result, compliance::non_compliant);
}

}  // namespace
}  // namespace engine
