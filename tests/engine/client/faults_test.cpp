// The client against a scripted server: what it retries (5xx, throttling, dropped connections),
// what it does not (AccessDenied), how it gives up (server_error, throttled, network), the retry
// quota, and what it signs. Delays are a few milliseconds; nothing asserts on time.

#include <gtest/gtest.h>

#include "tests/engine/client/client_test_support.hpp"
#include "tests/support/fault_server.hpp"

namespace engine::client {
namespace {

using hipaasim::testing::canned_response;
using hipaasim::testing::dropped_connection;
using hipaasim::testing::fault_server;
using hipaasim::testing::json_answer;
using hipaasim::testing::json_error;
using hipaasim::testing::query_error;
using testing::fast_options;

const canned_response tables = json_answer(R"({"TableNames":["orders"]})");

call_result list_tables(aws_client& client) {
  return client.call("dynamodb", "ListTables", json::object(), "us-east-1");
}

TEST(faults, a_503_then_200_succeeds_on_the_second_attempt) {
  fault_server server({{503, "", {}, false}}, tables);
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.output, json({{"TableNames", {"orders"}}}));
  EXPECT_EQ(r.attempts, 2u);
  EXPECT_EQ(r.requests, 2u);
  EXPECT_EQ(server.request_count(), 2u);
  EXPECT_EQ(client.stats().requests, 2u);
  EXPECT_EQ(client.stats().retries, 1u);
}

TEST(faults, a_throttling_error_then_success_succeeds) {
  fault_server server({json_error(400, "ThrottlingException", "Rate exceeded")}, tables);
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.attempts, 2u);
  EXPECT_EQ(client.stats().retries, 1u);
}

TEST(faults, always_500_gives_a_server_error_after_max_attempts) {
  fault_server server({}, json_error(500, "InternalServerError", "Something broke"));
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::server_error);
  EXPECT_EQ(r.error->code, "InternalServerError");
  EXPECT_EQ(r.error->http_status, 500u);
  EXPECT_EQ(r.attempts, 3u);
  EXPECT_EQ(server.request_count(), 3u);
  EXPECT_EQ(client.stats().retries, 2u);
  EXPECT_EQ(r.error->describe(),
            "dynamodb:ListTables in us-east-1: InternalServerError (500): Something broke");
}

TEST(faults, max_attempts_bounds_the_tries) {
  fault_server server({}, {503, "", {}, false});
  client_options options = fast_options(server.endpoint());
  options.max_attempts = 5;
  aws_client client(options);
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.attempts, 5u);
  EXPECT_EQ(server.request_count(), 5u);

  options.max_attempts = 1;
  aws_client no_retries(options);
  EXPECT_EQ(list_tables(no_retries).attempts, 1u);
  EXPECT_EQ(server.request_count(), 6u);
}

TEST(faults, a_proxy_page_instead_of_an_aws_error_still_counts_by_its_status) {
  canned_response proxy{503, "<html><body>Service Unavailable</body></html>",
                        {{"content-type", "text/html"}}, false};
  fault_server server({}, proxy);
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "ServiceUnavailable");
  EXPECT_EQ(r.error->kind, failure_kind::server_error);
  EXPECT_EQ(r.attempts, 3u);
}

TEST(faults, throttling_that_never_ends_is_reported_as_throttled) {
  fault_server server({}, json_error(400, "ProvisionedThroughputExceededException", "Slow down"));
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::throttled);
  EXPECT_EQ(r.error->code, "ProvisionedThroughputExceededException");
  EXPECT_EQ(r.attempts, 3u);
}

TEST(faults, access_denied_is_not_retried) {
  fault_server server({}, query_error(403, "AccessDenied",
                                      "User: arn:aws:iam::123456789012:user/audit is not "
                                      "authorized to perform: iam:ListUsers"));
  aws_client client(fast_options(server.endpoint()));
  call_result r = client.call("iam", "ListUsers", json::object(), "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.attempts, 1u);
  EXPECT_EQ(server.request_count(), 1u);
  EXPECT_EQ(r.error->kind, failure_kind::access_denied);
  EXPECT_EQ(r.error->http_status, 403u);
  EXPECT_EQ(r.error->describe(),
            "iam:ListUsers in us-east-1: AccessDenied (403): User: "
            "arn:aws:iam::123456789012:user/audit is not authorized to perform: iam:ListUsers");
  EXPECT_EQ(client.stats().retries, 0u);
}

TEST(faults, a_closed_port_is_a_network_error_after_the_retries) {
  const std::string endpoint = "http://127.0.0.1:" + std::to_string(hipaasim::testing::unused_port());
  aws_client client(fast_options(endpoint));
  call_result r = client.call("iam", "ListUsers", json::object(), "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::network);
  EXPECT_EQ(r.error->code, "NetworkError");
  EXPECT_EQ(r.error->http_status, 0u);
  EXPECT_EQ(r.error->message, "cannot connect to " + endpoint + ": Connection refused");
  EXPECT_EQ(r.error->describe(),
            "iam:ListUsers in us-east-1: NetworkError: cannot connect to " + endpoint +
                ": Connection refused");
  EXPECT_EQ(r.attempts, 3u);
  EXPECT_EQ(client.stats().requests, 3u);
}

TEST(faults, a_connection_dropped_without_an_answer_is_retried) {
  fault_server server({dropped_connection()}, tables);
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.attempts, 2u);
  EXPECT_EQ(server.request_count(), 2u);
}

TEST(faults, a_connection_always_dropped_ends_in_a_network_error_naming_the_endpoint) {
  fault_server server({}, dropped_connection());
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::network);
  EXPECT_EQ(r.error->message.rfind("connection to " + server.endpoint() + " failed while reading the answer: ", 0), 0u)
      << r.error->message;
  EXPECT_EQ(r.attempts, 3u);
}

TEST(faults, an_exhausted_retry_quota_stops_retrying) {
  fault_server server({}, {500, "", {}, false});
  client_options options = fast_options(server.endpoint());
  options.max_attempts = 5;
  options.retry_quota = 7;  // one retry (5 tokens), then not enough for another
  aws_client client(options);
  EXPECT_EQ(list_tables(client).attempts, 2u);
  EXPECT_EQ(list_tables(client).attempts, 1u);
  EXPECT_EQ(server.request_count(), 3u);
}

TEST(faults, an_answer_over_the_size_limit_is_malformed_and_not_retried) {
  fault_server server({}, json_answer(R"({"TableNames":[")" + std::string(1000, 'x') + R"("]})"));
  client_options options = fast_options(server.endpoint());
  options.max_response_bytes = 100;
  aws_client client(options);
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::malformed_response);
  EXPECT_EQ(r.error->message, "the answer from " + server.endpoint() + " is larger than 100 bytes");
  EXPECT_EQ(r.attempts, 1u);
}

TEST(faults, an_unreadable_success_body_is_a_malformed_response) {
  fault_server server({}, json_answer("this is not json"));
  aws_client client(fast_options(server.endpoint()));
  call_result r = list_tables(client);
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "MalformedResponse");
  EXPECT_EQ(r.error->kind, failure_kind::malformed_response);
  EXPECT_EQ(r.attempts, 1u);
}

TEST(faults, a_server_repeating_its_page_token_ends_in_an_error) {
  fault_server server({}, json_answer(R"({"TableNames":["a"],"LastEvaluatedTableName":"a"})"));
  aws_client client(fast_options(server.endpoint()));
  call_result r = client.call_all_pages("dynamodb", "ListTables", json::object(), "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "RepeatedPageToken");
  EXPECT_EQ(r.error->kind, failure_kind::malformed_response);
  EXPECT_EQ(r.error->service, "dynamodb");
  EXPECT_EQ(server.request_count(), 2u);
}

TEST(faults, requests_are_signed_for_the_region_with_the_injected_clock) {
  fault_server server({}, tables);
  client_options options = fast_options(server.endpoint());
  // 2026-11-01T00:00:00Z, as a scenario clock might say.
  options.now = [] { return mockaws::sigv4::clock_time(std::chrono::seconds(1'793'491'200)); };
  aws_client client(options);
  ASSERT_TRUE(client.call("dynamodb", "ListTables", json::object(), "eu-west-1").ok());
  ASSERT_TRUE(client.call("iam", "ListUsers", json::object(), "eu-west-1").error);  // JSON body
  auto requests = server.requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[0].header("x-amz-date"), "20261101T000000Z");
  EXPECT_EQ(requests[0].header("x-amz-target"), "DynamoDB_20120810.ListTables");
  EXPECT_EQ(requests[0].header("host"), server.endpoint().substr(7));
  EXPECT_EQ(requests[0].header("user-agent"), "hipaasim-engine/0.1");
  EXPECT_NE(requests[0].header("authorization").find("/20261101/eu-west-1/dynamodb/aws4_request"),
            std::string_view::npos);
  // IAM is global: signed for us-east-1 whatever region the caller names.
  EXPECT_NE(requests[1].header("authorization").find("/20261101/us-east-1/iam/aws4_request"),
            std::string_view::npos);
}

TEST(faults, keeps_one_connection_alive_across_calls) {
  fault_server server({}, tables);
  aws_client client(fast_options(server.endpoint()));
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(list_tables(client).ok());
  EXPECT_EQ(server.request_count(), 5u);
  EXPECT_EQ(server.connection_count(), 1u);
}

}  // namespace
}  // namespace engine::client
