// Tests of the HTTP/1.1 transport, driven through real loopback sockets with exact bytes.
// Timeouts here only keep a broken build from hanging; no test asserts how fast anything is.

#include "mockaws/http/server.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>

namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;
using mockaws::http::rejection;
using mockaws::http::request;
using mockaws::http::response;
using mockaws::http::server;
using mockaws::http::server_options;

// Generous bound on every wait in a test, so a bug fails the test instead of hanging it.
constexpr auto test_deadline = 10s;

using reply = bhttp::response<bhttp::string_body>;

// A blocking HTTP client over one connection that sends exactly the bytes it is given.
// Reads run asynchronously on a private io_context so that they can have a deadline.
class raw_client {
 public:
  explicit raw_client(unsigned short port) : stream_(ioc_) {
    stream_.socket().connect(tcp::endpoint(asio::ip::address_v4::loopback(), port));
  }

  // Sends bytes; false when the server already closed the connection.
  bool send(std::string_view bytes) {
    boost::system::error_code ec;
    asio::write(stream_.socket(), asio::buffer(bytes.data(), bytes.size()), ec);
    return !ec;
  }

  // Reads one response. `head`: it answers a HEAD request, so it has no body.
  std::optional<reply> read(bool head = false) {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(boost::none);
    parser.skip(head);
    boost::system::error_code result;
    stream_.expires_after(test_deadline);
    bhttp::async_read(stream_, buffer_, parser,
                      [&](const boost::system::error_code& ec, std::size_t) { result = ec; });
    run();
    if (result) return std::nullopt;
    return parser.release();
  }

  // Reads an interim (1xx) response header only, e.g. "100 Continue".
  std::optional<unsigned> read_interim() {
    bhttp::response_parser<bhttp::empty_body> parser;
    boost::system::error_code result;
    stream_.expires_after(test_deadline);
    bhttp::async_read_header(stream_, buffer_, parser,
                             [&](const boost::system::error_code& ec, std::size_t) { result = ec; });
    run();
    if (result) return std::nullopt;
    return parser.get().result_int();
  }

  // True when the server closed the connection (EOF or reset) before sending anything more.
  bool closed_by_server() {
    if (buffer_.size() != 0) return false;
    char byte;
    boost::system::error_code result;
    std::size_t got = 0;
    stream_.expires_after(test_deadline);
    stream_.async_read_some(asio::buffer(&byte, 1),
                            [&](const boost::system::error_code& ec, std::size_t n) {
                              result = ec;
                              got = n;
                            });
    run();
    return got == 0 && (result == asio::error::eof || result == asio::error::connection_reset);
  }

  void close() {
    boost::system::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.socket().close(ignored);
  }

 private:
  void run() {
    ioc_.restart();
    ioc_.run();
  }

  asio::io_context ioc_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
};

std::string get_request(std::string_view target, std::string_view extra_headers = "") {
  return "GET " + std::string(target) + " HTTP/1.1\r\nHost: localhost\r\n" +
         std::string(extra_headers) + "\r\n";
}

std::string post_request(std::string_view target, std::string_view body,
                         std::string_view extra_headers = "") {
  return "POST " + std::string(target) + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n" + std::string(extra_headers) + "\r\n" +
         std::string(body);
}

// Echoes the request back: status 200, "x-method"/"x-target" headers, the body unchanged.
response echo(request&& req) {
  response res;
  res.headers.emplace_back("x-method", req.method);
  res.headers.emplace_back("x-target", req.target);
  res.body = std::move(req.body);
  return res;
}

response refuse(const request&, rejection) {
  return response{413, {{"x-refused", "yes"}}, "too large"};
}

class server_test : public ::testing::Test {
 protected:
  server_options options() {
    server_options o;
    o.threads = 2;
    return o;
  }

  // Starts a server; the handlers default to echo and refuse.
  server& start(server_options o, mockaws::http::request_handler on_request = echo,
                mockaws::http::rejection_handler on_rejection = refuse) {
    server_ = std::make_unique<server>(std::move(o), std::move(on_request),
                                       std::move(on_rejection));
    auto ec = server_->start();
    EXPECT_FALSE(ec) << ec.message();
    return *server_;
  }

  // A fresh connection still gets a normal answer.
  void expect_serving() {
    raw_client client(server_->port());
    ASSERT_TRUE(client.send(get_request("/still-there")));
    auto res = client.read();
    ASSERT_TRUE(res);
    EXPECT_EQ(res->result_int(), 200u);
    EXPECT_EQ((*res)["x-target"], "/still-there");
  }

  std::unique_ptr<server> server_;
};

TEST_F(server_test, StartOnPortZeroReportsRealPortAndEndpoint) {
  auto& srv = start(options());
  EXPECT_NE(srv.port(), 0);
  EXPECT_EQ(srv.endpoint(), "http://127.0.0.1:" + std::to_string(srv.port()));
}

TEST_F(server_test, StartTwiceFails) {
  auto& srv = start(options());
  EXPECT_TRUE(srv.start());
}

TEST_F(server_test, StartOnBusyPortReturnsError) {
  auto& first = start(options());
  auto o = options();
  o.port = first.port();
  server second(o, echo, refuse);
  EXPECT_TRUE(second.start());
}

TEST_F(server_test, GetRoundTrip) {
  start(options(), [](request&& req) {
    EXPECT_EQ(req.method, "GET");
    EXPECT_EQ(req.target, "/bucket/key?list-type=2&prefix=a%2Fb");
    EXPECT_TRUE(req.body.empty());
    return response{202, {{"x-amz-request-id", "r1"}, {"Content-Type", "text/plain"}}, "hello"};
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/bucket/key?list-type=2&prefix=a%2Fb")));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 202u);
  EXPECT_EQ((*res)["x-amz-request-id"], "r1");
  EXPECT_EQ((*res)["content-type"], "text/plain");
  EXPECT_EQ((*res)["content-length"], "5");
  EXPECT_EQ(res->body(), "hello");
  EXPECT_TRUE(res->keep_alive());
}

TEST_F(server_test, HeaderNamesReachHandlerLowerCasedInOrder) {
  std::promise<mockaws::http::header_list> seen;
  start(options(), [&](request&& req) {
    seen.set_value(req.headers);
    return response{};
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(
      "GET / HTTP/1.1\r\nHost: h\r\nX-Amz-Date: 20240101T000000Z\r\nX-AMZ-Target: A.B\r\n"
      "x-dup: 1\r\nX-Dup: 2\r\n\r\n"));
  ASSERT_TRUE(client.read());
  auto headers = seen.get_future().get();
  const mockaws::http::header_list expected{{"host", "h"},
                                            {"x-amz-date", "20240101T000000Z"},
                                            {"x-amz-target", "A.B"},
                                            {"x-dup", "1"},
                                            {"x-dup", "2"}};
  EXPECT_EQ(headers, expected);
}

TEST_F(server_test, PostBodyIntactIncludingBinary) {
  start(options());
  std::string body;
  for (int i = 0; i < 300'000; ++i) body.push_back(static_cast<char>(i % 256));
  body[0] = '\0';
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(post_request("/upload", body)));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 200u);
  EXPECT_EQ((*res)["x-method"], "POST");
  EXPECT_EQ(res->body().size(), body.size());
  EXPECT_TRUE(res->body() == body);
}

TEST_F(server_test, ChunkedBodyIsDecoded) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(
      "PUT /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
      "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->body(), "hello world");
}

TEST_F(server_test, KeepAliveHundredSequentialRequests) {
  std::atomic<int> calls{0};
  start(options(), [&](request&& req) {
    ++calls;
    return echo(std::move(req));
  });
  raw_client client(server_->port());
  for (int i = 0; i < 100; ++i) {
    const std::string target = "/n/" + std::to_string(i);
    ASSERT_TRUE(client.send(i % 2 ? get_request(target) : post_request(target, "body")));
    auto res = client.read();
    ASSERT_TRUE(res) << "request " << i;
    EXPECT_EQ((*res)["x-target"], target);
  }
  EXPECT_EQ(calls.load(), 100);
}

TEST_F(server_test, ClientConnectionCloseClosesAfterResponse) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/bye", "Connection: close\r\n")));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 200u);
  EXPECT_FALSE(res->keep_alive());
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, Http10WithoutKeepAliveClosesAfterResponse) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send("GET /old HTTP/1.0\r\n\r\n"));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->version(), 10u);
  EXPECT_EQ(res->body(), "");
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, HandlerConnectionCloseClosesAfterResponse) {
  start(options(), [](request&&) { return response{200, {{"connection", "close"}}, "x"}; });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/")));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_FALSE(res->keep_alive());
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, PipelinedRequestsAnsweredInOrder) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(post_request("/first", "one") + get_request("/second") +
                          post_request("/third", "three")));
  for (std::string_view target : {"/first", "/second", "/third"}) {
    auto res = client.read();
    ASSERT_TRUE(res) << target;
    EXPECT_EQ((*res)["x-target"], target);
  }
}

TEST_F(server_test, TransportOwnsFraming) {
  // A wrong Content-Length or a Transfer-Encoding from the handler must not break framing.
  start(options(), [](request&&) {
    return response{200, {{"content-length", "999"}, {"transfer-encoding", "chunked"}}, "abc"};
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/a") + get_request("/b")));
  for (int i = 0; i < 2; ++i) {
    auto res = client.read();
    ASSERT_TRUE(res);
    EXPECT_EQ((*res)["content-length"], "3");
    EXPECT_EQ(res->body(), "abc");
  }
}

TEST_F(server_test, HeadKeepsDeclaredLengthWithoutBody) {
  start(options(), [](request&& req) {
    if (req.method != "HEAD") return response{200, {}, ""};
    return response{200, {{"content-length", "1234"}, {"etag", "\"e\""}}, ""};
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send("HEAD /obj HTTP/1.1\r\nHost: h\r\n\r\n" + get_request("/next")));
  auto head = client.read(/*head=*/true);
  ASSERT_TRUE(head);
  EXPECT_EQ((*head)["content-length"], "1234");
  EXPECT_EQ((*head)["etag"], "\"e\"");
  // The next response parses cleanly only if the HEAD answer carried no body bytes.
  auto next = client.read();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->result_int(), 200u);
  EXPECT_EQ((*next)["content-length"], "0");
}

TEST_F(server_test, NoContentHasNoBodyAndKeepsConnection) {
  start(options(), [](request&& req) {
    return req.target == "/del" ? response{204, {}, ""} : response{200, {}, "ok"};
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send("DELETE /del HTTP/1.1\r\nHost: h\r\n\r\n"));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 204u);
  EXPECT_EQ(res->count(bhttp::field::content_length), 0u);
  ASSERT_TRUE(client.send(get_request("/after")));
  auto after = client.read();
  ASSERT_TRUE(after);
  EXPECT_EQ(after->body(), "ok");
}

TEST_F(server_test, BodyOverLimitByContentLengthIsRejected) {
  auto o = options();
  o.max_body_bytes = 1000;
  std::promise<request> seen;
  std::atomic<int> handled{0};
  start(
      o,
      [&](request&& req) {
        ++handled;
        return echo(std::move(req));
      },
      [&](const request& headers_only, rejection why) {
        EXPECT_EQ(why, rejection::body_too_large);
        seen.set_value(headers_only);
        return refuse(headers_only, why);
      });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(
      "PUT /bucket/big HTTP/1.1\r\nHost: h\r\nX-Amz-Meta-Color: red\r\n"
      "Content-Length: 5000\r\n\r\n" +
      std::string(100, 'x')));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 413u);
  EXPECT_EQ((*res)["x-refused"], "yes");
  EXPECT_EQ(res->body(), "too large");
  EXPECT_FALSE(res->keep_alive());
  EXPECT_TRUE(client.closed_by_server());

  auto req = seen.get_future().get();
  EXPECT_EQ(req.method, "PUT");
  EXPECT_EQ(req.target, "/bucket/big");
  EXPECT_EQ(req.header("x-amz-meta-color"), "red");
  EXPECT_EQ(req.header("content-length"), "5000");
  EXPECT_TRUE(req.body.empty());
  EXPECT_EQ(handled.load(), 0);
  expect_serving();
}

TEST_F(server_test, BodyAtLimitIsAccepted) {
  auto o = options();
  o.max_body_bytes = 1000;
  start(o);
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(post_request("/ok", std::string(1000, 'b'))));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 200u);
  EXPECT_EQ(res->body().size(), 1000u);
}

TEST_F(server_test, ChunkedBodyOverLimitIsRejected) {
  auto o = options();
  o.max_body_bytes = 1000;
  std::promise<request> seen;
  start(o, echo, [&](const request& headers_only, rejection why) {
    seen.set_value(headers_only);
    return refuse(headers_only, why);
  });
  raw_client client(server_->port());
  std::string bytes = "POST /stream HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 5; ++i) bytes += "1f4\r\n" + std::string(500, 'c') + "\r\n";
  ASSERT_TRUE(client.send(bytes));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 413u);
  EXPECT_FALSE(res->keep_alive());
  EXPECT_TRUE(client.closed_by_server());
  auto req = seen.get_future().get();
  EXPECT_EQ(req.target, "/stream");
  EXPECT_EQ(req.header("transfer-encoding"), "chunked");
  EXPECT_TRUE(req.body.empty());
  expect_serving();
}

TEST_F(server_test, RejectionHandlerThatThrowsGives413) {
  auto o = options();
  o.max_body_bytes = 10;
  start(o, echo, [](const request&, rejection) -> response { throw std::runtime_error("no"); });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(post_request("/x", std::string(11, 'x'))));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 413u);
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, ExpectContinueGetsInterimResponse) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(
      "PUT /obj HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"));
  auto interim = client.read_interim();
  ASSERT_TRUE(interim);
  EXPECT_EQ(*interim, 100u);
  ASSERT_TRUE(client.send("data"));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 200u);
  EXPECT_EQ(res->body(), "data");
}

TEST_F(server_test, ExpectContinueOverLimitIsRejectedWithoutInterim) {
  auto o = options();
  o.max_body_bytes = 10;
  start(o);
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(
      "PUT /obj HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n"));
  auto res = client.read();  // a 100 here would fail: read() expects the final answer
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 413u);
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, HeaderOverLimitGets431AndClose) {
  auto o = options();
  o.max_header_bytes = 1024;
  std::atomic<int> handled{0};
  start(o, [&](request&& req) {
    ++handled;
    return echo(std::move(req));
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/", "X-Big: " + std::string(4000, 'h') + "\r\n")));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 431u);
  EXPECT_TRUE(res->body().empty());
  EXPECT_FALSE(res->keep_alive());
  EXPECT_TRUE(client.closed_by_server());
  EXPECT_EQ(handled.load(), 0);
  expect_serving();
}

TEST_F(server_test, MalformedRequestLineGets400AndClose) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send("THIS IS NOT HTTP\r\n\r\n"));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 400u);
  EXPECT_TRUE(res->body().empty());
  EXPECT_FALSE(res->keep_alive());
  EXPECT_TRUE(client.closed_by_server());
  expect_serving();
}

TEST_F(server_test, MalformedHeaderAfterGoodRequestGets400) {
  start(options());
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/good") +
                          "GET /bad HTTP/1.1\r\nContent-Length: nope\r\n\r\n"));
  auto good = client.read();
  ASSERT_TRUE(good);
  EXPECT_EQ(good->result_int(), 200u);
  auto bad = client.read();
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->result_int(), 400u);
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, CutOffMidBodyClosesQuietly) {
  std::atomic<int> handled{0};
  start(options(), [&](request&& req) {
    ++handled;
    return echo(std::move(req));
  });
  {
    raw_client client(server_->port());
    ASSERT_TRUE(client.send("POST /cut HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n" +
                            std::string(10, 'z')));
    client.close();
  }
  expect_serving();
  EXPECT_EQ(handled.load(), 1);  // only expect_serving's request
}

TEST_F(server_test, ClientStallingMidBodyIsClosedAfterReadTimeout) {
  auto o = options();
  o.read_timeout = 200ms;
  std::atomic<int> handled{0};
  start(o, [&](request&& req) {
    ++handled;
    return echo(std::move(req));
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send("POST /slow HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n" +
                          std::string(10, 'z')));
  EXPECT_TRUE(client.closed_by_server());
  EXPECT_EQ(handled.load(), 0);
  expect_serving();
}

TEST_F(server_test, ClientStallingInHeaderIsClosedAfterReadTimeout) {
  auto o = options();
  o.read_timeout = 200ms;
  start(o);
  raw_client client(server_->port());
  ASSERT_TRUE(client.send("GET /slow HTTP/1.1\r\nHost: h\r\n"));
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, IdleKeepAliveConnectionClosedAfterIdleTimeout) {
  auto o = options();
  o.idle_timeout = 200ms;
  start(o);
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/once")));
  ASSERT_TRUE(client.read());
  EXPECT_TRUE(client.closed_by_server());
  expect_serving();
}

TEST_F(server_test, HandlerThatThrowsGives500AndKeepsConnection) {
  start(options(), [](request&& req) -> response {
    if (req.target == "/throw") throw std::runtime_error("boom");
    if (req.target == "/throw-int") throw 42;
    return echo(std::move(req));
  });
  raw_client client(server_->port());
  for (std::string_view target : {"/throw", "/throw-int"}) {
    ASSERT_TRUE(client.send(get_request(target)));
    auto res = client.read();
    ASSERT_TRUE(res);
    EXPECT_EQ(res->result_int(), 500u);
    EXPECT_TRUE(res->body().empty());
    EXPECT_TRUE(res->keep_alive());
  }
  ASSERT_TRUE(client.send(get_request("/fine")));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 200u);
}

TEST_F(server_test, UnrepresentableStatusGives500) {
  start(options(), [](request&&) { return response{1000, {}, "x"}; });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/")));
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 500u);
}

TEST_F(server_test, StopDeliversResponseOfRequestInHandler) {
  std::promise<void> entered;
  start(options(), [&](request&& req) {
    entered.set_value();
    std::this_thread::sleep_for(200ms);
    return echo(std::move(req));
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(post_request("/slow", "payload")));
  entered.get_future().wait();
  std::thread stopper([&] { server_->stop(); });
  auto res = client.read();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->result_int(), 200u);
  EXPECT_EQ(res->body(), "payload");
  EXPECT_TRUE(client.closed_by_server());
  stopper.join();
}

TEST_F(server_test, StopIsIdempotentAndReleasesWaiters) {
  auto& srv = start(options());
  std::thread waiter([&] { srv.wait(); });
  srv.stop();
  srv.stop();
  waiter.join();
  srv.wait();  // already stopped: returns at once
  // The port is released: a new connection is refused.
  asio::io_context ioc;
  tcp::socket socket(ioc);
  boost::system::error_code ec;
  socket.connect(tcp::endpoint(asio::ip::address_v4::loopback(), srv.port()), ec);
  EXPECT_TRUE(ec);
}

TEST_F(server_test, StopFromSeveralThreadsAtOnce) {
  auto& srv = start(options());
  std::vector<std::thread> stoppers;
  for (int i = 0; i < 4; ++i) stoppers.emplace_back([&] { srv.stop(); });
  for (auto& t : stoppers) t.join();
}

TEST_F(server_test, StopWithoutStartAndDestroyWithoutStop) {
  {
    server never_started(options(), echo, refuse);
    never_started.stop();
    never_started.wait();
  }
  {
    server running(options(), echo, refuse);
    ASSERT_FALSE(running.start());
    raw_client client(running.port());
    ASSERT_TRUE(client.send(get_request("/")));
    ASSERT_TRUE(client.read());
  }  // the destructor stops it
}

TEST_F(server_test, StopWithIdleConnectionsCompletes) {
  start(options());
  std::vector<std::unique_ptr<raw_client>> clients;
  for (int i = 0; i < 5; ++i) {
    clients.push_back(std::make_unique<raw_client>(server_->port()));
    ASSERT_TRUE(clients.back()->send(get_request("/idle")));
    ASSERT_TRUE(clients.back()->read());
  }
  // Connected but never sent anything.
  clients.push_back(std::make_unique<raw_client>(server_->port()));
  server_->stop();
  for (auto& client : clients) EXPECT_TRUE(client->closed_by_server());
}

TEST_F(server_test, StopClosesConnectionStalledMidRequest) {
  start(options());
  raw_client client(server_->port());
  // A full exchange first, so that the session surely exists when the partial request comes.
  ASSERT_TRUE(client.send(get_request("/first")));
  ASSERT_TRUE(client.read());
  ASSERT_TRUE(client.send("POST /never HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\nab"));
  // Give the server a moment to start reading the body (if it has not, the test still holds:
  // the session is then idle and closed at once).
  std::this_thread::sleep_for(100ms);
  server_->stop();
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, StopOutlastingGracePeriodStillCompletes) {
  std::promise<void> entered;
  start(options(), [&](request&& req) {
    entered.set_value();
    std::this_thread::sleep_for(2500ms);  // longer than stop()'s grace period
    return echo(std::move(req));
  });
  raw_client client(server_->port());
  ASSERT_TRUE(client.send(get_request("/very-slow")));
  entered.get_future().wait();
  server_->stop();
  // The session was closed hard once the handler returned; its answer may or may not have
  // made it out first. Either way the connection ends.
  if (auto res = client.read()) {
    EXPECT_EQ(res->result_int(), 200u);
  }
  EXPECT_TRUE(client.closed_by_server());
}

TEST_F(server_test, ConcurrentClientsOnTheirOwnConnections) {
  start(options());
  constexpr int clients = 8;
  constexpr int requests = 50;
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      raw_client client(server_->port());
      for (int i = 0; i < requests; ++i) {
        const std::string target = "/c" + std::to_string(c) + "/" + std::to_string(i);
        const std::string body = "body-" + target;
        if (!client.send(post_request(target, body))) return;
        auto res = client.read();
        if (res && res->result_int() == 200 && (*res)["x-target"] == target && res->body() == body)
          ++ok;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), clients * requests);
}

}  // namespace
