#include "engine/client/paging.hpp"

#include <set>

namespace engine::client {

namespace {

using mockaws::models::paginator;

bool present(const json* value) {
  return value && !value->is_null() && !(value->is_string() && value->get_ref<const std::string&>().empty());
}

bool truthy(const json* value) {
  if (!value) return false;
  if (value->is_boolean()) return value->get<bool>();
  if (value->is_string()) return value->get_ref<const std::string&>() == "true";
  return false;
}

// The list at a result path, created (with its parents) when absent. nullptr when something
// other than an object is in the way.
json* list_at(json& root, std::string_view path) {
  json* at = &root;
  for (;;) {
    if (!at->is_object()) return nullptr;
    auto dot = path.find('.');
    at = &(*at)[std::string(path.substr(0, dot))];
    if (dot == std::string_view::npos) break;
    path.remove_prefix(dot + 1);
  }
  if (at->is_null()) *at = json::array();
  return at->is_array() ? at : nullptr;
}

void erase_path(json& root, std::string_view path) {
  if (path.find('[') != std::string_view::npos) return;  // an expression over a result list
  json* at = &root;
  for (;;) {
    if (!at->is_object()) return;
    auto dot = path.find('.');
    if (dot == std::string_view::npos) {
      at->erase(std::string(path));
      return;
    }
    auto it = at->find(std::string(path.substr(0, dot)));
    if (it == at->end()) return;
    at = &*it;
    path.remove_prefix(dot + 1);
  }
}

call_error paging_error(std::string code, std::string message) {
  call_error e;
  e.code = std::move(code);
  e.message = std::move(message);
  e.kind = failure_kind::malformed_response;
  return e;
}

}  // namespace

const json* value_at_path(const json& root, std::string_view path) {
  const json* at = &root;
  while (!path.empty()) {
    auto end = path.find_first_of(".[");
    std::string_view name = path.substr(0, end);
    if (!name.empty()) {
      if (!at->is_object()) return nullptr;
      auto it = at->find(std::string(name));
      if (it == at->end()) return nullptr;
      at = &*it;
    }
    if (end == std::string_view::npos) break;
    if (path[end] == '.') {
      path.remove_prefix(end + 1);
      continue;
    }
    // "[-1]" (the only index paginators use) or "[n]".
    auto close = path.find(']', end);
    if (close == std::string_view::npos || !at->is_array() || at->empty()) return nullptr;
    std::string index(path.substr(end + 1, close - end - 1));
    long long i = 0;
    try {
      i = std::stoll(index);
    } catch (const std::exception&) {
      return nullptr;
    }
    const long long size = static_cast<long long>(at->size());
    if (i < 0) i += size;
    if (i < 0 || i >= size) return nullptr;
    at = &(*at)[static_cast<std::size_t>(i)];
    path.remove_prefix(close + 1);
    if (!path.empty() && path.front() == '.') path.remove_prefix(1);
  }
  return at;
}

std::vector<json> next_page_tokens(const paginator& pg, const json& page) {
  std::vector<json> tokens;
  for (std::size_t i = 0; i < pg.input_tokens.size(); ++i) {
    const json* value = i < pg.output_tokens.size() ? value_at_path(page, pg.output_tokens[i]) : nullptr;
    tokens.push_back(present(value) ? *value : json());
  }
  return tokens;
}

bool more_pages(const paginator& pg, const json& page, const std::vector<json>& tokens) {
  if (!pg.more_results.empty() && !truthy(value_at_path(page, pg.more_results))) return false;
  for (const auto& token : tokens)
    if (!token.is_null()) return true;
  return false;
}

void set_page_tokens(const paginator& pg, json& input, const std::vector<json>& tokens) {
  for (std::size_t i = 0; i < pg.input_tokens.size() && i < tokens.size(); ++i) {
    if (tokens[i].is_null()) input.erase(pg.input_tokens[i]);
    else input[pg.input_tokens[i]] = tokens[i];
  }
}

void merge_page(const paginator& pg, json& total, const json& page) {
  for (const auto& key : pg.result_keys) {
    const json* items = value_at_path(page, key);
    if (!items || !items->is_array() || items->empty()) continue;
    json* into = list_at(total, key);
    if (!into) continue;
    for (const auto& item : *items) into->push_back(item);
  }
}

void drop_page_tokens(const paginator& pg, json& total) {
  for (const auto& key : pg.output_tokens) erase_path(total, key);
  if (!pg.more_results.empty()) erase_path(total, pg.more_results);
}

call_result collect_pages(const paginator& pg, json input,
                          const std::function<call_result(const json& input)>& call_page,
                          std::size_t page_cap) {
  call_result total;
  std::set<std::string> seen;  // every token sent so far, serialised
  for (std::size_t page = 1;; ++page) {
    call_result result = call_page(input);
    total.requests += result.requests;
    total.attempts = result.attempts;
    total.request_id = result.request_id;
    if (result.error) {
      total.error = std::move(result.error);
      drop_page_tokens(pg, total.output);
      return total;
    }
    if (page == 1) total.output = std::move(result.output);
    else merge_page(pg, total.output, result.output);
    const json& last = page == 1 ? total.output : result.output;

    std::vector<json> tokens = next_page_tokens(pg, last);
    if (!more_pages(pg, last, tokens)) break;
    std::string key = json(tokens).dump();
    if (!seen.insert(key).second) {
      total.error = paging_error("RepeatedPageToken",
                                 "the service sent the page token " + key +
                                     " a second time; stopped after " + std::to_string(page) +
                                     " pages instead of looping");
      break;
    }
    if (page >= page_cap) {
      total.error = paging_error("TooManyPages", "more than " + std::to_string(page_cap) +
                                                     " pages; stopped reading");
      break;
    }
    set_page_tokens(pg, input, tokens);
  }
  drop_page_tokens(pg, total.output);
  return total;
}

}  // namespace engine::client
