#pragma once
// What an operation handler sees and returns. A handler is a plain function from the decoded
// input (an API value) and the account's state to the complete output (an API value): paging,
// encoding and errors are done around it by the server.

#include <optional>
#include <span>
#include <variant>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "mockaws/models/service_model.hpp"
#include "mockaws/protocol/api_error.hpp"
#include "mockaws/protocol/codec.hpp"
#include "mockaws/protocol/timestamp.hpp"
#include "mockaws/services/plain_reads.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::services {

using json = nlohmann::json;

// The page a request asks for, read and validated by the server's pager before the handler runs.
struct page_request {
  bool paged = false;          // the operation pages (its paginator names result lists)
  std::size_t offset = 0;      // opaque tokens: where the page starts
  std::optional<json> after;   // last-item tokens (DynamoDB ListTables): start after this item
  std::size_t limit = 0;       // items per page; 0: all
};

// A handler that cuts its own result list to the page (the table-driven lists, which scan the
// stored collection from the token's position instead of building every item on every page)
// says so here; the pager then only writes the token. Positions are the handler's own (indices
// into the stored collection), opaque to clients.
struct page_window {
  page_request request;
  bool served = false;      // the handler cut its list to the page
  bool more = false;        // items follow the page
  std::size_t next_offset = 0;
  json last_item;           // last-item tokens: the page's last item
};

struct call_context {
  const store::store& store;
  const store::account& account;
  std::string region;  // from the request's credential scope
  const models::service_model& service;
  const models::operation& operation;
  const json& input;
  protocol::timestamp now;  // the store's clock
  protocol::borrowed_list* borrowed = nullptr;  // set by the server; see borrow()
  page_window* page = nullptr;                  // set by the server for paged operations

  // This service's state in the request's region (or global).
  const json& state() const { return account.state(region, service.id()); }
  // Another service's state in the same region (for cross-service lookups).
  const json& state_of(std::string_view service_id) const {
    return account.state(region, service_id);
  }
  // A string member of the input, or "" when absent.
  std::string input_string(std::string_view member) const;
  // Raises an error the service model declares (shape name or wire code).
  [[noreturn]] void fail(std::string_view error, std::string message) const;
  // Answers the output's top-level list `member` with stored items by pointer instead of copies
  // (the hot path of List/Describe calls): the pager pages them and the codec writes them in
  // place, leaving out the item members in `omit`. The handler's returned value then lacks
  // `member`. The items must live in the store, which outlives the request.
  void borrow(std::string member, std::vector<const json*> items,
              std::vector<std::string_view> omit = {}) const;
};

// Returns the operation's full output; the server pages it per the model's paginator.
using handler_fn = json (*)(const call_context&);

// How an operation is answered: a hand-written handler, or one of the plain read rows.
using operation_plan = std::variant<handler_fn, list_read, get_read, sub_document_read, singleton_read>;

// How an operation's paging token reads. Most are opaque; a few AWS APIs page by the last item
// returned (DynamoDB ListTables: LastEvaluatedTableName, then ExclusiveStartTableName).
enum class page_token { opaque, last_item };

struct operation_entry {
  std::string_view service;    // botocore id: "iam"
  std::string_view operation;  // "ListUsers"
  operation_plan plan = handler_fn(nullptr);
  // Items per page when the caller sets no limit: AWS's documented default. 0: everything.
  int default_page_size = 0;
  page_token token = page_token::opaque;
  // Most items a page holds whatever larger limit the caller asks (Lambda ListFunctions: 50).
  // 0: no maximum.
  int max_page_size = 0;
};

// The operation's complete output (the handler's, or the row's).
json answer(const operation_entry& entry, const call_context& c);

}  // namespace mockaws::services
