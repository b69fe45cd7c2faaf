#include "mockaws/server/dispatcher.hpp"

#include <cstdio>
#include <random>

#include "mockaws/protocol/codec.hpp"
#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/server/pager.hpp"
#include "mockaws/server/router.hpp"
#include "mockaws/services/registry.hpp"

namespace mockaws::server {

namespace {

using wire = models::protocol;
using mockaws::protocol::api_error;

api_error internal_failure(const models::service_model* service, std::string message) {
  // S3 calls it InternalError; the other services InternalFailure.
  bool s3 = service && service->signing_name() == "s3";
  return api_error(s3 ? "InternalError" : "InternalFailure", std::move(message), 500, false);
}

// An error envelope for a request whose service is unknown: the guessed protocol's shape, with
// no service namespace.
http::response error_response(const route& r, const api_error& error, const std::string& id) {
  static const models::service_model unknown("unknown", nlohmann::ordered_json::parse(
      R"({"metadata":{"protocol":"json","apiVersion":"","targetPrefix":""},"shapes":{},"operations":{}})"));
  const models::service_model& service = r.service ? *r.service : unknown;
  return mockaws::protocol::codec_for(r.protocol).encode_error(service, error, id);
}

}  // namespace

dispatcher::dispatcher(std::shared_ptr<const store::store> store, auth_options auth)
    : store_(std::move(store)),
      models_(models::model_registry::embedded()),
      auth_(auth),
      request_id_seed_(std::random_device{}()) {}

std::string dispatcher::next_request_id() const {
  // UUID-shaped like AWS's, unique per server run.
  unsigned long long n = request_counter_.fetch_add(1, std::memory_order_relaxed);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%08llx-%04llx-4%03llx-8%03llx-%012llx",
                request_id_seed_ & 0xffffffffULL, (request_id_seed_ >> 32) & 0xffffULL,
                (n >> 48) & 0xfffULL, (n >> 36) & 0xfffULL, n & 0xffffffffffffULL);
  return buffer;
}

http::response dispatcher::handle(http::request request) const {
  const std::string request_id = next_request_id();
  sigv4::parse_result auth = sigv4::parse_authorization(request);
  route r = resolve_route(models_, request, auth);
  bool head = request.method == "HEAD";
  http::response response;
  try {
    if (!r.service) {
      throw mockaws::protocol::unknown_operation(
          r.protocol, r.signing_name.empty() ? "(unknown)" : r.signing_name,
          "(mockaws serves no service with signing name '" + r.signing_name + "')");
    }
    auth_result who = authenticate(request, auth, r.service, r.protocol, *store_, auth_);
    if (who.error) throw *who.error;
    // The signature covers the path as sent, so the virtual-hosted rewrite comes after it.
    if (r.service->signing_name() == "s3") rewrite_virtual_hosted_s3(request);

    const mockaws::protocol::codec& codec = mockaws::protocol::codec_for(r.protocol);
    mockaws::protocol::decoded_call call = codec.decode_request(*r.service, request);
    const services::operation_entry* entry =
        services::find_operation_entry(r.service->id(), call.operation->name);
    if (!entry)
      throw api_error("NotImplemented",
                      "mockaws does not implement " + r.service->id() + ":" +
                          call.operation->name + " yet",
                      501, false);

    // A fault the scenario declares answers instead of the handler, after authentication, as
    // AWS's authorization failures and throttling do.
    if (const store::fault* f = store_->fault_for(r.service->id(), call.operation->name, r.region))
      throw api_error(f->code, f->message, f->status, f->status < 500);

    const store::account* account =
        who.credential ? store_->find_account(who.credential->account_id) : nullptr;
    if (!account && !store_->accounts().empty()) account = &store_->accounts().begin()->second;
    if (!account) throw internal_failure(r.service, "the scenario declares no account");

    services::page_window page{
        read_page_request(*r.service, *call.operation, r.protocol, call.input, *entry)};
    mockaws::protocol::borrowed_list borrowed;
    services::call_context context{*store_,     *account,        r.region,
                                   *r.service,  *call.operation, call.input,
                                   store_->clock().now(), &borrowed, &page};
    mockaws::protocol::json output = services::answer(*entry, context);
    const auto* lent = borrowed.member.empty() ? nullptr : &borrowed;
    finish_page(*r.service, *call.operation, r.protocol, page, output, *entry, &borrowed);
    try {
      response = codec.encode_response(*r.service, *call.operation, output, request_id, lent);
    } catch (const mockaws::protocol::value_error& e) {
      // The stored resource does not fit the API's shape: a scenario problem, said plainly.
      throw internal_failure(r.service, "the scenario's data for " + call.operation->name +
                                            " does not fit the API: " + e.what());
    }
  } catch (const api_error& e) {
    response = error_response(r, e, request_id);
  } catch (const std::exception& e) {
    response = error_response(r, internal_failure(r.service, e.what()), request_id);
  }
  // A HEAD response has headers only (S3 HeadBucket's errors included).
  if (head) response.body.clear();
  return response;
}

http::response dispatcher::reject(const http::request& headers_only, http::rejection) const {
  sigv4::parse_result auth = sigv4::parse_authorization(headers_only);
  route r = resolve_route(models_, headers_only, auth);
  bool s3 = r.service && r.service->signing_name() == "s3";
  api_error error(s3 ? "EntityTooLarge" : "RequestEntityTooLarge",
                  s3 ? "Your proposed upload exceeds the maximum allowed size"
                     : "Request body is larger than mockaws accepts",
                  413);
  http::response response = error_response(r, error, next_request_id());
  response.set_header("connection", "close");
  return response;
}

}  // namespace mockaws::server
