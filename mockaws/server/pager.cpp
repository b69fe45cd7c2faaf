#include "mockaws/server/pager.hpp"

#include <charconv>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/protocol_errors.hpp"
#include "mockaws/server/page_limits.hpp"

namespace mockaws::server {

namespace {

using protocol::json;

// Paginator keys may be dotted paths ("DescribeResult.Items"); most are one member ("Marker").
// The value at such a path, or nullptr.
json* find_path(json& root, std::string_view path) {
  json* at = &root;
  for (;;) {
    auto dot = path.find('.');
    if (!at->is_object()) return nullptr;
    auto it = at->find(path.substr(0, dot));
    if (it == at->end()) return nullptr;
    at = &*it;
    if (dot == std::string_view::npos) return at;
    path.remove_prefix(dot + 1);
  }
}

// The value at a path, created (with its parents) when absent.
json& make_path(json& root, std::string_view path) {
  json* at = &root;
  for (;;) {
    auto dot = path.find('.');
    at = &(*at)[std::string(path.substr(0, dot))];
    if (dot == std::string_view::npos) return *at;
    path.remove_prefix(dot + 1);
  }
}

void erase_path(json& root, std::string_view path) {
  auto dot = path.rfind('.');
  json* parent = dot == std::string_view::npos ? &root : find_path(root, path.substr(0, dot));
  if (parent && parent->is_object())
    parent->erase(std::string(dot == std::string_view::npos ? path : path.substr(dot + 1)));
}

std::string make_token(const models::operation& operation, std::size_t offset) {
  return protocol::base64_encode("hipaasim/" + operation.name + "/" + std::to_string(offset));
}

std::optional<std::size_t> read_token(const models::operation& operation, const std::string& token) {
  auto decoded = protocol::base64_decode(token);
  std::string prefix = "hipaasim/" + operation.name + "/";
  if (!decoded || decoded->compare(0, prefix.size(), prefix) != 0) return std::nullopt;
  std::size_t offset = 0;
  const char* begin = decoded->data() + prefix.size();
  const char* end = decoded->data() + decoded->size();
  auto [ptr, ec] = std::from_chars(begin, end, offset);
  if (ec != std::errc() || ptr != end || begin == end) return std::nullopt;
  return offset;
}

// Keeps items [begin, end) of a result list.
void keep_range(json& items, std::size_t begin, std::size_t end) {
  json page = json::array();
  for (std::size_t i = begin; i < end; ++i) page.push_back(std::move(items[i]));
  items = std::move(page);
}

void keep_range(std::vector<const json*>& items, std::size_t begin, std::size_t end) {
  items.erase(items.begin() + static_cast<std::ptrdiff_t>(end), items.end());
  items.erase(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(begin));
}

// Where a page starts for a token naming the last item of the previous page: just after it.
// The name need not exist: AWS starts after it in the list's sort order (DynamoDB ListTables
// with ExclusiveStartTableName "b" lists "carts" and "orders" even without a table "b").
template <typename ItemAt>
std::size_t offset_after(std::size_t count, ItemAt item_at, const json& last) {
  std::size_t i = 0;
  while (i < count && item_at(i) <= last) ++i;
  return i;
}

}  // namespace

services::page_request read_page_request(const models::service_model& service,
                                         const models::operation& operation, models::protocol p,
                                         const json& input, const services::operation_entry& entry) {
  services::page_request request;
  if (!operation.pagination || operation.pagination->result_keys.empty()) return request;
  const models::paginator& pg = *operation.pagination;
  request.paged = true;
  if (!pg.input_tokens.empty()) {
    auto token = input.find(pg.input_tokens.front());
    if (token != input.end() && token->is_string() && !token->get_ref<const std::string&>().empty()) {
      if (entry.token == services::page_token::last_item) {
        request.after = *token;  // any name: the page starts after it in the list's order
      } else {
        auto decoded = read_token(operation, token->get<std::string>());
        if (!decoded)
          throw protocol::invalid_pagination_token(service, operation, p, pg.input_tokens.front());
        request.offset = *decoded;
      }
    }
  }
  request.limit = entry.default_page_size > 0 ? static_cast<std::size_t>(entry.default_page_size) : 0;
  if (!pg.limit_key.empty()) {
    auto given = input.find(pg.limit_key);
    if (given != input.end() && given->is_number_integer()) {
      long long value = given->get<long long>();
      // At least 1 wherever the model states no minimum: a page holds something.
      long long min = pg.limit_min.value_or(1);
      if (value < min || (pg.limit_max && value > *pg.limit_max))
        throw page_size_error(service, operation, p, value, value < min, min,
                              pg.limit_max.value_or(0));
      request.limit = static_cast<std::size_t>(value);
    }
  }
  // A caller's limit above the maximum gets the maximum (EC2 without MaxResults still gets all).
  if (entry.max_page_size > 0 && request.limit > static_cast<std::size_t>(entry.max_page_size))
    request.limit = static_cast<std::size_t>(entry.max_page_size);
  return request;
}

void finish_page(const models::service_model&, const models::operation& operation,
                 models::protocol, const services::page_window& window, json& output,
                 const services::operation_entry& entry, protocol::borrowed_list* borrowed) {
  const services::page_request& request = window.request;
  if (!request.paged) return;
  const models::paginator& pg = *operation.pagination;
  const bool by_last_item = entry.token == services::page_token::last_item;
  auto is_borrowed = [&](const std::string& key) { return borrowed && borrowed->member == key; };

  bool more = window.served && window.more;
  std::size_t next_offset = window.next_offset;
  json last_item = window.served ? window.last_item : json();
  if (!window.served) {
    std::size_t offset = request.offset;
    if (request.after) {
      const std::string& first_key = pg.result_keys.front();
      if (is_borrowed(first_key)) {
        offset = offset_after(
            borrowed->items.size(), [&](std::size_t i) -> const json& { return *borrowed->items[i]; },
            *request.after);
      } else if (const json* first = find_path(output, first_key); first && first->is_array()) {
        offset = offset_after(
            first->size(), [&](std::size_t i) -> const json& { return (*first)[i]; }, *request.after);
      }
    }
    const std::size_t limit = request.limit;
    // Cuts one result list to the page; `last` is the page's last item when more follow.
    auto cut = [&](auto& items, auto last_of) {
      std::size_t total = items.size();
      std::size_t begin = std::min(offset, total);
      std::size_t end = limit == 0 ? total : std::min(total, begin + limit);
      if (begin != 0 || end != total) keep_range(items, begin, end);
      if (end < total && last_item.is_null() && !items.empty()) last_item = last_of(items);
      more = more || end < total;
    };
    for (const auto& key : pg.result_keys) {
      if (is_borrowed(key)) {
        cut(borrowed->items, [](const std::vector<const json*>& page) { return *page.back(); });
        continue;
      }
      json* items = find_path(output, key);
      if (!items || !items->is_array()) continue;
      cut(*items, [](const json& page) { return page.back(); });
    }
    next_offset = offset + limit;
  }

  for (const auto& key : pg.output_tokens) erase_path(output, key);
  if (more && !pg.output_tokens.empty())
    make_path(output, pg.output_tokens.front()) =
        by_last_item ? last_item : json(make_token(operation, next_offset));
  if (!pg.more_results.empty()) make_path(output, pg.more_results) = more;
}

void paginate(const models::service_model& service, const models::operation& operation,
              models::protocol p, const json& input, json& output,
              const services::operation_entry& entry, protocol::borrowed_list* borrowed) {
  services::page_window window{read_page_request(service, operation, p, input, entry)};
  finish_page(service, operation, p, window, output, entry, borrowed);
}

}  // namespace mockaws::server
