#include "mockaws/services/ec2/filters.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include "mockaws/protocol/api_error.hpp"
#include "mockaws/protocol/timestamp.hpp"
#include "mockaws/services/collections.hpp"
#include "mockaws/services/handler.hpp"

namespace mockaws::services::ec2 {

namespace {

// Every type with Tags takes these two besides tag:<key>. tag-value is no longer listed in the
// API reference, but EC2 still accepts it (and older tools send it).
constexpr filter_field tag_fields[] = {
    {"tag-key", "Tags[].Key"},
    {"tag-value", "Tags[].Value"},
};

[[noreturn]] void invalid_filter(std::string_view name) {
  throw protocol::api_error("InvalidParameterValue",
                            "The filter '" + std::string(name) + "' is invalid", 400);
}

// EC2 prints times in filters with milliseconds and a Z: 2021-09-29T11:04:43.000Z.
std::string ec2_time(const std::string& text) {
  auto t = protocol::parse_any_timestamp(text);
  if (!t) return text;
  std::string iso = protocol::format_iso8601(*t);  // "...:43Z" or "...:43.305Z"
  if (iso.size() >= 5 && iso[iso.size() - 5] != '.') iso.insert(iso.size() - 1, ".000");
  return iso;
}

// A scalar as EC2 renders it in a filter comparison; nothing for objects, lists and null.
std::optional<std::string> filter_text(const json& value, bool timestamp) {
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    return timestamp ? ec2_time(text) : text;
  }
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number_integer()) return value.dump();
  if (value.is_number_float()) {
    double d = value.get<double>();
    // A size pasted as 8.0 still reads "8", as EC2 prints integers.
    if (d == static_cast<double>(static_cast<long long>(d)))
      return std::to_string(static_cast<long long>(d));
    return value.dump();
  }
  return std::nullopt;
}

// Walks one path ("IpPermissions[].IpRanges[].CidrIp") and appends the scalars it reaches.
void collect(const json& node, std::string_view path, bool timestamp,
             std::vector<std::string>& out) {
  if (path.empty()) {
    if (node.is_array()) {
      // A path ending at a list of scalars reads each of them.
      for (const auto& item : node)
        if (auto text = filter_text(item, timestamp)) out.push_back(std::move(*text));
    } else if (auto text = filter_text(node, timestamp)) {
      out.push_back(std::move(*text));
    }
    return;
  }
  auto dot = path.find('.');
  std::string_view step = path.substr(0, dot);
  std::string_view rest = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  bool each = step.size() > 2 && step.substr(step.size() - 2) == "[]";
  if (each) step.remove_suffix(2);
  const json* child = member(node, step);
  if (!child) return;
  if (!each) return collect(*child, rest, timestamp, out);
  if (!child->is_array()) return;
  for (const auto& item : *child) collect(item, rest, timestamp, out);
}

const filter_field* find_field(std::span<const filter_field> fields, std::string_view name) {
  for (const auto& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

// A pattern as a sequence of tokens: a literal character, or one of the two wildcards.
struct token {
  enum kind_t { literal, any_one, any_run } kind;
  char c = 0;
};

std::vector<token> tokenize(std::string_view pattern) {
  std::vector<token> out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    char c = pattern[i];
    if (c == '\\' && i + 1 < pattern.size()) {
      out.push_back({token::literal, pattern[++i]});
    } else if (c == '*') {
      out.push_back({token::any_run});
    } else if (c == '?') {
      out.push_back({token::any_one});
    } else {
      out.push_back({token::literal, c});
    }
  }
  return out;
}

}  // namespace

bool wildcard_match(std::string_view pattern, std::string_view text) {
  std::vector<token> tokens = tokenize(pattern);
  // Greedy match with backtracking to the last '*': linear in practice.
  std::size_t t = 0, s = 0;
  std::size_t star = std::string_view::npos, star_s = 0;
  while (s < text.size()) {
    if (t < tokens.size() && tokens[t].kind == token::any_run) {
      star = t++;
      star_s = s;
    } else if (t < tokens.size() &&
               (tokens[t].kind == token::any_one || tokens[t].c == text[s])) {
      ++t;
      ++s;
    } else if (star != std::string_view::npos) {
      t = star + 1;
      s = ++star_s;
    } else {
      return false;
    }
  }
  while (t < tokens.size() && tokens[t].kind == token::any_run) ++t;
  return t == tokens.size();
}

filter_set::filter_set(const json* filters, const filter_table& table) {
  if (!filters || !filters->is_array()) return;
  for (const auto& filter : *filters) {
    std::string name = string_at(filter, "Name");
    clause c;
    if (table.tags && name.size() > 4 && name.compare(0, 4, "tag:") == 0) {
      c.tag_key = name.substr(4);
    } else {
      c.field = find_field(table.fields, name);
      if (!c.field && table.tags) c.field = find_field(tag_fields, name);
      if (!c.field) invalid_filter(name);
    }
    for (const auto& value : items(filter, "Values"))
      if (value.is_string()) c.patterns.push_back(value.get<std::string>());
    clauses_.push_back(std::move(c));
  }
}

std::vector<std::string> filter_set::values_of(const clause& c, const json& resource,
                                               const json* parent) const {
  std::vector<std::string> out;
  if (!c.field) {
    // tag:<key> reads the value of the tag with exactly that key.
    for (const auto& tag : items(resource, "Tags"))
      if (string_at(tag, "Key") == c.tag_key)
        if (const json* v = member(tag, "Value")) collect(*v, "", false, out);
    return out;
  }
  std::string_view paths = c.field->path;
  while (true) {
    auto bar = paths.find('|');
    std::string_view path = paths.substr(0, bar);
    if (path.substr(0, 2) == "^.") {
      if (parent) collect(*parent, path.substr(2), c.field->timestamp, out);
    } else {
      collect(resource, path, c.field->timestamp, out);
    }
    if (bar == std::string_view::npos) break;
    paths.remove_prefix(bar + 1);
  }
  return out;
}

bool filter_set::matches(const json& resource, const json* parent) const {
  for (const auto& c : clauses_) {
    std::vector<std::string> values = values_of(c, resource, parent);
    if (c.patterns.empty()) {
      if (values.empty()) return false;
      continue;
    }
    bool any = std::any_of(values.begin(), values.end(), [&](const std::string& v) {
      return std::any_of(c.patterns.begin(), c.patterns.end(),
                         [&](const std::string& p) { return wildcard_match(p, v); });
    });
    if (!any) return false;
  }
  return true;
}

json filter_items(const json& list, const json* filters, const filter_table& table) {
  filter_set set(filters, table);
  if (set.empty()) return list;
  json out = json::array();
  for (const auto& item : list)
    if (set.matches(item)) out.push_back(item);
  return out;
}

request_filter request_filters(const filter_table& table, std::string_view input) {
  return [&table, input](const call_context& c) -> item_test {
    auto filters = std::make_shared<const filter_set>(member(c.input, input), table);
    if (filters->empty()) return {};
    return [filters](const json& item) { return filters->matches(item); };
  };
}

}  // namespace mockaws::services::ec2
