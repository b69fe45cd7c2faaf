// Security Hub through HTTP (REST-JSON): DescribeHub answers the hub with AWS's members where the
// scenario omits them, and InvalidAccessException (401) where Security Hub is not enabled.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    securityhub:
      Hub: {AutoEnableControls: false}
  us-west-2: {}
)yaml";

TEST(securityhub, describe_hub_fills_what_aws_answers) {
  scenario_server server{scenario};
  auto out = server.client().call("securityhub", "DescribeHub");
  ASSERT_FALSE(out.error) << out.error->message;
  EXPECT_EQ(out.output["HubArn"], "arn:aws:securityhub:us-east-1:123456789012:hub/default");
  EXPECT_EQ(out.output["AutoEnableControls"], false);
  EXPECT_EQ(out.output["SubscribedAt"], "2026-11-01T00:00:00Z");
}

TEST(securityhub, not_enabled_is_invalid_access) {
  scenario_server server{scenario};
  auto out = aws_test_client(server.endpoint(), example_credentials(), "us-west-2").call("securityhub", "DescribeHub");
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.http_status, 401u);
  EXPECT_EQ(out.error->code, "InvalidAccessException");
  EXPECT_EQ(out.error->message, "Account 123456789012 is not subscribed to AWS Security Hub");
}

TEST(securityhub, another_hub_arn_is_not_found) {
  scenario_server server{scenario};
  auto out = server.client().call("securityhub", "DescribeHub",
                                  {{"HubArn", "arn:aws:securityhub:us-east-1:999988887777:hub/default"}});
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->code, "ResourceNotFoundException");
}

}  // namespace
}  // namespace hipaasim::testing
