#include "engine/client/http_transport.hpp"

#include <condition_variable>
#include <map>
#include <mutex>
#include <stdexcept>
#include <vector>

#include <boost/asio/error.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/error.hpp>
#include <openssl/ssl.h>

#include "engine/client/http_connection.hpp"

namespace engine::client {

namespace asio = boost::asio;
using error_code = boost::system::error_code;

namespace {

std::string duration_text(std::chrono::milliseconds d) {
  if (d.count() % 1000 == 0) return std::to_string(d.count() / 1000) + " s";
  return std::to_string(d.count()) + " ms";
}

bool is_timeout(const error_code& ec) {
  return ec == boost::beast::error::timeout || ec == asio::error::timed_out;
}

// What a server does to a keep-alive connection it has given up on: our next write or read
// finds it closed before a byte of the answer.
bool is_reset(const error_code& ec) {
  return ec == boost::beast::http::error::end_of_stream || ec == asio::error::eof ||
         ec == asio::error::connection_reset || ec == asio::error::broken_pipe ||
         ec == asio::error::connection_aborted || ec == asio::ssl::error::stream_truncated;
}

// Beast's parse errors: the peer answered, but not in HTTP/1.1 (or with more than we accept).
bool is_parse_error(const error_code& ec) {
  namespace bhttp = boost::beast::http;
  return ec.category() == bhttp::make_error_code(bhttp::error::bad_version).category() &&
         ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message;
}

exchange_result describe_failure(const endpoint& to, const io_outcome& out,
                                 const transport_options& options) {
  exchange_result result;
  const std::string url = to.url();
  const error_code& ec = out.error;
  result.retryable = true;
  result.timeout = is_timeout(ec) || is_reset(ec);
  switch (out.stage) {
    case failure_stage::resolve:
      result.error = "cannot resolve " + to.address.host + " for " + url + ": " + ec.message();
      break;
    case failure_stage::connect:
      result.error = "cannot connect to " + url + ": " +
                     (is_timeout(ec) ? "no answer within " + duration_text(options.connect_timeout)
                                     : ec.message());
      break;
    case failure_stage::handshake:
      result.error = "TLS handshake with " + url + " failed: " + ec.message();
      // A certificate that does not verify will not verify on the next try either.
      result.retryable = is_timeout(ec) || ec.category() != asio::error::get_ssl_category();
      break;
    case failure_stage::write:
    case failure_stage::read:
      if (ec == boost::beast::http::error::body_limit) {
        result.error = "the answer from " + url + " is larger than " +
                       std::to_string(options.max_response_bytes) + " bytes";
        result.retryable = false;
        result.malformed = true;
      } else if (is_parse_error(ec)) {
        result.error = "the answer from " + url + " is not HTTP/1.1: " + ec.message();
        result.retryable = false;
        result.malformed = true;
      } else if (is_timeout(ec)) {
        result.error = "no answer from " + url + " within " + duration_text(options.read_timeout);
      } else {
        result.error = "connection to " + url + " failed while " +
                       (out.stage == failure_stage::write ? "sending the request: "
                                                          : "reading the answer: ") +
                       ec.message();
      }
      break;
    case failure_stage::none:
      result.error = "connection to " + url + " failed: " + ec.message();
      break;
  }
  return result;
}

}  // namespace

struct http_transport::impl {
  transport_options options;
  std::unique_ptr<asio::ssl::context> tls;
  std::once_flag tls_made;
  asio::ssl::context* tls_context();

  struct host_pool {
    std::vector<std::unique_ptr<http_connection>> idle;
    unsigned in_use = 0;
  };
  std::mutex mutex;
  std::condition_variable returned;
  std::map<std::string, host_pool, std::less<>> pools;

  // Takes a slot for the host (waiting while max_connections are in use) and an idle
  // connection, if there is one.
  std::unique_ptr<http_connection> checkout(const std::string& key) {
    std::unique_lock lock(mutex);
    host_pool& pool = pools[key];
    returned.wait(lock, [&] { return pool.in_use < options.max_connections; });
    ++pool.in_use;
    if (pool.idle.empty()) return nullptr;
    auto connection = std::move(pool.idle.back());
    pool.idle.pop_back();
    return connection;
  }

  void checkin(const std::string& key, std::unique_ptr<http_connection> connection) {
    {
      std::lock_guard lock(mutex);
      host_pool& pool = pools[key];
      --pool.in_use;
      if (connection && pool.idle.size() < options.max_connections)
        pool.idle.push_back(std::move(connection));
    }
    returned.notify_all();
  }
};

namespace {

std::unique_ptr<asio::ssl::context> make_tls_context(const transport_options& options) {
  auto tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_client);
  SSL_CTX_set_min_proto_version(tls->native_handle(), TLS1_2_VERSION);
  error_code ec;
  if (options.ca_file.empty()) tls->set_default_verify_paths(ec);
  else tls->load_verify_file(options.ca_file, ec);
  if (ec && !options.ca_file.empty())
    throw std::invalid_argument("cannot load the CA bundle " + options.ca_file + ": " + ec.message());
  tls->set_verify_mode(asio::ssl::verify_peer);
  return tls;
}

}  // namespace

http_transport::http_transport(transport_options options) : impl_(std::make_unique<impl>()) {
  if (options.max_connections == 0) options.max_connections = 1;
  impl_->options = std::move(options);
  // A CA bundle the user named is loaded now, so a wrong path fails before the scan starts.
  if (!impl_->options.ca_file.empty()) impl_->tls = make_tls_context(impl_->options);
}

asio::ssl::context* http_transport::impl::tls_context() {
  // The system's CA store is loaded on first use: it costs 20-30 ms, which a scan of an
  // http:// endpoint (mockaws, a property's every account) never needs.
  std::call_once(tls_made, [this] {
    if (!tls) tls = make_tls_context(options);
  });
  return tls.get();
}

http_transport::~http_transport() = default;

exchange_result http_transport::send(const endpoint& to, const mockaws::http::request& request) {
  const std::string key = to.url();
  std::unique_ptr<http_connection> connection = impl_->checkout(key);
  exchange_result result;
  for (;;) {
    const bool fresh = !connection;
    if (fresh) {
      connection = std::make_unique<http_connection>(
          to.address, to.tls() ? impl_->tls_context() : nullptr, impl_->options);
      io_outcome opened = connection->open();
      if (opened.error) {
        connection.reset();
        result = describe_failure(to, opened, impl_->options);
        break;
      }
    }
    io_outcome out = connection->exchange(request);
    if (out.response) {
      result.response = std::move(out.response);
      if (!out.keep_alive) connection.reset();
      break;
    }
    connection.reset();
    // A pooled connection the server closed while it sat idle: not the request's fault, so it is
    // sent again at once on a new connection (as the SDKs' pools do).
    if (!fresh && !out.response_started && is_reset(out.error)) continue;
    result = describe_failure(to, out, impl_->options);
    break;
  }
  impl_->checkin(key, std::move(connection));
  return result;
}

}  // namespace engine::client
