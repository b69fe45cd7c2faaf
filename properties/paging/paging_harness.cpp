// The paging harness (see paging_harness.hpp): scenario text -> store -> mockaws on loopback ->
// the engine's client, one page at a time.

#include "properties/paging/paging_harness.hpp"

#include <chrono>
#include <stdexcept>

#include "engine/client/paging.hpp"
#include "mockaws/models/model_registry.hpp"
#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/store/store.hpp"

namespace properties::paging {

namespace {

const mockaws::models::operation& model_operation(const paged_operation& op) {
  const auto* service = mockaws::models::model_registry::embedded().find(op.service);
  const auto* operation = service ? service->find_operation(op.operation) : nullptr;
  if (!operation || !operation->pagination)
    throw std::logic_error(op.test_name() + " has no paginator in the embedded models");
  return *operation;
}

engine::client::client_options options_for(std::string endpoint) {
  engine::client::client_options options;
  options.endpoint_url = std::move(endpoint);
  // The scenarios declare no credentials, so the mock accepts AWS's example pair.
  options.credentials = {std::string(mockaws::store::example_access_key_id),
                         std::string(mockaws::store::example_secret_access_key), ""};
  // One try: the mock is deterministic, so a retry would only hide a failure.
  options.max_attempts = 1;
  options.max_connections = 1;
  options.connect_timeout = std::chrono::milliseconds(5'000);
  options.read_timeout = std::chrono::milliseconds(10'000);
  return options;
}

}  // namespace

served_account::served_account(const std::string& yaml) {
  auto loaded = mockaws::scenario::load_text(yaml, "generated.yaml");
  if (!loaded.store) {
    std::string message = "the generated scenario does not load:";
    for (const auto& e : loaded.errors) message += "\n  " + e.to_string();
    throw std::runtime_error(message + "\n" + yaml);
  }
  mockaws::server::mock_options options;
  options.http.threads = 1;  // one client connection at a time
  server_ = std::make_unique<mockaws::server::mock_server>(loaded.store, options);
  if (auto ec = server_->start()) throw std::runtime_error("mockaws did not start: " + ec.message());
  client_ = std::make_unique<engine::client::aws_client>(options_for(server_->endpoint()));
}

served_account::~served_account() {
  // The client closes its pooled connection first: a server stopping with an idle keep-alive
  // connection open lingers for the client's close (server.cpp).
  client_.reset();
  server_->stop();  // joins its I/O threads
}

listed_pages list_every_page(engine::client::aws_client& client, const paged_operation& op,
                             const json& input) {
  // The same loop call_all_pages runs (aws_client.cpp), with a tap on each page.
  listed_pages out;
  out.merged = engine::client::collect_pages(
      *model_operation(op).pagination, input, [&](const json& page_input) {
        engine::client::call_result page =
            client.call(op.service, op.operation, page_input, "us-east-1");
        if (page.ok()) out.pages.push_back(page.output);
        return page;
      });
  return out;
}

std::size_t page_items(const paged_operation& op, const json& page) {
  const json* items =
      engine::client::value_at_path(page, model_operation(op).pagination->result_keys.front());
  return items && items->is_array() ? items->size() : 0;
}

}  // namespace properties::paging
