// Which failures AWS's standard retry mode retries, how long it waits (as numbers, not timings),
// its retry quota, and how a final failure is classified and described.

#include <gtest/gtest.h>

#include "engine/client/retry.hpp"

namespace engine::client {
namespace {

using std::chrono::milliseconds;

TEST(retryable_answers, include_throttling_and_transient_codes_whatever_the_status) {
  for (const char* code :
       {"Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException",
        "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
        "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException", "RequestTimeout", "RequestTimeoutException", "InternalError",
        "InternalFailure", "ServiceUnavailable"})
    EXPECT_TRUE(retryable_answer(400, code)) << code;
}

TEST(retryable_answers, include_429_and_the_gateway_5xx_statuses) {
  for (unsigned status : {429u, 500u, 502u, 503u, 504u})
    EXPECT_TRUE(retryable_answer(status, "SomethingElse")) << status;
  EXPECT_FALSE(retryable_answer(501, "NotImplemented"));
}

TEST(retryable_answers, exclude_client_errors) {
  for (const char* code : {"AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
                           "ValidationException", "NoSuchEntity", "ResourceNotFoundException",
                           "SignatureDoesNotMatch", "InvalidClientTokenId"})
    EXPECT_FALSE(retryable_answer(400, code)) << code;
  EXPECT_FALSE(retryable_answer(403, "AccessDenied"));
  EXPECT_FALSE(retryable_answer(404, "NoSuchBucket"));
}

TEST(failure_classification, names_what_the_caller_can_act_on) {
  EXPECT_EQ(classify_answer(403, "AccessDenied"), failure_kind::access_denied);
  EXPECT_EQ(classify_answer(400, "AccessDeniedException"), failure_kind::access_denied);
  EXPECT_EQ(classify_answer(403, "UnauthorizedOperation"), failure_kind::access_denied);
  EXPECT_EQ(classify_answer(403, "AuthorizationError"), failure_kind::access_denied);
  EXPECT_EQ(classify_answer(403, "NotAuthorizedException"), failure_kind::access_denied);
  EXPECT_EQ(classify_answer(400, "UnknownOperationException"), failure_kind::not_implemented);
  EXPECT_EQ(classify_answer(400, "InvalidAction"), failure_kind::not_implemented);
  EXPECT_EQ(classify_answer(501, "NotImplemented"), failure_kind::not_implemented);
  EXPECT_EQ(classify_answer(501, "Whatever"), failure_kind::not_implemented);
  EXPECT_EQ(classify_answer(404, "NoSuchEntity"), failure_kind::not_found);
  EXPECT_EQ(classify_answer(404, "NoSuchBucket"), failure_kind::not_found);
  EXPECT_EQ(classify_answer(400, "ResourceNotFoundException"), failure_kind::not_found);
  EXPECT_EQ(classify_answer(400, "InvalidInstanceID.NotFound"), failure_kind::not_found);
  EXPECT_EQ(classify_answer(400, "ThrottlingException"), failure_kind::throttled);
  EXPECT_EQ(classify_answer(503, "SlowDown"), failure_kind::throttled);
  EXPECT_EQ(classify_answer(429, "TooManyRequestsException"), failure_kind::throttled);
  EXPECT_EQ(classify_answer(500, "InternalError"), failure_kind::server_error);
  EXPECT_EQ(classify_answer(503, "ServiceUnavailable"), failure_kind::server_error);
  EXPECT_EQ(classify_answer(400, "ValidationException"), failure_kind::client_error);
  EXPECT_EQ(classify_answer(200, "MalformedResponse"), failure_kind::malformed_response);
}

TEST(backoff, is_full_jitter_below_a_doubling_ceiling) {
  const milliseconds base{100};
  const milliseconds cap{20'000};
  EXPECT_EQ(backoff_delay(1, base, cap, 0.0), milliseconds(0));
  EXPECT_EQ(backoff_delay(1, base, cap, 0.5), milliseconds(50));
  EXPECT_EQ(backoff_delay(2, base, cap, 0.5), milliseconds(100));
  EXPECT_EQ(backoff_delay(3, base, cap, 0.5), milliseconds(200));
  EXPECT_EQ(backoff_delay(4, base, cap, 0.999), milliseconds(799));
}

TEST(backoff, never_exceeds_max_backoff_even_after_many_attempts) {
  const milliseconds cap{20'000};
  EXPECT_EQ(backoff_delay(10, milliseconds(1000), cap, 0.5), milliseconds(10'000));
  EXPECT_EQ(backoff_delay(200, milliseconds(1000), cap, 0.999), milliseconds(19'980));
}

TEST(backoff, jitter_stays_in_the_unit_interval) {
  for (int i = 0; i < 1000; ++i) {
    double r = jitter();
    ASSERT_GE(r, 0.0);
    ASSERT_LT(r, 1.0);
  }
}

TEST(retry_quota_test, stops_retries_when_spent_and_refills_on_success) {
  retry_quota quota(12);
  unsigned taken = 0;
  EXPECT_TRUE(quota.acquire(false, taken));
  EXPECT_EQ(taken, 5u);
  EXPECT_TRUE(quota.acquire(false, taken));
  EXPECT_FALSE(quota.acquire(false, taken));  // 2 left, a retry costs 5
  EXPECT_EQ(taken, 0u);
  quota.release(5);
  EXPECT_EQ(quota.available(), 7u);
  EXPECT_TRUE(quota.acquire(false, taken));
  EXPECT_FALSE(quota.acquire(true, taken));  // a timeout costs 10
  quota.release(0);                          // a first-try success gives one back
  EXPECT_EQ(quota.available(), 3u);
}

TEST(retry_quota_test, is_unlimited_when_disabled) {
  retry_quota quota(0);
  unsigned taken = 1;
  for (int i = 0; i < 1000; ++i) ASSERT_TRUE(quota.acquire(true, taken));
  EXPECT_EQ(taken, 0u);
}

TEST(call_errors, describe_themselves_on_one_line) {
  call_error denied{"AccessDenied", "User is not authorized\nto perform iam:ListUsers", 403,
                    failure_kind::access_denied, "iam", "ListUsers", "us-east-1"};
  EXPECT_EQ(denied.describe(),
            "iam:ListUsers in us-east-1: AccessDenied (403): User is not authorized to perform "
            "iam:ListUsers");
  call_error network{"NetworkError", "cannot connect to http://127.0.0.1:9: Connection refused", 0,
                     failure_kind::network, "ec2", "DescribeInstances", "eu-west-1"};
  EXPECT_EQ(network.describe(),
            "ec2:DescribeInstances in eu-west-1: NetworkError: cannot connect to "
            "http://127.0.0.1:9: Connection refused");
  EXPECT_EQ(failure_kind_name(failure_kind::malformed_response), "malformed_response");
}

}  // namespace
}  // namespace engine::client
