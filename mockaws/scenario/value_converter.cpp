#include "mockaws/scenario/value_converter.hpp"

#include <charconv>
#include <regex>

#include "mockaws/scenario/did_you_mean.hpp"

namespace mockaws::scenario {

namespace {

// Quotes make a string of anything, so "14" is not 14: say why a quoted number is refused.
std::string quoted_hint(const source_node& node) {
  return node.is_scalar() && node.quoted ? " (quoted, so a string: write it without quotes)" : "";
}

using models::shape_type;

bool is_integer_text(std::string_view text) {
  std::size_t i = (!text.empty() && (text[0] == '-' || text[0] == '+')) ? 1 : 0;
  if (i == text.size()) return false;
  if (text[i] == '0' && text.size() > i + 1) return false;  // 012 is not a YAML 1.2 integer
  for (; i < text.size(); ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  return true;
}

std::optional<double> number_of(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.front() == '+') text.remove_prefix(1);
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<bool> boolean_of(std::string_view text) {
  if (text == "true" || text == "True" || text == "TRUE") return true;
  if (text == "false" || text == "False" || text == "FALSE") return false;
  return std::nullopt;
}

// "-120d", "+3h", "-1d12h", "-90m", "-30s", "+2w": an offset from the scenario's clock.
std::optional<std::chrono::milliseconds> relative_offset(std::string_view text) {
  if (text.size() < 3 || (text[0] != '-' && text[0] != '+')) return std::nullopt;
  int sign = text[0] == '-' ? -1 : 1;
  std::chrono::milliseconds total{0};
  std::size_t i = 1;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == start || i == text.size()) return std::nullopt;
    long long amount = 0;
    std::from_chars(text.data() + start, text.data() + i, amount);
    switch (text[i++]) {
      case 'w': total += std::chrono::hours(24 * 7 * amount); break;
      case 'd': total += std::chrono::hours(24 * amount); break;
      case 'h': total += std::chrono::hours(amount); break;
      case 'm': total += std::chrono::minutes(amount); break;
      case 's': total += std::chrono::seconds(amount); break;
      default: return std::nullopt;
    }
  }
  return sign * total;
}

bool has_digit(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

bool is_plain_null(const source_node& node) {
  return node.is_null() ||
         (node.is_scalar() && !node.quoted &&
          (node.text.empty() || node.text == "~" || node.text == "null" || node.text == "Null" ||
           node.text == "NULL"));
}

std::string value_path::str() const {
  std::string out;
  for (const auto& s : segments_) {
    if (s.index != npos) {
      out += "[" + std::to_string(s.index) + "]";
    } else {
      if (!out.empty()) out += '.';
      out += s.member;
    }
  }
  return out;
}

void value_converter::error(const source_node& at, const std::string& message) {
  std::string where = path_.str();
  errors_.push_back(error_at(at.where, where.empty() ? message : where + ": " + message));
}

json value_converter::convert(const source_node& node, const type_expr& type) {
  using kind = type_expr::kind;
  switch (type.type) {
    case kind::model_shape: return convert_shape(node, *type.shape);
    case kind::list_of: return convert_list(node, *type.element);
    case kind::map_of: return convert_map(node, *type.element);
    case kind::structure: {
      if (!node.is_mapping()) {
        error(node, "expected a mapping, got " + node.describe());
        return json();
      }
      json out = json::object();
      std::vector<std::string_view> names;
      for (const auto& [field, t] : type.fields) names.push_back(field);
      for (const auto& [key, value] : node.entries) {
        auto field = std::find_if(type.fields.begin(), type.fields.end(),
                                  [&](const auto& f) { return f.first == key.text; });
        if (field == type.fields.end()) {
          error(key, "unknown key '" + key.text + "'" + did_you_mean(key.text, names));
          continue;
        }
        if (is_plain_null(value)) continue;
        path_.push(key.text);
        json converted = convert(value, field->second);
        path_.pop();
        if (!converted.is_null()) out[key.text] = std::move(converted);
      }
      return out;
    }
    case kind::string:
      if (!node.is_scalar()) error(node, "expected a string, got " + node.describe());
      return node.is_scalar() ? json(node.text) : json();
    case kind::integer:
      if (node.is_scalar() && !node.quoted && is_integer_text(node.text))
        return std::stoll(node.text);
      error(node, "expected an integer, got " + node.describe() + quoted_hint(node));
      return json();
    case kind::real:
      if (node.is_scalar() && !node.quoted)
        if (auto n = number_of(node.text)) return *n;
      error(node, "expected a number, got " + node.describe() + quoted_hint(node));
      return json();
    case kind::boolean:
      if (node.is_scalar() && !node.quoted)
        if (auto b = boolean_of(node.text)) return *b;
      error(node, "expected true or false, got " + node.describe() + quoted_hint(node));
      return json();
    case kind::timestamp:
      if (auto t = timestamp_of(node)) return protocol::format_iso8601(*t);
      return json();
    case kind::policy_document: return convert_policy(node);
    case kind::any: return convert_untyped(node);
  }
  return json();
}

json value_converter::convert_item(const source_node& node, const type_expr& type,
                                   const std::vector<std::pair<std::string, type_expr>>& extra,
                                   const std::vector<std::string>& skip) {
  if (type.type == type_expr::kind::model_shape)
    return convert_structure(node, *type.shape, extra, skip);
  if (type.type != type_expr::kind::structure) return convert(node, type);
  type_expr fields = type;  // an ad-hoc structure: its fields and the extras alike
  fields.fields.insert(fields.fields.end(), extra.begin(), extra.end());
  if (skip.empty() || !node.is_mapping()) return convert(node, fields);
  source_node kept = node;
  std::erase_if(kept.entries, [&](const auto& e) {
    return std::find(skip.begin(), skip.end(), e.first.text) != skip.end();
  });
  return convert(kept, fields);
}

json value_converter::convert_structure(const source_node& node, const models::shape& shape,
                                        const std::vector<std::pair<std::string, type_expr>>& extra,
                                        const std::vector<std::string>& skip) {
  if (!node.is_mapping()) {
    error(node, "expected a mapping (" + shape.name + "), got " + node.describe());
    return json();
  }
  json out = json::object();
  for (const auto& [key, value] : node.entries) {
    if (!skip.empty() && std::find(skip.begin(), skip.end(), key.text) != skip.end()) continue;
    const models::shape_ref* member = shape.member(key.text);
    const type_expr* extra_type = nullptr;
    if (!member)
      for (const auto& [name, type] : extra)
        if (name == key.text) extra_type = &type;
    if (!member && !extra_type) {
      std::vector<std::string_view> names;
      for (const auto& m : shape.members) names.push_back(m.name);
      for (const auto& [name, type] : extra) names.push_back(name);
      error(key, "unknown key '" + key.text + "' in " + shape.name + did_you_mean(key.text, names));
      continue;
    }
    if (is_plain_null(value)) continue;
    path_.push(key.text);
    json converted = member ? convert_shape(value, *member->target) : convert(value, *extra_type);
    path_.pop();
    if (!converted.is_null()) out[key.text] = std::move(converted);
  }
  return out;
}

json value_converter::convert_shape(const source_node& node, const models::shape& shape) {
  if (shape.document) return convert_untyped(node);
  switch (shape.type) {
    case shape_type::structure: return convert_structure(node, shape);
    case shape_type::list: {
      type_expr element{type_expr::kind::model_shape, shape.list_member.target, {}, {}};
      return convert_list(node, element);
    }
    case shape_type::map: {
      type_expr value{type_expr::kind::model_shape, shape.map_value.target, {}, {}};
      return convert_map(node, value);
    }
    default: return convert_scalar(node, shape);
  }
}

json value_converter::convert_scalar(const source_node& node, const models::shape& shape) {
  if (!node.is_scalar()) {
    error(node, "expected " + std::string(shape.type == shape_type::string ? "a string"
                                                                          : "a single value") +
                    " (" + shape.name + "), got " + node.describe());
    return json();
  }
  switch (shape.type) {
    case shape_type::string:
      check_enum(node, shape);
      return node.text;
    case shape_type::blob:
      return node.text;
    case shape_type::integer:
    case shape_type::long_integer:
      return convert(node, {type_expr::kind::integer, nullptr, {}, {}});
    case shape_type::boolean:
      return convert(node, {type_expr::kind::boolean, nullptr, {}, {}});
    case shape_type::timestamp:
      return convert(node, {type_expr::kind::timestamp, nullptr, {}, {}});
    default:
      return convert(node, {type_expr::kind::real, nullptr, {}, {}});
  }
}

json value_converter::convert_list(const source_node& node, const type_expr& element) {
  if (!node.is_sequence()) {
    error(node, "expected a list, got " + node.describe());
    return json();
  }
  json out = json::array();
  for (std::size_t i = 0; i < node.items.size(); ++i) {
    path_.push(i);
    json converted = convert(node.items[i], element);
    path_.pop();
    if (!converted.is_null()) out.push_back(std::move(converted));
  }
  return out;
}

json value_converter::convert_map(const source_node& node, const type_expr& value) {
  if (!node.is_mapping()) {
    error(node, "expected a mapping, got " + node.describe());
    return json();
  }
  json out = json::object();
  for (const auto& [key, v] : node.entries) {
    path_.push(key.text);
    json converted = convert(v, value);
    path_.pop();
    if (!converted.is_null()) out[key.text] = std::move(converted);
  }
  return out;
}

json value_converter::convert_policy(const source_node& node) {
  if (node.is_mapping() || node.is_sequence()) return convert_untyped(node);
  if (node.is_scalar()) {
    // A policy given as JSON text is kept as written (its exact text is what AWS returns).
    json parsed = json::parse(node.text, nullptr, false);
    if (!parsed.is_discarded() && parsed.is_object()) return node.text;
  }
  error(node, "expected a policy document (a mapping, or JSON text of an object), got " +
                  node.describe());
  return json();
}

json value_converter::convert_untyped(const source_node& node) {
  switch (node.type) {
    case source_node::kind::null: return json();
    case source_node::kind::sequence: {
      json out = json::array();
      for (const auto& item : node.items) out.push_back(convert_untyped(item));
      return out;
    }
    case source_node::kind::mapping: {
      json out = json::object();
      for (const auto& [key, value] : node.entries) out[key.text] = convert_untyped(value);
      return out;
    }
    case source_node::kind::scalar: break;
  }
  if (node.quoted) return node.text;
  if (is_plain_null(node)) return json();
  if (auto b = boolean_of(node.text)) return *b;
  if (is_integer_text(node.text)) {
    long long value = 0;
    auto [end, ec] = std::from_chars(node.text.data() + (node.text[0] == '+'),
                                     node.text.data() + node.text.size(), value);
    if (ec == std::errc()) return value;
  }
  static const std::regex real(R"([-+]?(0|[1-9][0-9]*)\.[0-9]+([eE][-+]?[0-9]+)?)");
  if (std::regex_match(node.text, real)) return *number_of(node.text);
  return node.text;
}

std::optional<protocol::timestamp> value_converter::timestamp_of(const source_node& node) {
  if (!node.is_scalar()) {
    error(node, "expected a timestamp, got " + node.describe());
    return std::nullopt;
  }
  if (auto t = protocol::parse_iso8601(node.text)) return t;
  // A signed number is a relative time without its unit, not seconds before 1970.
  static const std::regex signed_number(R"([-+][0-9]+(\.[0-9]+)?)");
  if (std::regex_match(node.text, signed_number)) {
    error(node, "relative time '" + node.text + "' needs a unit: w, d, h or m (" + node.text + "d)");
    return std::nullopt;
  }
  if (!node.quoted)
    if (auto n = number_of(node.text))
      if (auto t = protocol::from_epoch_seconds(*n)) return t;
  if (auto offset = relative_offset(node.text)) {
    if (now_) return *now_ + *offset;
    if (!now_written_) error(node, "relative time '" + node.text + "' needs the scenario's `now:`");
    return std::nullopt;
  }
  error(node, "'" + node.text + "' is not a timestamp (ISO 8601 such as 2026-01-31T12:00:00Z, "
                               "or relative to now such as -120d, +3h, -1d12h)");
  return std::nullopt;
}

void value_converter::check_enum(const source_node& node, const models::shape& shape) {
  if (shape.enum_values.empty()) return;
  for (const auto& value : shape.enum_values)
    if (value == node.text) return;
  // AWS adds values to enums over time (new runtimes, instance types) and Debian's models are
  // from 2022, so only a likely typo is an error: another case of a known value, or a word
  // (no digits) a few letters off one.
  if (has_digit(node.text)) return;  // versions and sizes: AWS adds them; never a typo here
  std::vector<std::string_view> values(shape.enum_values.begin(), shape.enum_values.end());
  std::string match = closest_match(node.text, values);
  if (!match.empty())
    error(node, "'" + node.text + "' is not a valid " + shape.name + " (did you mean '" + match +
                    "'?)");
}

}  // namespace mockaws::scenario
