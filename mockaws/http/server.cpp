#include "mockaws/http/server.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <future>
#include <limits>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/read_size.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>

// Timeouts (see server_options):
//   * idle_timeout bounds the wait for the first byte of a request: on a fresh connection and
//     between requests of a keep-alive connection. The session waits with a plain
//     async_read_some, so no parser state exists while idle.
//   * read_timeout is one deadline, armed when that first byte arrives, for the rest of the
//     request: its header and its whole body (and the "100 Continue" interim answer, if any).
//     A client trickling a request byte by byte cannot stretch it.
//   * Writing a response is bounded by read_timeout as well, so a client that stops reading
//     cannot pin a session forever.
//   * A connection we decided to close is first half-closed (FIN), then the bytes the client
//     still sends are read and discarded until it closes too, for at most
//     min(read_timeout, linger_limit). Closing a socket with unread input makes the kernel send
//     RST, which can destroy the response we just wrote before the client has read it; that
//     matters most for a refused upload whose body is still in flight.
//
// Stop (see server::stop):
//   1. the acceptor closes (synchronously, on its strand), so no new connection is taken;
//   2. every session gets `shutdown` on its strand: one with a read pending (waiting for its
//      next request, or in the middle of reading one) closes at once, and that request is lost
//      as if the client had been cut off; one in the handler or writing finishes its response,
//      which goes out with "Connection: close" if not yet started, and then closes;
//   3. when every session is gone, or after stop_grace, the rest are closed hard; then the
//      io_context stops and the I/O threads are joined.

namespace mockaws::http {

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using error_code = boost::system::error_code;

// How long stop() lets sessions finish on their own before closing them hard.
constexpr std::chrono::milliseconds stop_grace{2'000};
// After the hard close, how long stop() waits for the sessions' last handlers to run.
constexpr std::chrono::milliseconds stop_force_wait{1'000};
// Upper bound of a lingering close (see above); shorter while stopping, where only a request
// that raced the stop can still be in flight.
constexpr std::chrono::milliseconds linger_limit{2'000};
constexpr std::chrono::milliseconds linger_limit_stopping{250};
// Pause before accepting again after accept() failed (e.g. EMFILE), so a full descriptor table
// does not turn the accept loop into a busy loop.
constexpr std::chrono::milliseconds accept_retry_delay{20};
// Read size while waiting for a request and while discarding input.
constexpr std::size_t idle_read_size = 16 * 1024;
constexpr std::size_t drain_read_size = 64 * 1024;

constexpr std::string_view continue_response = "HTTP/1.1 100 Continue\r\n\r\n";

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

bool contains_token_close(std::string_view value) {
  // "Connection" is a comma-separated token list; "close" anywhere in it means close.
  while (!value.empty()) {
    auto comma = value.find(',');
    std::string_view token = value.substr(0, comma);
    while (!token.empty() && (token.front() == ' ' || token.front() == '\t')) token.remove_prefix(1);
    while (!token.empty() && (token.back() == ' ' || token.back() == '\t')) token.remove_suffix(1);
    if (iequals(token, "close")) return true;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return false;
}

// Errors that mean "the bytes on the wire are not HTTP/1.1": answered with 400. Anything else
// from a read (EOF, reset, timeout, cancellation) closes the connection without a word.
bool is_malformed(const error_code& ec) {
  if (ec.category() != bhttp::make_error_code(bhttp::error::bad_method).category()) return false;
  switch (static_cast<bhttp::error>(ec.value())) {
    case bhttp::error::bad_line_ending:
    case bhttp::error::bad_method:
    case bhttp::error::bad_target:
    case bhttp::error::bad_version:
    case bhttp::error::bad_field:
    case bhttp::error::bad_value:
    case bhttp::error::bad_content_length:
    case bhttp::error::bad_transfer_encoding:
    case bhttp::error::bad_chunk:
    case bhttp::error::bad_chunk_extension:
    case bhttp::error::bad_obs_fold:
    case bhttp::error::multiple_content_length:
    case bhttp::error::unexpected_body:
      return true;
    default:
      return false;
  }
}

// The parser accepts any "HTTP/d.d"; we speak 1.0 to 1.0 clients and 1.1 to everyone else.
unsigned answer_version(unsigned request_version) { return request_version == 10 ? 10 : 11; }

using beast_request = bhttp::request<bhttp::string_body>;
using beast_response = bhttp::response<bhttp::string_body>;

// Method, target and headers (names lower-cased, in arrival order); the body is left alone.
request headers_of(const beast_request& msg) {
  request out;
  out.method = std::string(msg.method_string());
  out.target = std::string(msg.target());
  out.headers.reserve(static_cast<std::size_t>(std::distance(msg.begin(), msg.end())));
  for (const auto& field : msg)
    out.headers.emplace_back(to_lower(field.name_string()), std::string(field.value()));
  return out;
}

}  // namespace

struct server::impl {
  class session;

  impl(server_options options, request_handler on_request, rejection_handler on_rejection)
      : options_(std::move(options)),
        on_request_(std::move(on_request)),
        on_rejection_(std::move(on_rejection)),
        thread_count_(options_.threads != 0
                          ? options_.threads
                          : std::max(1u, std::thread::hardware_concurrency())),
        ioc_(static_cast<int>(std::min<unsigned>(thread_count_, 1024))),
        acceptor_(asio::make_strand(ioc_)),
        accept_retry_(acceptor_.get_executor()) {}

  std::error_code start();
  void stop();
  void wait();

  void do_accept();
  void on_accept(const error_code& ec, tcp::socket socket);
  void run_thread();
  // Posts `action` to the strand of every live session.
  template <class Action>
  void for_each_session(Action action);

  const server_options options_;
  const request_handler on_request_;
  const rejection_handler on_rejection_;
  const unsigned thread_count_;
  const std::uint32_t header_limit_ = static_cast<std::uint32_t>(
      std::min<std::size_t>(options_.max_header_bytes, std::numeric_limits<std::uint32_t>::max()));

  // Lifecycle and the session registry. Declared before ioc_ so that they outlive it: a
  // session still owned by an unrun handler is destroyed with the io_context, and its
  // destructor unregisters itself here.
  enum class phase { created, running, stopping, stopped };
  std::mutex mutex_;
  std::condition_variable changed_;  // phase_ or sessions_ changed
  phase phase_ = phase::created;
  // Keyed by address: a session erases itself in its destructor, where weak_from_this() is
  // already expired.
  std::unordered_map<const session*, std::weak_ptr<session>> sessions_;

  asio::io_context ioc_;
  // The acceptor and its retry timer live on one strand: the accept loop and stop() both use
  // them and they are not thread-safe.
  tcp::acceptor acceptor_;
  asio::steady_timer accept_retry_;
  std::optional<asio::executor_work_guard<asio::io_context::executor_type>> work_;
  std::vector<std::thread> threads_;
  tcp::endpoint bound_;
};

// One connection. Every member function runs on the connection's strand (the executor of
// stream_), so no member needs a lock; the shared_ptr captured by each pending completion
// handler keeps the session alive exactly as long as it has I/O under way.
class server::impl::session : public std::enable_shared_from_this<session> {
 public:
  session(impl& owner, tcp::socket socket) : owner_(owner), stream_(std::move(socket)) {}

  ~session() {
    std::lock_guard lock(owner_.mutex_);
    owner_.sessions_.erase(this);
    if (owner_.sessions_.empty()) owner_.changed_.notify_all();
  }

  session(const session&) = delete;
  session& operator=(const session&) = delete;

  asio::any_io_executor executor() { return stream_.get_executor(); }

  void start() { wait_for_request(); }

  // stop() asks this connection to finish: close now if a read is pending (a half-read
  // request would otherwise hold stop() for up to read_timeout), otherwise close after the
  // request in the handler is answered.
  void shutdown() {
    stopping_ = true;
    if (state_ == state::idle || state_ == state::reading) close_now();
  }

  // stop()'s grace period is over.
  void force_close() {
    stopping_ = true;
    close_now();
  }

 private:
  enum class state {
    idle,     // waiting for the first byte of a request
    reading,  // reading the rest of a request
    busy,     // in the handler or writing the response
    closing,  // lingering or closed; no new work starts
  };

  void wait_for_request() {
    if (state_ == state::closing) return;
    if (stopping_) {
      // Bytes of a pipelined request we will not read may be pending: linger to avoid RST.
      if (buffer_.size() != 0)
        close_gracefully();
      else
        close_now();
      return;
    }
    // A parser handles one message only; a fresh one per request is the documented usage.
    parser_.emplace();
    parser_->header_limit(owner_.header_limit_);
    parser_->body_limit(static_cast<std::uint64_t>(owner_.options_.max_body_bytes));

    if (buffer_.size() != 0) {  // a pipelined request already arrived with the previous one
      read_header();
      return;
    }
    state_ = state::idle;
    stream_.expires_after(owner_.options_.idle_timeout);
    stream_.async_read_some(
        buffer_.prepare(beast::read_size(buffer_, idle_read_size)),
        [self = shared_from_this()](const error_code& ec, std::size_t n) {
          self->on_first_bytes(ec, n);
        });
  }

  void on_first_bytes(const error_code& ec, std::size_t n) {
    if (ec || stopping_ || state_ == state::closing) {
      // EOF, reset, idle timeout, or stop() closed us: nothing to say.
      close_now();
      return;
    }
    buffer_.commit(n);
    read_header();
  }

  void read_header() {
    state_ = state::reading;
    stream_.expires_after(owner_.options_.read_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             [self = shared_from_this()](const error_code& ec, std::size_t) {
                               self->on_header(ec);
                             });
  }

  void on_header(const error_code& ec) {
    if (state_ == state::closing) return;
    if (ec == bhttp::error::body_limit) {  // Content-Length over max_body_bytes
      reject(rejection::body_too_large);
      return;
    }
    if (ec) {
      read_failed(ec);
      return;
    }
    if (parser_->is_done()) {  // no body
      handle_request();
      return;
    }
    const auto& msg = parser_->get();
    if (msg.version() >= 11 && buffer_.size() == 0 &&
        iequals(msg[bhttp::field::expect], "100-continue")) {
      // The client waits for this before sending the body (botocore for S3 uploads, up to
      // a second); the body's size is already known to be acceptable. Skipped when body bytes
      // are already here: the client did not wait (RFC 9110 section 10.1.1 allows omitting it).
      asio::async_write(stream_, asio::buffer(continue_response.data(), continue_response.size()),
                        [self = shared_from_this()](const error_code& wec, std::size_t) {
                          if (wec || self->state_ == state::closing)
                            self->close_now();
                          else
                            self->read_body();
                        });
      return;
    }
    read_body();
  }

  void read_body() {
    // Still under the read_timeout deadline armed when the request began.
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](const error_code& ec, std::size_t) {
                        self->on_body(ec);
                      });
  }

  void on_body(const error_code& ec) {
    if (state_ == state::closing) return;
    if (ec == bhttp::error::body_limit) {  // a chunked body grew over max_body_bytes
      reject(rejection::body_too_large);
      return;
    }
    if (ec) {
      read_failed(ec);
      return;
    }
    handle_request();
  }

  void read_failed(const error_code& ec) {
    if (ec == bhttp::error::header_limit)
      send_error(431);
    else if (is_malformed(ec))
      send_error(400);
    else
      close_now();  // EOF mid-request, reset, read timeout, stop: the client gets nothing
  }

  void handle_request() {
    state_ = state::busy;
    beast_request msg = parser_->release();
    const unsigned version = answer_version(msg.version());
    const bool head = msg.method() == bhttp::verb::head;
    bool keep_alive = msg.keep_alive();

    response answer;
    try {
      request req = headers_of(msg);
      req.body = std::move(msg.body());
      answer = owner_.on_request_(std::move(req));
    } catch (...) {
      answer = response{500, {}, {}};
    }
    for (const auto& [name, value] : answer.headers)
      if (iequals(name, "connection") && contains_token_close(value)) keep_alive = false;

    // stopping_ cannot change before the write starts: shutdown() runs on this strand.
    keep_alive = keep_alive && !stopping_;
    if (!build_response(std::move(answer), version, head, keep_alive)) keep_alive = false;
    write_response(keep_alive);
  }

  // The request cannot be accepted; its body (or the rest of it) is still on the wire, so the
  // answer closes the connection.
  void reject(rejection why) {
    state_ = state::busy;
    const auto& msg = parser_->get();
    const unsigned version = answer_version(msg.version());
    response answer;
    try {
      answer = owner_.on_rejection_(headers_of(msg), why);
    } catch (...) {
      answer = response{413, {}, {}};
    }
    build_response(std::move(answer), version, false, false);
    write_response(false);
  }

  void send_error(unsigned status) {
    state_ = state::busy;
    build_response(response{status, {}, {}}, 11, false, false);
    write_response(false);
  }

  // Fills response_ from the handler's answer. Returns false when the answer could not be
  // represented (e.g. a status over 999) and a bare 500 was built instead.
  bool build_response(response&& answer, unsigned version, bool head, bool keep_alive) {
    try {
      response_ = beast_response{};
      response_.version(version);
      response_.result(answer.status);  // throws on a status over 999
      std::optional<std::string> declared_length;
      for (auto& [name, value] : answer.headers) {
        // Framing is the transport's business: the body's real size decides it.
        if (iequals(name, "content-length")) {
          if (head) declared_length = std::move(value);
          continue;
        }
        if (iequals(name, "transfer-encoding") || iequals(name, "connection")) continue;
        response_.insert(name, value);
      }
      const unsigned status = answer.status;
      const bool bodiless = status / 100 == 1 || status == 204 || status == 304;
      if (!bodiless) {
        // A HEAD answer carries the length of the GET it stands for, but no body.
        if (head && declared_length)
          response_.set(bhttp::field::content_length, *declared_length);
        else
          response_.content_length(answer.body.size());
        if (!head) response_.body() = std::move(answer.body);
      }
      response_.keep_alive(keep_alive);
      return true;
    } catch (...) {
      response_ = beast_response{};
      response_.version(version);
      response_.result(bhttp::status::internal_server_error);
      response_.content_length(0);
      response_.keep_alive(false);
      return false;
    }
  }

  void write_response(bool keep_alive) {
    stream_.expires_after(owner_.options_.read_timeout);
    bhttp::async_write(stream_, response_,
                       [self = shared_from_this(), keep_alive](const error_code& ec, std::size_t) {
                         self->on_write(ec, keep_alive);
                       });
  }

  void on_write(const error_code& ec, bool keep_alive) {
    if (ec || state_ == state::closing) {
      close_now();
      return;
    }
    response_ = beast_response{};  // release the body now rather than at the next response
    if (!keep_alive || stopping_)
      close_gracefully();
    else
      wait_for_request();
  }

  // Half-close, then discard input until the client closes (see the comment at the top).
  void close_gracefully() {
    state_ = state::closing;
    error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    if (ec) {
      close_now();
      return;
    }
    stream_.expires_after(
        std::min(owner_.options_.read_timeout, stopping_ ? linger_limit_stopping : linger_limit));
    buffer_.clear();
    drain();
  }

  void drain() {
    stream_.async_read_some(buffer_.prepare(drain_read_size),
                            [self = shared_from_this()](const error_code& ec, std::size_t) {
                              if (ec)
                                self->close_now();  // EOF (the normal end), timeout, or stop
                              else
                                self->drain();
                            });
  }

  void close_now() {
    state_ = state::closing;
    // Closes the socket and cancels the timer; pending operations complete with an error
    // and release their hold on the session.
    stream_.close();
  }

  impl& owner_;
  beast::tcp_stream stream_;
  // Reused for the whole connection: it holds unparsed bytes, including the beginning of a
  // pipelined next request.
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  beast_response response_;  // must outlive async_write
  state state_ = state::idle;
  bool stopping_ = false;
};

std::error_code server::impl::start() {
  std::lock_guard lock(mutex_);
  if (phase_ != phase::created) return std::make_error_code(std::errc::operation_not_permitted);

  error_code ec;
  std::vector<tcp::endpoint> candidates;
  const auto address = asio::ip::make_address(options_.host, ec);
  if (!ec) {
    candidates.emplace_back(address, options_.port);
  } else {
    tcp::resolver resolver(ioc_);
    auto results = resolver.resolve(options_.host, std::to_string(options_.port),
                                    tcp::resolver::passive | tcp::resolver::numeric_service, ec);
    if (ec) return ec;
    for (const auto& entry : results) candidates.push_back(entry.endpoint());
    if (candidates.empty()) return std::make_error_code(std::errc::address_not_available);
  }

  for (const auto& candidate : candidates) {
    ec.clear();
    error_code ignored;
    acceptor_.open(candidate.protocol(), ec);
    // Lets a restarted server rebind a port whose old connections sit in TIME_WAIT; on Linux
    // it does not allow two listeners on one port.
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(candidate, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    if (!ec) bound_ = acceptor_.local_endpoint(ec);
    if (!ec) break;
    acceptor_.close(ignored);
  }
  if (ec) return ec;

  work_.emplace(ioc_.get_executor());
  do_accept();  // no thread runs the io_context yet, so touching the acceptor here is safe
  try {
    threads_.reserve(thread_count_);
    for (unsigned i = 0; i < thread_count_; ++i) threads_.emplace_back([this] { run_thread(); });
  } catch (const std::system_error& e) {
    ioc_.stop();
    for (auto& thread : threads_) thread.join();
    threads_.clear();
    return e.code();
  }
  phase_ = phase::running;
  return {};
}

void server::impl::run_thread() {
  // A completion handler should never throw, but if one does, the thread must survive it:
  // an exception escaping a std::thread would terminate the whole process.
  for (;;) {
    try {
      ioc_.run();
      return;
    } catch (...) {
    }
  }
}

void server::impl::do_accept() {
  acceptor_.async_accept(asio::make_strand(ioc_),
                         [this](const error_code& ec, tcp::socket socket) {
                           on_accept(ec, std::move(socket));
                         });
}

void server::impl::on_accept(const error_code& ec, tcp::socket socket) {
  if (!acceptor_.is_open() || ec == asio::error::operation_aborted) return;  // stop()
  if (ec) {
    accept_retry_.expires_after(accept_retry_delay);
    accept_retry_.async_wait([this](const error_code& wait_ec) {
      if (!wait_ec && acceptor_.is_open()) do_accept();
    });
    return;
  }
  error_code ignored;
  // Beast writes header and body with one gather write, but a response that follows a small
  // one on the same connection would otherwise wait for the client's delayed ACK.
  socket.set_option(tcp::no_delay(true), ignored);
  try {
    auto s = std::make_shared<session>(*this, std::move(socket));
    bool accepted = false;
    {
      std::lock_guard lock(mutex_);
      // Registration and stop()'s snapshot of the registry are ordered by the mutex, so a
      // session either is in the snapshot or sees the stop here.
      if (phase_ == phase::running) {
        sessions_.emplace(s.get(), s);
        accepted = true;
      }
    }
    if (accepted) asio::dispatch(s->executor(), [s] { s->start(); });
  } catch (...) {
    // Out of memory for one more connection: drop it, keep accepting.
  }
  do_accept();
}

template <class Action>
void server::impl::for_each_session(Action action) {
  std::vector<std::weak_ptr<session>> snapshot;
  {
    std::lock_guard lock(mutex_);
    snapshot.reserve(sessions_.size());
    for (const auto& entry : sessions_) snapshot.push_back(entry.second);
  }
  // Without the lock: dropping the last reference here runs ~session, which takes it.
  for (auto& weak : snapshot)
    if (auto s = weak.lock()) asio::post(s->executor(), [s, action] { action(*s); });
}

void server::impl::stop() {
  {
    std::unique_lock lock(mutex_);
    if (phase_ == phase::created) {
      phase_ = phase::stopped;
      changed_.notify_all();
      return;
    }
    if (phase_ != phase::running) {  // another thread is stopping, or it is done
      changed_.wait(lock, [this] { return phase_ == phase::stopped; });
      return;
    }
    phase_ = phase::stopping;
  }

  // 1. Stop accepting, and know it happened before going on.
  std::promise<void> acceptor_closed;
  asio::post(acceptor_.get_executor(), [this, &acceptor_closed] {
    error_code ignored;
    acceptor_.close(ignored);
    accept_retry_.cancel();
    acceptor_closed.set_value();
  });
  acceptor_closed.get_future().wait();

  // 2. Ask every session to finish.
  for_each_session([](session& s) { s.shutdown(); });

  // 3. Wait for them, then close the stragglers hard.
  auto all_gone = [this] { return sessions_.empty(); };
  bool gone;
  {
    std::unique_lock lock(mutex_);
    gone = changed_.wait_for(lock, stop_grace, all_gone);
  }
  if (!gone) {
    for_each_session([](session& s) { s.force_close(); });
    std::unique_lock lock(mutex_);
    // A handler still running keeps its session; join() below waits for it regardless.
    changed_.wait_for(lock, stop_force_wait, all_gone);
  }

  work_.reset();
  ioc_.stop();
  for (auto& thread : threads_) thread.join();
  threads_.clear();

  std::lock_guard lock(mutex_);
  phase_ = phase::stopped;
  changed_.notify_all();
}

void server::impl::wait() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return phase_ == phase::stopped; });
}

server::server(server_options options, request_handler on_request, rejection_handler on_rejection)
    : impl_(std::make_unique<impl>(std::move(options), std::move(on_request),
                                   std::move(on_rejection))) {}

server::~server() { stop(); }

std::error_code server::start() { return impl_->start(); }

unsigned short server::port() const { return impl_->bound_.port(); }

std::string server::endpoint() const {
  auto address = impl_->bound_.address();
  // A wildcard bind is reachable on loopback; an endpoint must be something to connect to.
  if (address.is_unspecified())
    address = address.is_v6() ? asio::ip::address(asio::ip::address_v6::loopback())
                              : asio::ip::address(asio::ip::address_v4::loopback());
  std::string host = address.to_string();
  if (address.is_v6()) host = "[" + host + "]";
  return "http://" + host + ":" + std::to_string(impl_->bound_.port());
}

void server::stop() { impl_->stop(); }

void server::wait() { impl_->wait(); }

}  // namespace mockaws::http
