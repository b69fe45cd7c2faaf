// HTTPS: the client verifies the server's certificate chain and host name (against the system's
// CAs, or the bundle it is given), and a certificate that does not verify fails at once with a
// clear message instead of being retried. The certificate is made at run time for "localhost".

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include <unistd.h>

#include "tests/engine/client/client_test_support.hpp"
#include "tests/support/fault_server.hpp"
#include "tests/support/tls_identity.hpp"

namespace engine::client {
namespace {

using hipaasim::testing::fault_server;
using hipaasim::testing::json_answer;
using testing::fast_options;

class tls : public ::testing::Test {
 protected:
  void SetUp() override {
    ca_file_ = (std::filesystem::temp_directory_path() /
                ("engine-client-ca-" + std::to_string(::getpid()) + ".pem"))
                   .string();
    std::ofstream(ca_file_) << identity_.certificate_pem;
  }
  void TearDown() override { std::remove(ca_file_.c_str()); }

  // The server's endpoint by the name its certificate carries.
  std::string by_name() const {
    std::string url = server_.endpoint();
    return url.replace(url.find("127.0.0.1"), 9, "localhost");
  }

  hipaasim::testing::tls_identity identity_ = hipaasim::testing::self_signed_identity("localhost");
  fault_server server_{{}, json_answer(R"({"TableNames":["secure"]})"), &identity_};
  std::string ca_file_;
};

TEST_F(tls, calls_an_https_endpoint_whose_certificate_it_trusts) {
  client_options options = fast_options(by_name());
  options.ca_file = ca_file_;
  aws_client client(options);
  for (int i = 0; i < 3; ++i) {
    call_result r = client.call("dynamodb", "ListTables", json::object(), "us-east-1");
    ASSERT_TRUE(r.ok()) << r.error->describe();
    EXPECT_EQ(r.output, json({{"TableNames", {"secure"}}}));
  }
  EXPECT_EQ(server_.connection_count(), 1u);  // the TLS session is kept alive
  EXPECT_EQ(server_.requests().at(0).header("host"), by_name().substr(8));
}

TEST_F(tls, refuses_an_untrusted_certificate_without_retrying) {
  aws_client client(fast_options(by_name()));  // the system's CAs do not know this certificate
  call_result r = client.call("dynamodb", "ListTables", json::object(), "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::network);
  EXPECT_EQ(r.error->message.rfind("TLS handshake with " + by_name() + " failed: ", 0), 0u)
      << r.error->message;
  EXPECT_NE(r.error->message.find("certificate verify failed"), std::string::npos) << r.error->message;
  EXPECT_EQ(r.attempts, 1u);
  EXPECT_EQ(server_.request_count(), 0u);
}

TEST_F(tls, refuses_a_trusted_certificate_for_another_host_name) {
  client_options options = fast_options(server_.endpoint());  // 127.0.0.1: not in the certificate
  options.ca_file = ca_file_;
  aws_client client(options);
  call_result r = client.call("dynamodb", "ListTables", json::object(), "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->kind, failure_kind::network);
  EXPECT_NE(r.error->message.find("certificate verify failed"), std::string::npos) << r.error->message;
  EXPECT_EQ(r.attempts, 1u);
  EXPECT_EQ(server_.request_count(), 0u);
}

TEST(tls_options, an_unreadable_ca_bundle_is_refused_when_the_client_is_made) {
  client_options options = fast_options("https://localhost:1");
  options.ca_file = "/nonexistent/ca.pem";
  EXPECT_THROW(aws_client client(options), std::invalid_argument);
}

TEST(tls_options, a_malformed_endpoint_url_is_refused_when_the_client_is_made) {
  EXPECT_THROW(aws_client client(fast_options("127.0.0.1:4566")), std::invalid_argument);
}

}  // namespace
}  // namespace engine::client
