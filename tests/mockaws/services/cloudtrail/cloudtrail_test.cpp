// CloudTrail through HTTP: home and shadow trails, lookups by name and ARN, logging status and
// event selectors with AWS's defaults and TrailNotFoundException.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    s3:
      # Every trail writes to a bucket of the account (the scenario validator checks it).
      Buckets: [{Name: org-logs}, {Name: local-logs}, {Name: adv-logs}]
    cloudtrail:
      Trails:
        - Name: main
          S3BucketName: org-logs
          IsMultiRegionTrail: true
          IncludeGlobalServiceEvents: true
          LogFileValidationEnabled: true
          KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/k1
          Status:
            IsLogging: true
            LatestDeliveryTime: 2026-10-31T23:00:00Z
            StartLoggingTime: 2026-01-01T00:00:00Z
            TimeLoggingStarted: "2026-01-01T00:00:00Z"
          EventSelectors:
            - ReadWriteType: WriteOnly
              IncludeManagementEvents: true
              DataResources: [{Type: "AWS::S3::Object", Values: ["arn:aws:s3:::phi-bucket/"]}]
        - Name: local
          S3BucketName: local-logs
          IsMultiRegionTrail: false
        - Name: advanced
          S3BucketName: adv-logs
          AdvancedEventSelectors:
            - Name: s3-data
              FieldSelectors:
                - {Field: eventCategory, Equals: [Data]}
                - {Field: resources.type, Equals: ["AWS::S3::Object"]}
  eu-west-1:
    s3:
      Buckets: [{Name: eu-logs}, {Name: stale-copy}]
    cloudtrail:
      Trails:
        - {Name: eu-local, S3BucketName: eu-logs}
        # A shadow copy pasted from `describe-trails` in eu-west-1: the home copy wins.
        - {Name: main, HomeRegion: us-east-1, IsMultiRegionTrail: true, S3BucketName: stale-copy,
           TrailARN: "arn:aws:cloudtrail:us-east-1:123456789012:trail/main"}
  ap-south-1:
    s3:
      Buckets: [{Name: ap-logs}]
    cloudtrail:
      Trails:
        - {Name: ap-wide, S3BucketName: ap-logs, IsMultiRegionTrail: true}
)yaml";

const std::string main_arn = "arn:aws:cloudtrail:us-east-1:123456789012:trail/main";
const std::string eu_local_arn = "arn:aws:cloudtrail:eu-west-1:123456789012:trail/eu-local";
const std::string ap_wide_arn = "arn:aws:cloudtrail:ap-south-1:123456789012:trail/ap-wide";

class cloudtrail : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  json ok(std::string_view operation, const json& input = json::object()) {
    auto outcome = client_.call("cloudtrail", operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    return outcome.output;
  }
  json names(const json& input = json::object()) {
    json out = json::array();
    json trails = ok("DescribeTrails", input)["trailList"];
    for (const auto& t : trails) out.push_back(t["Name"]);
    return out;
  }
  void expect_not_found(std::string_view operation, const json& input, const std::string& arn) {
    auto outcome = client_.call("cloudtrail", operation, input);
    ASSERT_TRUE(outcome.error) << input.dump();
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->code, "TrailNotFoundException");
    EXPECT_EQ(outcome.error->message, "Unknown trail: " + arn + " for the user: 123456789012");
  }
};

TEST_F(cloudtrail, describe_trails_lists_home_trails_then_shadow_trails) {
  EXPECT_EQ(names(), json({"main", "local", "advanced", "ap-wide"}));
  EXPECT_EQ(names({{"includeShadowTrails", true}}), json({"main", "local", "advanced", "ap-wide"}));
  EXPECT_EQ(names({{"includeShadowTrails", false}}), json({"main", "local", "advanced"}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(names(), json({"eu-local", "ap-wide", "main"}));
  EXPECT_EQ(names({{"includeShadowTrails", false}}), json({"eu-local"}));
  client_.set_region("sa-east-1");
  EXPECT_EQ(names(), json({"ap-wide", "main"}));
  EXPECT_EQ(names({{"includeShadowTrails", false}}), json::array());
}

TEST_F(cloudtrail, describe_trails_fills_home_region_and_arn) {
  client_.set_region("eu-west-1");
  json trails = ok("DescribeTrails")["trailList"];
  ASSERT_EQ(trails.size(), 3u);
  EXPECT_EQ(trails[0]["HomeRegion"], "eu-west-1");
  EXPECT_EQ(trails[0]["TrailARN"], eu_local_arn);
  EXPECT_EQ(trails[1]["HomeRegion"], "ap-south-1");
  EXPECT_EQ(trails[1]["TrailARN"], ap_wide_arn);
  EXPECT_EQ(trails[2]["HomeRegion"], "us-east-1");
  EXPECT_EQ(trails[2]["TrailARN"], main_arn);
  // The home region's declaration is the trail; the pasted shadow copy adds nothing.
  EXPECT_EQ(trails[2]["S3BucketName"], "org-logs");
  EXPECT_EQ(trails[2]["LogFileValidationEnabled"], true);
  EXPECT_EQ(trails[2]["KmsKeyId"], "arn:aws:kms:us-east-1:123456789012:key/k1");
  // Sub-documents served by other calls are not part of the trail.
  EXPECT_FALSE(trails[2].contains("Status"));
  EXPECT_FALSE(trails[2].contains("EventSelectors"));
}

TEST_F(cloudtrail, describe_trails_by_name_finds_home_trails_only) {
  EXPECT_EQ(names({{"trailNameList", {"local", "main"}}}), json({"local", "main"}));
  EXPECT_EQ(names({{"trailNameList", {"eu-local", "ap-wide", "nope"}}}), json::array());
  client_.set_region("eu-west-1");
  EXPECT_EQ(names({{"trailNameList", {"main"}}}), json::array());
}

TEST_F(cloudtrail, describe_trails_by_arn_finds_trails_of_any_region) {
  EXPECT_EQ(names({{"trailNameList", {eu_local_arn, main_arn, main_arn}}}), json({"eu-local", "main"}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(names({{"trailNameList", {main_arn}}, {"includeShadowTrails", false}}), json({"main"}));
  EXPECT_EQ(names({{"trailNameList", {"arn:aws:cloudtrail:eu-west-1:123456789012:trail/nope"}}}), json::array());
}

TEST_F(cloudtrail, get_trail_status_returns_the_declared_status) {
  json status = ok("GetTrailStatus", {{"Name", "main"}});
  EXPECT_EQ(status, json({{"IsLogging", true},
                          {"LatestDeliveryTime", "2026-10-31T23:00:00Z"},
                          {"StartLoggingTime", "2026-01-01T00:00:00Z"},
                          {"TimeLoggingStarted", "2026-01-01T00:00:00Z"}}));
  EXPECT_EQ(ok("GetTrailStatus", {{"Name", main_arn}}), status);
  // A shadow trail's status is read by its ARN in any region.
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("GetTrailStatus", {{"Name", main_arn}}), status);
}

TEST_F(cloudtrail, get_trail_status_defaults_to_a_trail_that_never_logged) {
  EXPECT_EQ(ok("GetTrailStatus", {{"Name", "local"}}), json({{"IsLogging", false},
                                                            {"LatestDeliveryAttemptTime", ""},
                                                            {"LatestNotificationAttemptTime", ""},
                                                            {"LatestNotificationAttemptSucceeded", ""},
                                                            {"LatestDeliveryAttemptSucceeded", ""},
                                                            {"TimeLoggingStarted", ""},
                                                            {"TimeLoggingStopped", ""}}));
}

TEST_F(cloudtrail, get_trail_status_answers_trail_not_found) {
  expect_not_found("GetTrailStatus", {{"Name", "nope"}}, "arn:aws:cloudtrail:us-east-1:123456789012:trail/nope");
  expect_not_found("GetTrailStatus", {{"Name", "eu-local"}},
                   "arn:aws:cloudtrail:us-east-1:123456789012:trail/eu-local");
  expect_not_found("GetTrailStatus", {{"Name", "arn:aws:cloudtrail:us-east-1:123456789012:trail/nope"}},
                   "arn:aws:cloudtrail:us-east-1:123456789012:trail/nope");
  // Outside its home region a trail is not found by name, even a multi-region one.
  client_.set_region("eu-west-1");
  expect_not_found("GetTrailStatus", {{"Name", "main"}}, "arn:aws:cloudtrail:eu-west-1:123456789012:trail/main");
}

TEST_F(cloudtrail, get_event_selectors_returns_the_declared_selectors) {
  json out = ok("GetEventSelectors", {{"TrailName", "main"}});
  EXPECT_EQ(out["TrailARN"], main_arn);
  ASSERT_EQ(out["EventSelectors"].size(), 1u);
  EXPECT_EQ(out["EventSelectors"][0]["ReadWriteType"], "WriteOnly");
  EXPECT_EQ(out["EventSelectors"][0]["DataResources"][0]["Values"], json({"arn:aws:s3:::phi-bucket/"}));
  EXPECT_FALSE(out.contains("AdvancedEventSelectors"));
  client_.set_region("ap-south-1");
  EXPECT_EQ(ok("GetEventSelectors", {{"TrailName", main_arn}}), out);
}

TEST_F(cloudtrail, get_event_selectors_returns_advanced_selectors_alone) {
  json out = ok("GetEventSelectors", {{"TrailName", "advanced"}});
  EXPECT_EQ(out["TrailARN"], "arn:aws:cloudtrail:us-east-1:123456789012:trail/advanced");
  EXPECT_FALSE(out.contains("EventSelectors"));
  ASSERT_EQ(out["AdvancedEventSelectors"].size(), 1u);
  EXPECT_EQ(out["AdvancedEventSelectors"][0]["Name"], "s3-data");
  EXPECT_EQ(out["AdvancedEventSelectors"][0]["FieldSelectors"][1]["Equals"], json({"AWS::S3::Object"}));
}

TEST_F(cloudtrail, get_event_selectors_defaults_to_all_management_events) {
  EXPECT_EQ(ok("GetEventSelectors", {{"TrailName", "local"}}),
            json({{"TrailARN", "arn:aws:cloudtrail:us-east-1:123456789012:trail/local"},
                  {"EventSelectors",
                   {{{"ReadWriteType", "All"},
                     {"IncludeManagementEvents", true},
                     {"DataResources", json::array()},
                     {"ExcludeManagementEventSources", json::array()}}}}}));
}

TEST_F(cloudtrail, get_event_selectors_answers_trail_not_found) {
  expect_not_found("GetEventSelectors", {{"TrailName", "nope"}},
                   "arn:aws:cloudtrail:us-east-1:123456789012:trail/nope");
  client_.set_region("ap-south-1");
  expect_not_found("GetEventSelectors", {{"TrailName", "main"}},
                   "arn:aws:cloudtrail:ap-south-1:123456789012:trail/main");
}

}  // namespace
}  // namespace hipaasim::testing
