#include "tests/support/fault_server.hpp"

#include <mutex>
#include <stdexcept>
#include <thread>
#include <type_traits>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

namespace hipaasim::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

canned_response json_answer(std::string body) {
  return {200, std::move(body), {{"content-type", "application/x-amz-json-1.0"}}, false};
}

canned_response json_error(unsigned status, std::string_view code, std::string_view message) {
  std::string body = R"({"__type":"com.amazonaws.dynamodb.v20120810#)" + std::string(code) +
                     R"(","message":")" + std::string(message) + R"("})";
  return {status, std::move(body), {{"content-type", "application/x-amz-json-1.0"}}, false};
}

canned_response query_error(unsigned status, std::string_view code, std::string_view message) {
  std::string body = "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error>"
                     "<Type>Sender</Type><Code>" + std::string(code) + "</Code><Message>" +
                     std::string(message) +
                     "</Message></Error><RequestId>fault-1</RequestId></ErrorResponse>";
  return {status, std::move(body), {{"content-type", "text/xml"}}, false};
}

canned_response dropped_connection() {
  canned_response r;
  r.drop_connection = true;
  return r;
}

namespace {

// What the server answers, and what it has received; shared by the sessions.
struct script_state {
  mutable std::mutex mutex;
  std::vector<canned_response> script;
  canned_response then;
  std::vector<mockaws::http::request> received;
  std::size_t connections = 0;

  // The answer for the request just received (recorded under the same lock).
  canned_response answer(mockaws::http::request request) {
    std::lock_guard lock(mutex);
    std::size_t index = received.size();
    received.push_back(std::move(request));
    return index < script.size() ? script[index] : then;
  }
};

}  // namespace

struct fault_server::impl {
  script_state state;  // first: outlives the sessions the io_context destroys
  std::unique_ptr<asio::ssl::context> tls;  // https when set
  asio::io_context io;
  tcp::acceptor acceptor{io};
  std::thread thread;

  void accept();
};

namespace {

// Stream: beast::tcp_stream, or beast::ssl_stream<beast::tcp_stream> for https.
template <typename Stream>
class session : public std::enable_shared_from_this<session<Stream>> {
 public:
  template <typename... TlsContext>
  session(tcp::socket socket, script_state& server, TlsContext&... tls)
      : stream_(std::move(socket), tls...), server_(server) {}

  void start() {
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
      read();
    } else {
      stream_.async_handshake(asio::ssl::stream_base::server,
                              [self = this->shared_from_this()](beast::error_code ec) {
                                if (!ec) self->read();
                              });
    }
  }

 private:
  void read() {
    request_ = {};
    bhttp::async_read(stream_, buffer_, request_,
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                        if (!ec) self->respond();
                      });
  }

  void respond() {
    mockaws::http::request seen;
    seen.method = std::string(request_.method_string());
    seen.target = std::string(request_.target());
    for (const auto& field : request_)
      seen.headers.emplace_back(mockaws::http::to_lower(field.name_string()),
                                std::string(field.value()));
    seen.body = request_.body();
    canned_response canned = server_.answer(std::move(seen));
    if (canned.drop_connection) {
      beast::error_code ignored;
      auto& socket = beast::get_lowest_layer(stream_).socket();
      socket.shutdown(tcp::socket::shutdown_both, ignored);
      socket.close(ignored);
      return;
    }
    response_ = {};
    response_.result(canned.status);
    response_.version(11);
    for (const auto& [name, value] : canned.headers) response_.set(name, value);
    response_.set("x-amzn-requestid", "fault-request");
    response_.body() = std::move(canned.body);
    response_.keep_alive(request_.keep_alive());
    response_.prepare_payload();
    bhttp::async_write(stream_, response_,
                       [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                         if (!ec && self->response_.keep_alive()) self->read();
                       });
  }

  Stream stream_;
  script_state& server_;
  beast::flat_buffer buffer_;
  bhttp::request<bhttp::string_body> request_;
  bhttp::response<bhttp::string_body> response_;
};

}  // namespace

void fault_server::impl::accept() {
  acceptor.async_accept([this](beast::error_code ec, tcp::socket socket) {
    if (ec) return;
    {
      std::lock_guard lock(state.mutex);
      ++state.connections;
    }
    if (tls)
      std::make_shared<session<beast::ssl_stream<beast::tcp_stream>>>(std::move(socket), state, *tls)
          ->start();
    else
      std::make_shared<session<beast::tcp_stream>>(std::move(socket), state)->start();
    accept();
  });
}

fault_server::fault_server(std::vector<canned_response> script, canned_response then,
                           const tls_identity* tls)
    : impl_(std::make_unique<impl>()) {
  if (tls) {
    impl_->tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    impl_->tls->use_certificate_chain(asio::buffer(tls->certificate_pem));
    impl_->tls->use_private_key(asio::buffer(tls->private_key_pem), asio::ssl::context::pem);
  }
  impl_->state.script = std::move(script);
  impl_->state.then = std::move(then);
  tcp::endpoint local(asio::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(local.protocol());
  impl_->acceptor.set_option(tcp::acceptor::reuse_address(true));
  impl_->acceptor.bind(local);
  impl_->acceptor.listen();
  impl_->accept();
  impl_->thread = std::thread([server = impl_.get()] { server->io.run(); });
}

fault_server::~fault_server() {
  impl_->io.stop();
  impl_->thread.join();
  // The sessions still waiting are destroyed with the io_context.
}

std::string fault_server::endpoint() const {
  return std::string(impl_->tls ? "https" : "http") + "://127.0.0.1:" +
         std::to_string(impl_->acceptor.local_endpoint().port());
}

std::size_t fault_server::request_count() const {
  std::lock_guard lock(impl_->state.mutex);
  return impl_->state.received.size();
}

std::size_t fault_server::connection_count() const {
  std::lock_guard lock(impl_->state.mutex);
  return impl_->state.connections;
}

std::vector<mockaws::http::request> fault_server::requests() const {
  std::lock_guard lock(impl_->state.mutex);
  return impl_->state.received;
}

unsigned short unused_port() {
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  return acceptor.local_endpoint().port();
}

}  // namespace hipaasim::testing
