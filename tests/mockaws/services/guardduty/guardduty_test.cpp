// GuardDuty through HTTP (REST-JSON): ListDetectors gives ids, GetDetector the detector without
// its id, GetAdministratorAccount the administrator or nothing; an unknown detector id is
// BadRequestException, as GuardDuty answers it.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    guardduty:
      Detectors:
        - DetectorId: 12abc34d567e8fa901bc2d34e56789f0
          Status: ENABLED
          Administrator: {AccountId: "999988887777", RelationshipStatus: Enabled}
  us-west-2:
    guardduty:
      Detectors:
        - {DetectorId: 0f0e0d0c0b0a09080706050403020100, Status: DISABLED}
)yaml";

TEST(guardduty, list_and_get_detector) {
  scenario_server server{scenario};
  auto client = server.client();
  auto ids = client.call("guardduty", "ListDetectors");
  ASSERT_FALSE(ids.error) << ids.error->message;
  EXPECT_EQ(ids.output["DetectorIds"], json::array({"12abc34d567e8fa901bc2d34e56789f0"}));
  auto detector = client.call("guardduty", "GetDetector", {{"DetectorId", "12abc34d567e8fa901bc2d34e56789f0"}});
  ASSERT_FALSE(detector.error) << detector.error->message;
  EXPECT_EQ(detector.output["Status"], "ENABLED");
  EXPECT_EQ(detector.output["FindingPublishingFrequency"], "SIX_HOURS");
  EXPECT_FALSE(detector.output.contains("DetectorId"));
  EXPECT_FALSE(detector.output.contains("Administrator"));
}

TEST(guardduty, administrator_account_or_none) {
  scenario_server server{scenario};
  auto east = server.client().call("guardduty", "GetAdministratorAccount", {{"DetectorId", "12abc34d567e8fa901bc2d34e56789f0"}});
  ASSERT_FALSE(east.error) << east.error->message;
  EXPECT_EQ(east.output["Administrator"]["AccountId"], "999988887777");
  auto west = aws_test_client(server.endpoint(), example_credentials(), "us-west-2").call("guardduty", "GetAdministratorAccount",
                                              {{"DetectorId", "0f0e0d0c0b0a09080706050403020100"}});
  ASSERT_FALSE(west.error) << west.error->message;
  EXPECT_FALSE(west.output.contains("Administrator"));
}

TEST(guardduty, an_unknown_detector_is_a_bad_request) {
  scenario_server server{scenario};
  auto out = server.client().call("guardduty", "GetDetector", {{"DetectorId", "0f0e0d0c0b0a09080706050403020100"}});
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.http_status, 400u);
  EXPECT_EQ(out.error->code, "BadRequestException");
}

}  // namespace
}  // namespace hipaasim::testing
