#pragma once
// Test support: a minimal AWS client on mockaws's own codecs and SigV4 (encode, sign, send over
// HTTP, decode), and a fixture that serves a scenario given as YAML text. Tests drive the mock
// through the whole HTTP path with it; real clients (AWS CLI, boto3, JS SDK) are exercised by
// tests/conformance.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "mockaws/http/message.hpp"
#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/codec.hpp"
#include "mockaws/server/mock_server.hpp"
#include "mockaws/sigv4/sigv4.hpp"

namespace hipaasim::testing {

using json = nlohmann::json;

mockaws::sigv4::credentials example_credentials();

class aws_test_client {
 public:
  explicit aws_test_client(std::string endpoint,
                           mockaws::sigv4::credentials creds = example_credentials(),
                           std::string region = "us-east-1");
  ~aws_test_client();

  // Encodes, signs and sends one call; decodes the answer (output or AWS error).
  mockaws::protocol::call_outcome call(std::string_view service, std::string_view operation,
                                       const json& input = json::object(),
                                       std::optional<mockaws::models::protocol> protocol = {});
  // The signed request `call` would send.
  mockaws::http::request build(std::string_view service, std::string_view operation,
                               const json& input = json::object(),
                               std::optional<mockaws::models::protocol> protocol = {});
  // Signs a hand-made request for a service (Host is set first), as an SDK would.
  void sign(mockaws::http::request& request, std::string_view service);
  // Sends a request as is (adding only Host when absent) and returns the raw response.
  mockaws::http::response send(mockaws::http::request request);

  void set_credentials(mockaws::sigv4::credentials creds) { creds_ = std::move(creds); }
  void set_region(std::string region) { region_ = std::move(region); }
  const std::string& host() const { return host_; }

 private:
  struct connection;
  std::string host_;  // "127.0.0.1:PORT"
  std::string port_;
  mockaws::sigv4::credentials creds_;
  std::string region_;
  std::unique_ptr<connection> connection_;
};

// Serves a scenario (YAML text) on 127.0.0.1:0 for the lifetime of the object. A scenario error
// fails the constructing test with the loader's messages.
class scenario_server {
 public:
  explicit scenario_server(std::string_view yaml, mockaws::server::mock_options options = {});
  std::string endpoint() const { return server_->endpoint(); }
  aws_test_client client() const { return aws_test_client(endpoint()); }
  const mockaws::store::store& store() const { return *store_; }

 private:
  std::shared_ptr<mockaws::store::store> store_;
  std::unique_ptr<mockaws::server::mock_server> server_;
};

}  // namespace hipaasim::testing
