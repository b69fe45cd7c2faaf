#include "engine/client/http_connection.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <openssl/err.h>
#include <openssl/ssl.h>

namespace engine::client {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using error_code = boost::system::error_code;

struct http_connection::streams {
  asio::io_context io;
  std::optional<beast::tcp_stream> plain;
  std::optional<beast::ssl_stream<beast::tcp_stream>> tls;
  beast::flat_buffer buffer;

  beast::tcp_stream& tcp() { return tls ? beast::get_lowest_layer(*tls) : *plain; }

  // Runs the io_context until the operation just started has completed.
  void run() {
    io.restart();
    io.run();
  }

  template <typename Body>
  error_code write(const bhttp::request<Body>& request) {
    error_code result;
    auto done = [&](error_code ec, std::size_t) { result = ec; };
    if (tls) bhttp::async_write(*tls, request, done);
    else bhttp::async_write(*plain, request, done);
    run();
    return result;
  }

  error_code read_some(bhttp::response_parser<bhttp::string_body>& parser) {
    error_code result;
    auto done = [&](error_code ec, std::size_t) { result = ec; };
    if (tls) bhttp::async_read_some(*tls, buffer, parser, done);
    else bhttp::async_read_some(*plain, buffer, parser, done);
    run();
    return result;
  }
};

http_connection::http_connection(endpoint_url address, asio::ssl::context* tls,
                                 const transport_options& options)
    : address_(std::move(address)), tls_(tls), options_(options),
      streams_(std::make_unique<streams>()) {}

http_connection::~http_connection() {
  // Closing the socket is enough: a TLS close_notify would only add a round trip to a server
  // that keeps no state about us.
  error_code ignored;
  if (streams_->plain || streams_->tls) streams_->tcp().socket().close(ignored);
}

io_outcome http_connection::open() {
  io_outcome out;
  streams& s = *streams_;
  if (tls_) s.tls.emplace(s.io, *tls_);
  else s.plain.emplace(s.io);

  asio::ip::tcp::resolver resolver(s.io);
  asio::ip::tcp::resolver::results_type results;
  resolver.async_resolve(address_.host, std::to_string(address_.port),
                         [&](error_code ec, asio::ip::tcp::resolver::results_type found) {
                           out.error = ec;
                           results = std::move(found);
                         });
  s.run();
  if (out.error) {
    out.stage = failure_stage::resolve;
    return out;
  }

  s.tcp().expires_after(options_.connect_timeout);
  s.tcp().async_connect(results, [&](error_code ec, const asio::ip::tcp::endpoint&) {
    out.error = ec;
  });
  s.run();
  if (out.error) {
    out.stage = failure_stage::connect;
    return out;
  }
  // Beast writes a request's header and body separately; with Nagle's algorithm on, the body
  // waits for the server's delayed ACK of the header (up to 40 ms on Linux) on every POST.
  // Measured by properties/bench/account_check_bench (BENCHMARKS.md).
  error_code ignored;
  s.tcp().socket().set_option(asio::ip::tcp::no_delay(true), ignored);

  if (s.tls) {
    error_code not_ip;
    asio::ip::make_address(address_.host, not_ip);
    // SNI carries host names only; an IP literal is checked against the certificate's IP SANs.
    if (not_ip && !SSL_set_tlsext_host_name(s.tls->native_handle(), address_.host.c_str())) {
      out.error = error_code(static_cast<int>(::ERR_get_error()), asio::error::get_ssl_category());
      out.stage = failure_stage::handshake;
      return out;
    }
    s.tls->set_verify_mode(asio::ssl::verify_peer);
    s.tls->set_verify_callback(asio::ssl::host_name_verification(address_.host));
    s.tcp().expires_after(options_.connect_timeout);
    s.tls->async_handshake(asio::ssl::stream_base::client, [&](error_code ec) { out.error = ec; });
    s.run();
    if (out.error) {
      out.stage = failure_stage::handshake;
      return out;
    }
  }
  last_used_ = std::chrono::steady_clock::now();
  return out;
}

io_outcome http_connection::exchange(const mockaws::http::request& request) {
  io_outcome out;
  streams& s = *streams_;
  ++exchanges_;

  bhttp::request<bhttp::string_body> wire;
  wire.method_string(request.method);
  wire.target(request.target);
  wire.version(11);
  for (const auto& [name, value] : request.headers) wire.insert(name, value);
  wire.body() = request.body;
  wire.prepare_payload();

  s.tcp().expires_after(options_.read_timeout);
  if ((out.error = s.write(wire))) {
    out.stage = failure_stage::write;
    return out;
  }

  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(options_.max_response_bytes);
  parser.header_limit(64 * 1024);
  parser.skip(request.method == "HEAD");
  // The timeout bounds each silence, not the whole response, as the SDKs' read timeout does.
  while (!parser.is_done()) {
    s.tcp().expires_after(options_.read_timeout);
    out.error = s.read_some(parser);
    if (out.error) {
      out.stage = failure_stage::read;
      out.response_started = parser.got_some();
      return out;
    }
  }
  s.tcp().expires_never();

  auto& message = parser.get();
  mockaws::http::response response;
  response.status = message.result_int();
  for (const auto& field : message)
    response.headers.emplace_back(mockaws::http::to_lower(field.name_string()),
                                  std::string(field.value()));
  response.body = std::move(message.body());
  out.keep_alive = message.keep_alive() && !parser.need_eof();
  out.response = std::move(response);
  last_used_ = std::chrono::steady_clock::now();
  return out;
}

}  // namespace engine::client
