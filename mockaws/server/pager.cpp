#include "mockaws/server/pager.hpp"

#include <charconv>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/protocol_errors.hpp"

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

void paginate(const models::service_model& service, const models::operation& operation,
              models::protocol p, const json& input, json& output,
              const services::operation_entry& entry, protocol::borrowed_list* borrowed) {
  if (!operation.pagination || operation.pagination->result_keys.empty()) return;
  const models::paginator& pg = *operation.pagination;
  const bool by_last_item = entry.token == services::page_token::last_item;
  auto is_borrowed = [&](const std::string& key) { return borrowed && borrowed->member == key; };

  std::size_t offset = 0;
  if (!pg.input_tokens.empty()) {
    auto token = input.find(pg.input_tokens.front());
    if (token != input.end() && token->is_string() && !token->get_ref<const std::string&>().empty()) {
      std::optional<std::size_t> decoded;
      const std::string& first_key = pg.result_keys.front();
      const json* first_list = find_path(output, first_key);
      if (!by_last_item) {
        decoded = read_token(operation, token->get<std::string>());
      } else if (is_borrowed(first_key)) {
        decoded = offset_after(
            borrowed->items.size(), [&](std::size_t i) -> const json& { return *borrowed->items[i]; },
            *token);
      } else if (first_list && first_list->is_array()) {
        const json& items = *first_list;
        decoded = offset_after(
            items.size(), [&](std::size_t i) -> const json& { return items[i]; }, *token);
      }
      if (!decoded)
        throw protocol::invalid_pagination_token(service, operation, p, pg.input_tokens.front());
      offset = *decoded;
    }
  }
  std::size_t limit =
      entry.default_page_size > 0 ? static_cast<std::size_t>(entry.default_page_size) : 0;
  if (!pg.limit_key.empty()) {
    auto given = input.find(pg.limit_key);
    if (given != input.end() && given->is_number_integer()) {
      if (given->get<long long>() < 1)
        throw protocol::invalid_parameter(p, pg.limit_key, "Member must have value greater than or "
                                                           "equal to 1");
      limit = static_cast<std::size_t>(given->get<long long>());
    }
  }
  // A caller's limit above the maximum gets the maximum (EC2 without MaxResults still gets all).
  if (entry.max_page_size > 0 && limit > static_cast<std::size_t>(entry.max_page_size))
    limit = static_cast<std::size_t>(entry.max_page_size);

  bool more = false;
  json last_item;
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

  for (const auto& key : pg.output_tokens) erase_path(output, key);
  if (more && !pg.output_tokens.empty())
    make_path(output, pg.output_tokens.front()) =
        by_last_item ? last_item : json(make_token(operation, offset + limit));
  if (!pg.more_results.empty()) make_path(output, pg.more_results) = more;
}

}  // namespace mockaws::server
