// Benchmark server: serves a generated account (50 IAM users, 10 EC2 instances, 20 DynamoDB
// tables) with mockaws, and next to it trivial servers on the same Beast transport that do no
// AWS work at all: one per benchmarked call replaying the exact response mockaws gives that call
// (same status, headers and bytes: the fair baseline for what computing the answer costs), and
// one answering a 5-byte body (the transport's ceiling). Prints one JSON line: the endpoints and,
// per call, a request signed the way the AWS CLI would sign it (valid 15 minutes), for a load
// generator to replay. Runs until stdin closes or SIGTERM.
//
// usage: http_bench_server [--threads N]

#include <csignal>
#include <iostream>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "mockaws/http/server.hpp"
#include "mockaws/models/model_registry.hpp"
#include "mockaws/protocol/codec.hpp"
#include "mockaws/server/dispatcher.hpp"
#include "mockaws/server/mock_server.hpp"
#include "mockaws/sigv4/sigv4.hpp"
#include "mockaws/store/store.hpp"

namespace {

using json = nlohmann::json;
using namespace mockaws;

std::shared_ptr<store::store> generated_account() {
  auto s = std::make_shared<store::store>(
      store::clock_source::fixed(*protocol::parse_iso8601("2026-11-01T00:00:00Z")));
  s->add_credential({std::string(store::example_access_key_id),
                     std::string(store::example_secret_access_key), "",
                     std::string(store::default_account_id)});
  auto& account = s->add_account(std::string(store::default_account_id));
  json users = json::array();
  for (int i = 0; i < 50; ++i) {
    std::string name = "user" + std::to_string(i);
    users.push_back({{"UserName", name},
                     {"UserId", "AIDABENCH" + std::to_string(100000 + i)},
                     {"Arn", "arn:aws:iam::123456789012:user/" + name},
                     {"Path", "/"},
                     {"CreateDate", "2024-01-01T00:00:00Z"}});
  }
  account.mutable_state("us-east-1", "iam")["Users"] = users;
  json instances = json::array();
  for (int i = 0; i < 10; ++i)
    instances.push_back({{"InstanceId", "i-0bench00000000" + std::to_string(10 + i)},
                         {"InstanceType", "m5.large"},
                         {"ImageId", "ami-0abcdef1234567890"},
                         {"State", {{"Code", 16}, {"Name", "running"}}},
                         {"VpcId", "vpc-0bench"},
                         {"SubnetId", "subnet-0bench"},
                         {"PrivateIpAddress", "10.0.0." + std::to_string(10 + i)},
                         {"LaunchTime", "2025-01-01T00:00:00Z"},
                         {"SecurityGroups", {{{"GroupId", "sg-0bench"}, {"GroupName", "web"}}}},
                         {"Tags", {{{"Key", "Name"}, {"Value", "app-" + std::to_string(i)}}}}});
  account.mutable_state("us-east-1", "ec2")["Reservations"] = {
      {{"ReservationId", "r-0bench"}, {"OwnerId", "123456789012"}, {"Instances", instances}}};
  json tables = json::array();
  for (int i = 0; i < 20; ++i)
    tables.push_back({{"TableName", "table-" + std::to_string(100 + i)}, {"TableStatus", "ACTIVE"}});
  account.mutable_state("us-east-1", "dynamodb")["Tables"] = tables;
  return s;
}

http::request signed_request(const std::string& host, const std::string& service_id,
                             const std::string& operation) {
  const auto& service = *models::model_registry::embedded().find(service_id);
  http::request request = protocol::codec_for(service.primary_protocol())
                              .encode_request(service, *service.find_operation(operation), json::object());
  request.set_header("host", host);
  sigv4::sign_options options;
  options.scope = {"us-east-1", service.signing_name()};
  options.time = std::chrono::system_clock::now();
  sigv4::sign(request,
              {std::string(store::example_access_key_id),
               std::string(store::example_secret_access_key), ""},
              options);
  return request;
}

json as_json(const http::request& request) {
  json headers = json::object();
  for (const auto& [name, value] : request.headers) headers[name] = value;
  return {{"method", request.method}, {"target", request.target}, {"headers", headers},
          {"body", request.body}};
}

std::unique_ptr<http::server> replaying_server(http::response fixed, unsigned threads) {
  http::server_options options;
  options.threads = threads;
  auto server = std::make_unique<http::server>(
      options, [fixed](http::request&&) { return fixed; },
      [](const http::request&, http::rejection) { return http::response{413, {}, {}}; });
  if (server->start()) throw std::runtime_error("cannot start a trivial server");
  return server;
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = 1;
  for (int i = 1; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--threads") threads = static_cast<unsigned>(std::stoul(argv[i + 1]));

  sigset_t stop;
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);

  auto account = generated_account();
  server::mock_options options;
  options.http.threads = threads;
  server::mock_server mock(account, options);
  if (mock.start()) {
    std::cerr << "cannot start mockaws\n";
    return 1;
  }
  std::string host = "127.0.0.1:" + std::to_string(mock.port());
  // The answers the replaying servers send: what mockaws's own pipeline answers each call.
  server::dispatcher answers(account, {});
  std::vector<std::unique_ptr<http::server>> trivial;
  trivial.push_back(replaying_server({200, {{"content-type", "text/xml"}}, "<ok/>"}, threads));
  json requests = json::object();
  for (const auto& [name, service, operation] :
       {std::tuple{"iam ListUsers (50 users)", "iam", "ListUsers"},
        std::tuple{"ec2 DescribeInstances (10 instances)", "ec2", "DescribeInstances"},
        std::tuple{"dynamodb ListTables (20 tables)", "dynamodb", "ListTables"}}) {
    http::request request = signed_request(host, service, operation);
    trivial.push_back(replaying_server(answers.handle(request), threads));
    requests[name] = as_json(request);
    requests[name]["replay"] = trivial.back()->endpoint();
  }
  json info = {{"mock", mock.endpoint()},
               {"tiny", trivial.front()->endpoint()},
               {"threads", threads},
               {"requests", requests}};
  std::cout << info.dump() << std::endl;

  // Stop on SIGTERM/SIGINT, or when the driver closes our stdin.
  std::thread stdin_watch([] {
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    kill(getpid(), SIGTERM);
  });
  stdin_watch.detach();
  int received = 0;
  sigwait(&stop, &received);
  mock.stop();
  for (auto& t : trivial) t->stop();
  return 0;
}
