// Authentication through HTTP: each service family answers a bad signature, an unknown key and a
// missing signature with its own code and status (see mockaws/server/authenticator.cpp).

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

using mockaws::models::protocol;

constexpr const char* scenario = R"yaml(
credentials:
  - {access_key_id: AKIAHIPAASIMTEST0001, secret_access_key: right-secret}
  - {access_key_id: ASIAHIPAASIMTEMP0002, secret_access_key: temp-secret, session_token: the-token}
global:
  iam:
    Users: [{UserName: alice}]
)yaml";

struct family_case {
  std::string service;
  std::string operation;
  protocol wire;
  std::string bad_signature_code;
  unsigned bad_signature_status;
  std::string unknown_key_code;
  unsigned unknown_key_status;
  std::string missing_code;
  unsigned missing_status;
};

void PrintTo(const family_case& c, std::ostream* os) {
  *os << c.service << " over " << mockaws::models::protocol_name(c.wire);
}

class auth_family : public ::testing::TestWithParam<family_case> {
 protected:
  scenario_server server_{scenario};

  mockaws::protocol::call_outcome call_with(mockaws::sigv4::credentials creds) {
    aws_test_client client(server_.endpoint(), std::move(creds));
    return client.call(GetParam().service, GetParam().operation, json::object(), GetParam().wire);
  }
};

TEST_P(auth_family, wrong_secret_is_the_services_signature_error) {
  auto outcome = call_with({"AKIAHIPAASIMTEST0001", "wrong-secret", ""});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, GetParam().bad_signature_code);
  EXPECT_EQ(outcome.http_status, GetParam().bad_signature_status);
}

TEST_P(auth_family, unknown_key_is_the_services_unknown_key_error) {
  auto outcome = call_with({"AKIANOBODYHASTHIS000", "whatever", ""});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, GetParam().unknown_key_code);
  EXPECT_EQ(outcome.http_status, GetParam().unknown_key_status);
}

TEST_P(auth_family, unsigned_request_is_the_services_missing_token_error) {
  aws_test_client client(server_.endpoint());
  auto request = client.build(GetParam().service, GetParam().operation, json::object(), GetParam().wire);
  // What signing added goes; what the protocol needs (X-Amz-Target) stays.
  std::erase_if(request.headers, [](const auto& h) {
    return h.first == "authorization" || h.first == "x-amz-date" ||
           h.first == "x-amz-content-sha256" || h.first == "x-amz-security-token";
  });
  if (GetParam().service == "s3") request.set_header("host", "s3.us-east-1.amazonaws.com");
  if (GetParam().service == "ec2") request.set_header("host", "ec2.us-east-1.amazonaws.com");
  if (GetParam().service == "lambda") request.set_header("host", "lambda.us-east-1.amazonaws.com");
  auto response = client.send(request);
  const auto* model = mockaws::models::model_registry::embedded().find(GetParam().service);
  auto outcome = mockaws::protocol::codec_for(GetParam().wire)
                     .decode_response(*model, *model->find_operation(GetParam().operation), response);
  ASSERT_TRUE(outcome.error) << response.body;
  EXPECT_EQ(outcome.error->code, GetParam().missing_code);
  EXPECT_EQ(response.status, GetParam().missing_status);
}

INSTANTIATE_TEST_SUITE_P(
    families, auth_family,
    ::testing::Values(
        family_case{"iam", "ListUsers", protocol::query, "SignatureDoesNotMatch", 403,
                    "InvalidClientTokenId", 403, "MissingAuthenticationToken", 403},
        family_case{"ec2", "DescribeInstances", protocol::ec2, "AuthFailure", 401, "AuthFailure",
                    401, "MissingAuthenticationToken", 401},
        family_case{"dynamodb", "ListTables", protocol::json, "InvalidSignatureException", 400,
                    "UnrecognizedClientException", 400, "MissingAuthenticationTokenException", 400},
        family_case{"cloudwatch", "DescribeAlarms", protocol::json, "InvalidSignatureException", 400,
                    "UnrecognizedClientException", 400, "MissingAuthenticationTokenException", 400},
        family_case{"lambda", "ListFunctions", protocol::rest_json, "InvalidSignatureException",
                    403, "UnrecognizedClientException", 403,
                    "MissingAuthenticationTokenException", 403},
        family_case{"s3", "ListBuckets", protocol::rest_xml, "SignatureDoesNotMatch", 403,
                    "InvalidAccessKeyId", 403, "AccessDenied", 403}));

TEST(authentication, right_secret_is_accepted_and_the_message_explains_a_mismatch) {
  scenario_server server(scenario);
  aws_test_client good(server.endpoint(), {"AKIAHIPAASIMTEST0001", "right-secret", ""});
  auto ok = good.call("iam", "ListUsers");
  ASSERT_FALSE(ok.error) << ok.error->message;
  EXPECT_EQ(ok.output["Users"][0]["UserName"], "alice");

  aws_test_client bad(server.endpoint(), {"AKIAHIPAASIMTEST0001", "wrong", ""});
  auto outcome = bad.call("iam", "ListUsers");
  ASSERT_TRUE(outcome.error);
  EXPECT_NE(outcome.error->message.find("The Canonical String for this request should have been"),
            std::string::npos)
      << outcome.error->message;
}

TEST(authentication, session_credentials_need_their_token) {
  scenario_server server(scenario);
  aws_test_client with_token(server.endpoint(), {"ASIAHIPAASIMTEMP0002", "temp-secret", "the-token"});
  EXPECT_FALSE(with_token.call("iam", "ListUsers").error);

  aws_test_client without(server.endpoint(), {"ASIAHIPAASIMTEMP0002", "temp-secret", ""});
  auto missing = without.call("iam", "ListUsers");
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.error->code, "InvalidClientTokenId");

  aws_test_client wrong(server.endpoint(), {"ASIAHIPAASIMTEMP0002", "temp-secret", "other-token"});
  ASSERT_TRUE(wrong.call("iam", "ListUsers").error);
}

TEST(authentication, scenario_without_credentials_accepts_the_aws_example_pair) {
  scenario_server server("global: {iam: {Users: []}}");
  EXPECT_FALSE(server.client().call("iam", "ListUsers").error);
}

TEST(authentication, garbled_authorization_is_incomplete_signature) {
  scenario_server server(scenario);
  aws_test_client client(server.endpoint());
  auto request = client.build("iam", "ListUsers");
  request.set_header("authorization", "AWS4-HMAC-SHA256 Credential=garbage, Signature=zz");
  auto response = client.send(request);
  EXPECT_EQ(response.status, 400u);
  EXPECT_NE(response.body.find("<Code>IncompleteSignature</Code>"), std::string::npos)
      << response.body;
}

TEST(authentication, a_request_signed_long_ago_has_expired) {
  scenario_server server(scenario);
  aws_test_client client(server.endpoint(), {"AKIAHIPAASIMTEST0001", "right-secret", ""});
  auto request = mockaws::protocol::codec_for(protocol::query)
                     .encode_request(*mockaws::models::model_registry::embedded().find("iam"),
                                     *mockaws::models::model_registry::embedded().find("iam")->find_operation("ListUsers"),
                                     json::object());
  request.set_header("host", client.host());
  mockaws::sigv4::sign_options options;
  options.scope = {"us-east-1", "iam"};
  options.time = std::chrono::system_clock::now() - std::chrono::minutes(20);
  mockaws::sigv4::sign(request, {"AKIAHIPAASIMTEST0001", "right-secret", ""}, options);
  auto response = client.send(request);
  EXPECT_EQ(response.status, 400u);
  EXPECT_NE(response.body.find("<Code>RequestExpired</Code>"), std::string::npos) << response.body;
}

TEST(authentication, presigned_get_is_verified_from_the_query_string) {
  scenario_server server(scenario);
  aws_test_client client(server.endpoint());
  mockaws::http::request request{"GET", "/?Action=ListUsers&Version=2010-05-08", {}, {}};
  request.set_header("host", client.host());
  mockaws::sigv4::sign_options options;
  options.scope = {"us-east-1", "iam"};
  options.time = std::chrono::system_clock::now();
  mockaws::sigv4::presign(request, {"AKIAHIPAASIMTEST0001", "right-secret", ""}, options,
                          std::chrono::seconds(60));
  auto response = client.send(request);
  EXPECT_EQ(response.status, 200u) << response.body;
  EXPECT_NE(response.body.find("<UserName>alice</UserName>"), std::string::npos);
}

TEST(authentication, verification_can_be_turned_off) {
  mockaws::server::mock_options options;
  options.auth.verify_signatures = false;
  scenario_server server(scenario, options);
  aws_test_client wrong(server.endpoint(), {"AKIANOBODYHASTHIS000", "nope", ""});
  auto outcome = wrong.call("iam", "ListUsers");
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.output["Users"].size(), 1u);
}

}  // namespace
}  // namespace hipaasim::testing
