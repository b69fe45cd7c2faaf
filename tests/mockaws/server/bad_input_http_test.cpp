// Bad input over HTTP: each gets its protocol's error (or, cut off mid-body, a closed
// connection), and the server goes on serving the next request.

#include <gtest/gtest.h>

#include <boost/asio.hpp>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

namespace asio = boost::asio;

constexpr const char* scenario = R"yaml(
global:
  iam:
    Users: [{UserName: alice}, {UserName: bob}]
)yaml";

class bad_input : public ::testing::Test {
 protected:
  static mockaws::server::mock_options small_body_limit() {
    mockaws::server::mock_options options;
    options.http.max_body_bytes = 4096;
    options.http.read_timeout = std::chrono::milliseconds(2000);
    return options;
  }

  // The server still answers a good request on the same client (and connection when kept).
  void expect_still_serving() {
    auto outcome = client_.call("iam", "ListUsers");
    ASSERT_FALSE(outcome.error) << outcome.error->message;
    EXPECT_EQ(outcome.output["Users"].size(), 2u);
  }

  mockaws::http::response send_signed(mockaws::http::request request, std::string_view service) {
    client_.sign(request, service);
    return client_.send(std::move(request));
  }

  scenario_server server_{scenario, small_body_limit()};
  aws_test_client client_ = server_.client();
};

TEST_F(bad_input, malformed_json_is_serialization_exception_in_a_json_envelope) {
  auto response = send_signed({"POST", "/",
                               {{"content-type", "application/x-amz-json-1.0"},
                                {"x-amz-target", "DynamoDB_20120810.ListTables"}},
                               R"({"Limit": 3,)"},
                              "dynamodb");
  EXPECT_EQ(response.status, 400u);
  EXPECT_EQ(response.header("x-amzn-errortype"), "SerializationException");
  auto body = json::parse(response.body);
  EXPECT_EQ(body["__type"], "SerializationException");
  EXPECT_NE(body["message"].get<std::string>().find("not JSON"), std::string::npos);
  expect_still_serving();
}

TEST_F(bad_input, malformed_form_body_is_malformed_query_string_in_xml) {
  auto response = send_signed({"POST", "/",
                               {{"content-type", "application/x-www-form-urlencoded"}},
                               "Action=ListUsers&Version=2010-05-08&Marker=%ZZ"},
                              "iam");
  EXPECT_EQ(response.status, 404u);
  EXPECT_NE(response.body.find("<ErrorResponse"), std::string::npos) << response.body;
  EXPECT_NE(response.body.find("<Code>MalformedQueryString</Code>"), std::string::npos);
  expect_still_serving();
}

TEST_F(bad_input, unknown_action_is_invalid_action) {
  auto response = send_signed({"POST", "/",
                               {{"content-type", "application/x-www-form-urlencoded"}},
                               "Action=ListUnicorns&Version=2010-05-08"},
                              "iam");
  EXPECT_EQ(response.status, 400u);
  EXPECT_NE(response.body.find("<Code>InvalidAction</Code>"), std::string::npos) << response.body;
  expect_still_serving();
}

TEST_F(bad_input, unknown_target_is_unknown_operation) {
  auto response = send_signed({"POST", "/",
                               {{"content-type", "application/x-amz-json-1.0"},
                                {"x-amz-target", "DynamoDB_20120810.ListUnicorns"}},
                               "{}"},
                              "dynamodb");
  EXPECT_EQ(response.status, 400u);
  EXPECT_EQ(response.header("x-amzn-errortype"), "UnknownOperationException");
  expect_still_serving();
}

TEST_F(bad_input, known_operation_without_a_handler_is_not_implemented) {
  // A model operation mockaws does not serve (one of mockaws/models/not_served.tsv) answers 501
  // in the protocol's envelope.
  auto outcome = client_.call("elasticache", "DescribeCacheClusters");
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "NotImplemented");
  EXPECT_EQ(outcome.http_status, 501u);
  EXPECT_NE(outcome.error->message.find("elasticache:DescribeCacheClusters"), std::string::npos);
  expect_still_serving();
}

TEST_F(bad_input, body_over_the_limit_gets_413_in_the_protocol_and_the_connection_closes) {
  std::string big = R"({"ExclusiveStartTableName": ")" + std::string(8000, 'x') + R"("})";
  auto response = send_signed({"POST", "/",
                               {{"content-type", "application/x-amz-json-1.0"},
                                {"x-amz-target", "DynamoDB_20120810.ListTables"}},
                               big},
                              "dynamodb");
  EXPECT_EQ(response.status, 413u);
  EXPECT_EQ(response.header("x-amzn-errortype"), "RequestEntityTooLarge");
  EXPECT_EQ(json::parse(response.body)["__type"], "RequestEntityTooLarge");
  expect_still_serving();  // on a new connection: the client reconnects
}

TEST_F(bad_input, missing_authorization_is_missing_authentication_token) {
  auto response = client_.send({"POST", "/",
                                {{"content-type", "application/x-www-form-urlencoded"}},
                                "Action=ListUsers&Version=2010-05-08"});
  EXPECT_EQ(response.status, 403u);
  EXPECT_NE(response.body.find("<Code>MissingAuthenticationToken</Code>"), std::string::npos)
      << response.body;
  expect_still_serving();
}

TEST_F(bad_input, garbled_authorization_is_incomplete_signature) {
  auto response = client_.send({"POST", "/",
                                {{"content-type", "application/x-www-form-urlencoded"},
                                 {"authorization", "Bearer not-sigv4"}},
                                "Action=ListUsers&Version=2010-05-08"});
  EXPECT_EQ(response.status, 400u);
  EXPECT_NE(response.body.find("<Code>IncompleteSignature</Code>"), std::string::npos)
      << response.body;
  expect_still_serving();
}

TEST_F(bad_input, request_cut_off_mid_body_closes_that_connection_only) {
  std::string port = server_.endpoint().substr(server_.endpoint().rfind(':') + 1);
  asio::io_context io;
  asio::ip::tcp::socket socket(io);
  socket.connect({asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(std::stoi(port))});
  std::string partial =
      "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
      "Content-Length: 100\r\n\r\nAction=Lis";
  asio::write(socket, asio::buffer(partial));
  socket.shutdown(asio::ip::tcp::socket::shutdown_send);
  // The server reads EOF before the body is complete and closes without answering.
  std::array<char, 256> buffer{};
  boost::system::error_code ec;
  std::size_t n = socket.read_some(asio::buffer(buffer), ec);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(ec, asio::error::eof);
  expect_still_serving();
}

TEST_F(bad_input, unknown_service_gets_an_error_in_the_guessed_protocol) {
  mockaws::http::request request{"POST", "/",
                                 {{"content-type", "application/x-amz-json-1.1"},
                                  {"x-amz-target", "Nothing_2020.DoIt"}},
                                 "{}"};
  request.set_header("host", client_.host());
  mockaws::sigv4::sign_options options;
  options.scope = {"us-east-1", "no-such-service"};
  options.time = std::chrono::system_clock::now();
  mockaws::sigv4::sign(request, example_credentials(), options);
  auto response = client_.send(request);
  EXPECT_EQ(response.status, 400u);
  EXPECT_EQ(json::parse(response.body)["__type"], "UnknownOperationException");
  EXPECT_NE(response.body.find("no-such-service"), std::string::npos);
  expect_still_serving();
}

}  // namespace
}  // namespace hipaasim::testing
