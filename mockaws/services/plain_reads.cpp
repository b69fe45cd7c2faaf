#include "mockaws/services/plain_reads.hpp"

#include <algorithm>

#include "mockaws/scenario/schema.hpp"
#include "mockaws/services/collections.hpp"
#include "mockaws/services/handler.hpp"

namespace mockaws::services {

namespace {

std::string expand(std::string_view message, const call_context& c, const std::string& id) {
  std::string out;
  while (!message.empty()) {
    auto open = message.find('{');
    auto close = open == std::string_view::npos ? open : message.find('}', open);
    if (close == std::string_view::npos) {
      out += message;
      break;
    }
    out += message.substr(0, open);
    std::string_view name = message.substr(open + 1, close - open - 1);
    if (name == "id") out += id;
    else if (name == "account") out += c.account.id();
    else if (name == "region") out += c.region;
    else out += message.substr(open, close - open + 1);
    message.remove_prefix(close + 1);
  }
  return out;
}

[[noreturn]] void fail_with(const call_context& c, std::string_view code, std::string_view message,
                            int status, const std::string& id) {
  std::string text = expand(message, c, id);
  if (c.service.find_error(code)) c.fail(code, std::move(text));
  throw protocol::api_error(std::string(code), std::move(text), status);
}

[[noreturn]] void fail_not_found(const call_context& c, const not_found& error, const std::string& id) {
  fail_with(c, error.code, error.message, error.status, id);
}

// An item member as text (ids are strings; a number pasted unquoted still names the item).
bool member_is(const json& item, std::string_view member, std::string_view id) {
  const json* value = services::member(item, member);
  if (!value) return false;
  if (value->is_string()) return value->get_ref<const std::string&>() == id;
  return value->is_number() && value->dump() == id;
}

bool names(const json& item, const item_key& key, std::string_view id) {
  return std::any_of(key.members.begin(), key.members.end(),
                     [&](std::string_view m) { return member_is(item, m, id); });
}

// The names an input member gives: one string, or a list of them. Empty strings and lists name
// nothing (EC2's wire cannot tell an empty list from an absent one).
std::vector<std::string> requested(const call_context& c, std::string_view input) {
  std::vector<std::string> out;
  const json* value = member(c.input, input);
  if (value && value->is_string() && !value->get_ref<const std::string&>().empty())
    out.push_back(value->get<std::string>());
  if (value && value->is_array())
    for (const auto& v : *value)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

const json* find_named(const json& list, const item_key& key, std::string_view id) {
  for (const auto& item : list)
    if (names(item, key, id)) return &item;
  return nullptr;
}

// The item the request names (its key's first value), or the row's not-found error.
const json& require_item(const call_context& c, const json& list, const item_key& key,
                         const not_found& missing) {
  auto ids = requested(c, key.input);
  std::string id = ids.empty() ? std::string() : ids.front();
  const json* item = find_named(list, key, id);
  if (!item) fail_not_found(c, missing, id);
  return *item;
}

// The collection a row reads: the state's, or the one inside the parent the request names.
const json& collection_of(const call_context& c, std::string_view collection,
                          const std::optional<parent_item>& parent) {
  if (!parent) return items(c.state(), collection);
  const json& holder = require_item(c, items(c.state(), parent->collection), parent->key, parent->missing);
  return items(holder, collection);
}

const scenario::absent_answer* answer_in(const std::map<std::string, scenario::absent_answer, std::less<>>& absent,
                                         std::string_view document) {
  auto it = absent.find(document);
  return it == absent.end() ? nullptr : &it->second;
}

// AWS's answer for an absent sub-document, from the scenario schema.
const scenario::absent_answer* absent_sub_document(const call_context& c, const sub_document_read& row) {
  const auto& schema = scenario::scenario_schema::embedded();
  const scenario::collection_schema* collection =
      row.parent ? schema.find_nested(c.service.id(), row.parent->collection, row.collection)
                 : schema.find_collection(c.service.id(), row.collection);
  return collection ? answer_in(collection->absent, row.document) : nullptr;
}

const scenario::absent_answer* absent_singleton(const call_context& c, const singleton_read& row) {
  const scenario::service_schema* service = scenario::scenario_schema::embedded().find(c.service.id());
  return service ? answer_in(service->absent, row.document) : nullptr;
}

// The stored document, or AWS's answer for its absence; an object fills the members it lacks from
// the absent value.
json document_or_absent(const call_context& c, const json* stored,
                        const scenario::absent_answer* absent, const std::string& id) {
  if (!stored) {
    if (!absent)
      throw protocol::api_error("InternalFailure",
                                "mockaws: the schema says nothing of an absent document here", 500,
                                false);
    if (!absent->value)
      fail_with(c, absent->error_code, absent->error_message, absent->error_status, id);
    return *absent->value;
  }
  if (stored->is_object() && absent && absent->value && absent->value->is_object()) {
    json out = *absent->value;
    for (const auto& [key, value] : stored->items()) out[key] = value;
    return out;
  }
  return *stored;
}

json wrap(std::string_view output, json value) {
  if (output.empty()) return value.is_object() ? std::move(value) : json::object();
  return {{std::string(output), std::move(value)}};
}

json without_members(const json& item, const std::vector<std::string_view>& omit) {
  json out = item;
  if (out.is_object())
    for (auto member : omit) out.erase(std::string(member));
  return out;
}

bool has_prefix(const json& item, std::string_view member, std::string_view prefix) {
  if (prefix.empty()) return true;
  const json* value = services::member(item, member);
  return value && value->is_string() &&
         value->get_ref<const std::string&>().compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

json serve(const call_context& c, const list_read& row) {
  if (row.check) row.check(c);
  const json& list = collection_of(c, row.collection, row.parent);
  std::vector<std::string> wanted = row.ids ? requested(c, row.ids->input) : std::vector<std::string>{};
  if (row.unknown_id)
    for (const auto& id : wanted)
      if (!find_named(list, *row.ids, id)) fail_not_found(c, *row.unknown_id, id);
  std::string prefix = row.prefix ? c.input_string(row.prefix->first) : std::string();
  item_test test = row.filter ? row.filter(c) : item_test();
  auto keep = [&](const json& item) {
    if (!wanted.empty() && std::none_of(wanted.begin(), wanted.end(), [&](const std::string& id) {
          return names(item, *row.ids, id);
        }))
      return false;
    if (row.prefix && !has_prefix(item, row.prefix->second, prefix)) return false;
    if (!row.project.empty() && !member(item, row.project)) return false;
    return !test || test(item);
  };
  auto lent = [&](const json& item) { return row.project.empty() ? &item : member(item, row.project); };

  // The order to walk: the stored one, or the sort member's (kept by the store).
  const std::vector<const json*>* sorted = row.sort_by.empty() ? nullptr : &c.store.sorted_by(list, row.sort_by);
  const std::size_t count = sorted ? sorted->size() : list.size();
  auto item_at = [&](std::size_t i) -> const json& { return sorted ? *(*sorted)[i] : list[i]; };

  std::string output(row.output.empty() ? row.collection : row.output);
  page_window* page = c.page;
  const auto& paginator = c.operation.pagination;
  // The row cuts the page itself when the listing is the paginator's one result list; a
  // last-item token needs the sort order to find where it left off.
  bool windowed = page && page->request.paged && paginator && paginator->result_keys.size() == 1 &&
                  paginator->result_keys.front() == output && (!page->request.after || sorted);
  std::size_t start = 0;
  if (windowed && page->request.after) {
    // Just after the token in the sort order (a name that need not exist).
    const json& after = *page->request.after;
    std::string key(row.sort_by);
    start = static_cast<std::size_t>(
        std::upper_bound(sorted->begin(), sorted->end(), after,
                         [&](const json& token, const json* item) { return token < (*item)[key]; }) -
        sorted->begin());
  } else if (windowed) {
    start = page->request.offset;
  }
  std::size_t limit = windowed ? page->request.limit : 0;

  std::vector<const json*> chosen;
  std::size_t at = start;
  for (; at < count && (limit == 0 || chosen.size() < limit); ++at)
    if (keep(item_at(at))) chosen.push_back(lent(item_at(at)));
  if (windowed) {
    // More follow when another item passes: the next page starts at it.
    while (at < count && !keep(item_at(at))) ++at;
    page->served = true;
    page->more = at < count;
    page->next_offset = at;
    if (page->more && !chosen.empty()) page->last_item = *chosen.back();
  }
  c.borrow(std::move(output), std::move(chosen), row.omit);
  return json::object();
}

json serve(const call_context& c, const get_read& row) {
  const json& item = require_item(c, collection_of(c, row.collection, row.parent), row.key, row.missing);
  return wrap(row.output, without_members(item, row.omit));
}

json serve(const call_context& c, const sub_document_read& row) {
  const json& item = require_item(c, collection_of(c, row.collection, row.parent), row.key, row.missing);
  auto ids = requested(c, row.key.input);
  json document = document_or_absent(c, member(item, row.document), absent_sub_document(c, row),
                                     ids.empty() ? std::string() : ids.front());
  return wrap(row.output, std::move(document));
}

json serve(const call_context& c, const singleton_read& row) {
  json document = document_or_absent(c, member(c.state(), row.document), absent_singleton(c, row), "");
  return wrap(row.output, std::move(document));
}

}  // namespace mockaws::services
