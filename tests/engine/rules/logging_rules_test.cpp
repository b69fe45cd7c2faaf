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
  EXPECT_EQ(x[0].annotation, "multi-region trail org excludes management events");
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
