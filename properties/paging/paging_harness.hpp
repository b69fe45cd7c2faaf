#pragma once
// The whole path a scan takes, for one generated account: the scenario loader builds the store,
// mockaws serves it over HTTP on 127.0.0.1:0, and the engine's client lists with SigV4-signed
// requests, following the model's paginator exactly as call_all_pages does while keeping every
// page as it came, so properties can check each page as well as the merged result.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/client/aws_client.hpp"
#include "mockaws/server/mock_server.hpp"
#include "properties/paging/paged_operations.hpp"

namespace properties::paging {

// A generated account served over HTTP on 127.0.0.1:0 for the lifetime of the object, with a
// client of its own pointed at it. Throws std::runtime_error with the loader's messages when the
// scenario does not load (a generator's bug), or when mockaws does not start.
class served_account {
 public:
  explicit served_account(const std::string& yaml);
  ~served_account();
  served_account(const served_account&) = delete;
  served_account& operator=(const served_account&) = delete;

  engine::client::aws_client& client() { return *client_; }

 private:
  std::unique_ptr<mockaws::server::mock_server> server_;
  std::unique_ptr<engine::client::aws_client> client_;
};

struct listed_pages {
  engine::client::call_result merged;  // what call_all_pages gives the engine
  std::vector<json> pages;             // each answer's output, tokens included
};

// Every page of `operation` from `input`, through the engine's paging (collect_pages).
listed_pages list_every_page(engine::client::aws_client& client, const paged_operation& op,
                             const json& input);

// The number of items in a page under the paginator's result key (whole reservations for
// DescribeInstances).
std::size_t page_items(const paged_operation& op, const json& page);

}  // namespace properties::paging
