// STS GetCallerIdentity through HTTP: the account of the signing credentials.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

TEST(sts_get_caller_identity, answers_the_default_account_for_the_example_keys) {
  scenario_server server("global:\n  iam: {}\n");
  auto outcome = server.client().call("sts", "GetCallerIdentity");
  ASSERT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
  EXPECT_EQ(outcome.http_status, 200u);
  EXPECT_EQ(outcome.output, json({{"UserId", "123456789012"},
                                  {"Account", "123456789012"},
                                  {"Arn", "arn:aws:iam::123456789012:root"}}));
}

constexpr const char* own_keys = R"yaml(
account_id: "210987654321"
credentials:
  - access_key_id: AKIACLINICEXAMPLE001
    secret_access_key: clinicSecretKeyExample0000000000000000001
)yaml";

TEST(sts_get_caller_identity, answers_the_account_the_scenarios_keys_belong_to) {
  scenario_server server(own_keys);
  aws_test_client client = server.client();
  client.set_credentials({"AKIACLINICEXAMPLE001", "clinicSecretKeyExample0000000000000000001", ""});
  auto outcome = client.call("sts", "GetCallerIdentity");
  ASSERT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
  EXPECT_EQ(outcome.output["Account"], "210987654321");
  EXPECT_EQ(outcome.output["Arn"], "arn:aws:iam::210987654321:root");
  EXPECT_EQ(outcome.output["UserId"], "210987654321");
}

TEST(sts_get_caller_identity, is_the_same_from_any_region) {
  scenario_server server(own_keys);
  aws_test_client client = server.client();
  client.set_credentials({"AKIACLINICEXAMPLE001", "clinicSecretKeyExample0000000000000000001", ""});
  client.set_region("eu-west-1");
  auto outcome = client.call("sts", "GetCallerIdentity");
  ASSERT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
  EXPECT_EQ(outcome.output["Account"], "210987654321");
}

TEST(sts_get_caller_identity, rejects_keys_the_scenario_does_not_declare) {
  // A scenario with its own keys no longer accepts the documentation example pair.
  scenario_server server(own_keys);
  auto outcome = server.client().call("sts", "GetCallerIdentity");
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "InvalidClientTokenId");
  EXPECT_EQ(outcome.http_status, 403u);
}

TEST(sts_get_caller_identity, rejects_a_wrong_secret) {
  scenario_server server(own_keys);
  aws_test_client client = server.client();
  client.set_credentials({"AKIACLINICEXAMPLE001", "not-the-secret", ""});
  auto outcome = client.call("sts", "GetCallerIdentity");
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "SignatureDoesNotMatch");
  EXPECT_EQ(outcome.http_status, 403u);
}

}  // namespace
}  // namespace hipaasim::testing
