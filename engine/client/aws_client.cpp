#include "engine/client/aws_client.hpp"

#include <atomic>
#include <cctype>
#include <stdexcept>
#include <thread>

#include "engine/client/http_transport.hpp"
#include "engine/client/paging.hpp"
#include "engine/client/retry.hpp"
#include "engine/client/s3_region.hpp"
#include "engine/client/thread_pool.hpp"
#include "mockaws/models/model_registry.hpp"
#include "mockaws/protocol/codec.hpp"

namespace engine::client {

namespace {

namespace models = mockaws::models;

transport_options transport_from(const client_options& options) {
  transport_options out;
  out.connect_timeout = options.connect_timeout;
  out.read_timeout = options.read_timeout;
  out.max_response_bytes = options.max_response_bytes;
  out.max_connections = options.max_connections;
  out.ca_file = options.ca_file;
  return out;
}

// A code for an error answer whose body says nothing readable (a proxy's 503 page, S3's body-less
// answers to HEAD): the one AWS would most likely have sent with that status.
std::string code_for_status(unsigned status) {
  switch (status) {
    case 400: return "BadRequest";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "NotFound";
    case 429: return "TooManyRequestsException";
    case 500: return "InternalError";
    case 501: return "NotImplemented";
    case 502: return "BadGateway";
    case 503: return "ServiceUnavailable";
    case 504: return "GatewayTimeout";
    default: return "HTTP" + std::to_string(status);
  }
}

call_error error_from_answer(const mockaws::protocol::call_outcome& outcome) {
  const auto& e = *outcome.error;
  call_error out;
  out.http_status = outcome.http_status;
  out.code = e.code.empty() ? e.type : e.code;
  out.message = e.message;
  if (outcome.http_status >= 300 && (out.code.empty() || out.code == "MalformedResponse")) {
    if (!out.message.empty()) out.message = "no AWS error in the answer (" + out.message + ")";
    out.code = code_for_status(outcome.http_status);
  }
  out.kind = classify_answer(out.http_status, out.code);
  return out;
}

// Fills an operation's hostPrefix ("{AccountId}.") from the input, for real AWS hosts only: a
// local endpoint (mockaws, moto) is one host, as with the SDKs' inject_host_prefix=false.
bool apply_host_prefix(const models::operation& op, const json& input, endpoint& to,
                       std::string& problem) {
  std::string prefix;
  std::string_view rest = op.host_prefix;
  while (!rest.empty()) {
    auto open = rest.find('{');
    prefix += rest.substr(0, open);
    if (open == std::string_view::npos) break;
    auto close = rest.find('}', open);
    if (close == std::string_view::npos) break;
    std::string label(rest.substr(open + 1, close - open - 1));
    auto value = input.find(label);
    if (value == input.end() || !value->is_string() || value->get_ref<const std::string&>().empty()) {
      problem = op.name + " needs " + label + " for its host name";
      return false;
    }
    for (char c : value->get_ref<const std::string&>()) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') {
        problem = label + " '" + value->get<std::string>() + "' cannot be part of a host name";
        return false;
      }
    }
    prefix += value->get<std::string>();
    rest.remove_prefix(close + 1);
  }
  to.address.host = prefix + to.address.host;
  return true;
}

}  // namespace

struct aws_client::impl {
  client_options options;
  std::optional<endpoint_url> override_url;
  http_transport transport;
  retry_quota quota;
  bucket_region_cache bucket_regions;
  std::atomic<std::uint64_t> requests{0};
  std::atomic<std::uint64_t> retries{0};
  std::atomic<std::uint64_t> redirects{0};
  thread_pool workers;

  explicit impl(client_options opts)
      : options(std::move(opts)),
        override_url(options.endpoint_url ? std::optional(parse_endpoint_url(*options.endpoint_url))
                                          : std::nullopt),
        transport(transport_from(options)),
        quota(options.retry_quota),
        workers(options.max_connections) {
    if (!options.now) options.now = [] { return std::chrono::system_clock::now(); };
    if (options.max_attempts == 0) options.max_attempts = 1;
  }

  call_result call(std::string_view service_id, std::string_view operation, const json& input,
                   std::string_view region);
  call_result call_all_pages(std::string_view service_id, std::string_view operation,
                             const json& input, std::string_view region);
  void sign(mockaws::http::request& request, const models::service_model& service,
            const endpoint& to) const;
};

void aws_client::impl::sign(mockaws::http::request& request, const models::service_model& service,
                            const endpoint& to) const {
  request.set_header("host", to.host_header());
  if (!options.user_agent.empty()) request.set_header("user-agent", options.user_agent);
  const bool s3 = service.signing_name() == "s3";
  mockaws::sigv4::sign_options signing;
  signing.scope = {to.signing_region, service.signing_name()};
  signing.time = options.now();
  // S3 signs the path as sent and wants the payload hash in a header (sigv4.hpp).
  signing.mode = s3 ? mockaws::sigv4::uri_mode::s3_as_is
                    : mockaws::sigv4::uri_mode::normalize_and_encode;
  signing.add_content_sha256_header = s3;
  mockaws::sigv4::sign(request, options.credentials, signing);
}

call_result aws_client::impl::call(std::string_view service_id, std::string_view operation,
                                   const json& input, std::string_view region) {
  call_result result;
  auto fail = [&](call_error error) {
    error.service = std::string(service_id);
    error.operation = std::string(operation);
    error.region = std::string(region);
    result.error = std::move(error);
    return result;
  };
  auto refuse = [&](std::string code, std::string message) {
    return fail({std::move(code), std::move(message), 0, failure_kind::client_error});
  };

  const auto* service = models::model_registry::embedded().find(service_id);
  if (!service)
    return refuse("UnknownService", "no embedded model for service '" + std::string(service_id) + "'");
  const auto* op = service->find_operation(operation);
  if (!op)
    return refuse("UnknownOperation", "the embedded model of " + std::string(service_id) +
                                          " has no operation " + std::string(operation) +
                                          " (mockaws/models/operations.tsv lists them)");
  if (!valid_region_name(region))
    return refuse("InvalidRegion", "'" + std::string(region) + "' is not an AWS region name");
  const auto& codec = mockaws::protocol::codec_for(service->primary_protocol());
  mockaws::http::request encoded;
  try {
    encoded = codec.encode_request(*service, *op, input);
  } catch (const std::exception& e) {
    return refuse("InvalidInput", e.what());
  }

  const bool s3 = service->signing_name() == "s3";
  std::string bucket;
  if (s3 && input.contains("Bucket") && input["Bucket"].is_string()) bucket = input["Bucket"];
  std::string target_region(region);
  if (!bucket.empty())
    if (auto known = bucket_regions.find(bucket)) target_region = *known;

  bool redirected = false;
  unsigned attempt = 1;
  unsigned quota_taken = 0;
  for (;;) {
    endpoint to = resolve_endpoint(*service, target_region, override_url);
    std::string problem;
    if (!to.overridden && !op->host_prefix.empty() && !apply_host_prefix(*op, input, to, problem))
      return refuse("InvalidInput", problem);
    mockaws::http::request request = encoded;
    sign(request, *service, to);
    ++result.requests;
    ++requests;
    exchange_result exchanged = transport.send(to, request);

    call_error failure;
    bool retryable = false;
    bool timeout = false;
    if (!exchanged.response) {
      failure = exchanged.malformed
                    ? call_error{"MalformedResponse", exchanged.error, 0, failure_kind::malformed_response}
                    : call_error{"NetworkError", exchanged.error, 0, failure_kind::network};
      retryable = exchanged.retryable;
      timeout = exchanged.timeout;
    } else {
      auto outcome = codec.decode_response(*service, *op, *exchanged.response);
      result.request_id = outcome.request_id;
      if (!outcome.error) {
        quota.release(quota_taken);
        result.output = std::move(outcome.output);
        result.attempts = attempt;
        return result;
      }
      if (s3 && !redirected) {
        auto bucket_region = bucket_region_from(*exchanged.response, outcome);
        if (bucket_region && *bucket_region != target_region) {
          if (!bucket.empty()) bucket_regions.remember(bucket, *bucket_region);
          target_region = *bucket_region;
          redirected = true;
          ++redirects;
          continue;
        }
      }
      failure = error_from_answer(outcome);
      retryable = retryable_answer(failure.http_status, failure.code);
    }

    unsigned taken = 0;
    if (retryable && attempt < options.max_attempts && quota.acquire(timeout, taken)) {
      quota_taken += taken;
      std::this_thread::sleep_for(
          backoff_delay(attempt, options.base_delay, options.max_backoff, jitter()));
      ++attempt;
      ++retries;
      continue;
    }
    result.attempts = attempt;
    return fail(std::move(failure));
  }
}

call_result aws_client::impl::call_all_pages(std::string_view service_id,
                                             std::string_view operation, const json& input,
                                             std::string_view region) {
  const auto* service = models::model_registry::embedded().find(service_id);
  const auto* op = service ? service->find_operation(operation) : nullptr;
  if (!op || !op->pagination) return call(service_id, operation, input, region);
  call_result result = collect_pages(*op->pagination, input, [&](const json& page_input) {
    return call(service_id, operation, page_input, region);
  });
  if (result.error && result.error->service.empty()) {  // a paging failure, not a page's
    result.error->service = std::string(service_id);
    result.error->operation = std::string(operation);
    result.error->region = std::string(region);
  }
  return result;
}

aws_client::aws_client(client_options options) : impl_(std::make_unique<impl>(std::move(options))) {}

aws_client::~aws_client() {
  // The submitted calls finish while every part of the client still exists.
  impl_->workers.shutdown();
}

call_result aws_client::call(std::string_view service_id, std::string_view operation,
                             const json& input, std::string_view region) {
  return impl_->call(service_id, operation, input, region);
}

call_result aws_client::call_all_pages(std::string_view service_id, std::string_view operation,
                                       const json& input, std::string_view region) {
  return impl_->call_all_pages(service_id, operation, input, region);
}

std::future<call_result> aws_client::submit(std::string service_id, std::string operation,
                                            json input, std::string region) {
  return impl_->workers.submit(
      [client = impl_.get(), service_id = std::move(service_id), operation = std::move(operation),
       input = std::move(input), region = std::move(region)] {
        return client->call(service_id, operation, input, region);
      });
}

std::future<call_result> aws_client::submit_all_pages(std::string service_id,
                                                      std::string operation, json input,
                                                      std::string region) {
  return impl_->workers.submit(
      [client = impl_.get(), service_id = std::move(service_id), operation = std::move(operation),
       input = std::move(input), region = std::move(region)] {
        return client->call_all_pages(service_id, operation, input, region);
      });
}

client_stats aws_client::stats() const {
  return {impl_->requests.load(), impl_->retries.load(), impl_->redirects.load()};
}

const client_options& aws_client::options() const { return impl_->options; }

}  // namespace engine::client
