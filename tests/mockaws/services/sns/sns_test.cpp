// SNS through HTTP (Query): ListTopics with NextToken paging (100 a page) and
// GetTopicAttributes, whose TopicArn and Owner AWS always answers, with NotFoundException.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    sns:
      Topics:
        - TopicArn: arn:aws:sns:us-east-1:123456789012:it-alerts
          Attributes: {DisplayName: IT alerts, KmsMasterKeyId: alias/clinic-audit}
        - TopicArn: arn:aws:sns:us-east-1:123456789012:reminders
)yaml";

TEST(sns, list_topics_gives_arns_only) {
  scenario_server server{scenario};
  auto out = server.client().call("sns", "ListTopics");
  ASSERT_FALSE(out.error) << out.error->message;
  EXPECT_EQ(out.output["Topics"], json::parse(R"([{"TopicArn": "arn:aws:sns:us-east-1:123456789012:it-alerts"},
                                                  {"TopicArn": "arn:aws:sns:us-east-1:123456789012:reminders"}])"));
  EXPECT_FALSE(out.output.contains("NextToken"));
}

TEST(sns, get_topic_attributes_adds_what_aws_always_answers) {
  scenario_server server{scenario};
  auto client = server.client();
  auto alerts = client.call("sns", "GetTopicAttributes", {{"TopicArn", "arn:aws:sns:us-east-1:123456789012:it-alerts"}});
  ASSERT_FALSE(alerts.error) << alerts.error->message;
  EXPECT_EQ(alerts.output["Attributes"],
            (json{{"TopicArn", "arn:aws:sns:us-east-1:123456789012:it-alerts"}, {"Owner", "123456789012"},
                  {"DisplayName", "IT alerts"}, {"KmsMasterKeyId", "alias/clinic-audit"}}));
  auto bare = client.call("sns", "GetTopicAttributes", {{"TopicArn", "arn:aws:sns:us-east-1:123456789012:reminders"}});
  ASSERT_FALSE(bare.error);
  EXPECT_FALSE(bare.output["Attributes"].contains("KmsMasterKeyId")) << "unencrypted: AWS's default";
}

TEST(sns, get_topic_attributes_of_a_missing_topic_is_not_found) {
  scenario_server server{scenario};
  auto out = server.client().call("sns", "GetTopicAttributes", {{"TopicArn", "arn:aws:sns:us-east-1:123456789012:gone"}});
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.http_status, 404u);
  EXPECT_EQ(out.error->code, "NotFound");
  EXPECT_EQ(out.error->message, "Topic does not exist");
}

TEST(sns, list_topics_pages_by_100) {
  std::string yaml = "regions:\n  us-east-1:\n    sns:\n      Topics:\n";
  for (int i = 0; i < 150; ++i)
    yaml += "        - TopicArn: arn:aws:sns:us-east-1:123456789012:t-" + std::to_string(i) + "\n";
  scenario_server server{yaml};
  auto client = server.client();
  auto first = client.call("sns", "ListTopics");
  ASSERT_FALSE(first.error);
  EXPECT_EQ(first.output["Topics"].size(), 100u);
  ASSERT_TRUE(first.output.contains("NextToken"));
  auto second = client.call("sns", "ListTopics", {{"NextToken", first.output["NextToken"]}});
  ASSERT_FALSE(second.error);
  EXPECT_EQ(second.output["Topics"].size(), 50u);
  EXPECT_EQ(second.output["Topics"][49]["TopicArn"], "arn:aws:sns:us-east-1:123456789012:t-149");
  EXPECT_FALSE(second.output.contains("NextToken"));
}

}  // namespace
}  // namespace hipaasim::testing
