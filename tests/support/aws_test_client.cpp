#include "tests/support/aws_test_client.hpp"

#include <stdexcept>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/store/store.hpp"

namespace hipaasim::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using mockaws::models::protocol;

struct aws_test_client::connection {
  asio::io_context io;
  beast::tcp_stream stream{io};
  beast::flat_buffer buffer;
  bool open = false;
};

mockaws::sigv4::credentials example_credentials() {
  return {std::string(mockaws::store::example_access_key_id),
          std::string(mockaws::store::example_secret_access_key), ""};
}

aws_test_client::aws_test_client(std::string endpoint, mockaws::sigv4::credentials creds,
                                 std::string region)
    : creds_(std::move(creds)), region_(std::move(region)),
      connection_(std::make_unique<connection>()) {
  const std::string scheme = "http://";
  if (endpoint.compare(0, scheme.size(), scheme) == 0) endpoint = endpoint.substr(scheme.size());
  host_ = endpoint;
  port_ = endpoint.substr(endpoint.rfind(':') + 1);
}

aws_test_client::~aws_test_client() = default;

mockaws::http::request aws_test_client::build(std::string_view service_id,
                                              std::string_view operation,
                                              const json& input,
                                              std::optional<protocol> wire) {
  const auto* service = mockaws::models::model_registry::embedded().find(service_id);
  if (!service) throw std::invalid_argument("no model for service " + std::string(service_id));
  const auto* op = service->find_operation(operation);
  if (!op) throw std::invalid_argument("no operation " + std::string(operation));
  protocol p = wire.value_or(service->primary_protocol());
  mockaws::http::request request = mockaws::protocol::codec_for(p).encode_request(*service, *op, input);
  sign(request, service_id);
  return request;
}

void aws_test_client::sign(mockaws::http::request& request, std::string_view service_id) {
  const auto* service = mockaws::models::model_registry::embedded().find(service_id);
  if (!service) throw std::invalid_argument("no model for service " + std::string(service_id));
  request.set_header("host", host_);
  mockaws::sigv4::sign_options options;
  bool s3 = service->signing_name() == "s3";
  options.scope = {region_, service->signing_name()};
  options.time = std::chrono::system_clock::now();
  options.mode = s3 ? mockaws::sigv4::uri_mode::s3_as_is
                    : mockaws::sigv4::uri_mode::normalize_and_encode;
  options.add_content_sha256_header = s3;
  mockaws::sigv4::sign(request, creds_, options);
}

mockaws::protocol::call_outcome aws_test_client::call(std::string_view service_id,
                                                      std::string_view operation,
                                                      const json& input,
                                                      std::optional<protocol> wire) {
  const auto* service = mockaws::models::model_registry::embedded().find(service_id);
  mockaws::http::request request = build(service_id, operation, input, wire);
  mockaws::http::response response = send(std::move(request));
  protocol p = wire.value_or(service->primary_protocol());
  return mockaws::protocol::codec_for(p).decode_response(*service, *service->find_operation(operation),
                                                         response);
}

mockaws::http::response aws_test_client::send(mockaws::http::request request) {
  if (!request.has_header("host")) request.set_header("host", host_);
  bhttp::request<bhttp::string_body> out;
  out.method_string(request.method);
  out.target(request.target);
  out.version(11);
  for (const auto& [name, value] : request.headers) out.insert(name, value);
  out.body() = request.body;
  out.prepare_payload();

  connection& c = *connection_;
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!c.open) {
      asio::ip::tcp::resolver resolver(c.io);
      c.stream.connect(resolver.resolve("127.0.0.1", port_));
      c.open = true;
    }
    beast::error_code ec;
    bhttp::write(c.stream, out, ec);
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.skip(request.method == "HEAD");
    if (!ec) bhttp::read(c.stream, c.buffer, parser, ec);
    if (ec) {
      // The server may have closed an idle keep-alive connection: reconnect once.
      c.stream.close();
      c.open = false;
      c.buffer.clear();
      if (attempt == 0) continue;
      throw std::runtime_error("HTTP exchange failed: " + ec.message());
    }
    auto in = parser.release();
    mockaws::http::response response;
    response.status = in.result_int();
    for (const auto& field : in) response.headers.emplace_back(
        mockaws::http::to_lower(field.name_string()), std::string(field.value()));
    response.body = std::move(in.body());
    if (!in.keep_alive()) {
      c.stream.close();
      c.open = false;
    }
    return response;
  }
  throw std::logic_error("unreachable");
}

scenario_server::scenario_server(std::string_view yaml, mockaws::server::mock_options options) {
  auto loaded = mockaws::scenario::load_text(yaml, "test-scenario.yaml");
  for (const auto& e : loaded.errors) ADD_FAILURE() << e.to_string();
  store_ = loaded.store ? loaded.store : std::make_shared<mockaws::store::store>();
  server_ = std::make_unique<mockaws::server::mock_server>(store_, options);
  if (auto ec = server_->start()) throw std::runtime_error("cannot start mockaws: " + ec.message());
}

}  // namespace hipaasim::testing
