#include "mockaws/scenario/resource_defaults.hpp"

#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/sigv4/sigv4.hpp"

namespace mockaws::scenario {

namespace {

// The stable digest an item's generated identifiers come from.
std::string digest(const collection_schema& collection, const item_context& context,
                   std::string_view salt) {
  return sigv4::sha256_hex(context.account + "/" + context.region + "/" + collection.service +
                           "/" + collection.name + "/" + context.name + "/" + std::string(salt));
}

// "PREFIX" or "PREFIX:N": the prefix and how many characters follow it (17 unless given).
std::pair<std::string_view, std::size_t> prefix_and_length(std::string_view arg) {
  auto colon = arg.find(':');
  if (colon == std::string_view::npos) return {arg, 17};
  std::size_t length = 0;
  for (char c : arg.substr(colon + 1))
    if (c >= '0' && c <= '9') length = length * 10 + static_cast<std::size_t>(c - '0');
  return {arg.substr(0, colon), std::min<std::size_t>(length, 32)};
}

// IAM's unique ids: upper-case letters and digits.
std::string unique_id(std::string_view arg, const std::string& hex) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  auto [prefix, length] = prefix_and_length(arg);
  std::string out(prefix);
  for (std::size_t i = 0; i < length; ++i)
    out += alphabet[std::stoi(hex.substr(i * 2, 2), nullptr, 16) % 32];
  return out;
}

std::string hex_id(std::string_view arg, const std::string& hex) {
  auto [prefix, length] = prefix_and_length(arg);
  return std::string(prefix) + hex.substr(0, length);
}

std::string uuid(const std::string& hex) {
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-4" + hex.substr(13, 3) + "-8" +
         hex.substr(17, 3) + "-" + hex.substr(20, 12);
}

std::optional<std::string> member_text(const json& item, std::string_view member) {
  auto it = item.find(member);
  if (it == item.end()) return std::nullopt;
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number() || it->is_boolean()) return it->dump();
  return std::nullopt;
}

const type_expr* member_type(const collection_schema& collection, const std::string& member,
                             type_expr& scratch) {
  if (collection.item.type == type_expr::kind::model_shape)
    if (const auto* ref = collection.item.shape->member(member)) {
      scratch = {type_expr::kind::model_shape, ref->target, {}, {}};
      return &scratch;
    }
  for (const auto& [name, type] : collection.sub_documents)
    if (name == member) return &type;
  return nullptr;
}

}  // namespace

std::string item_name(const json& item, const collection_schema& collection, std::size_t index) {
  const std::string& member = collection.name_member;
  if (member == "Tags:Name") {
    if (auto tags = item.find("Tags"); tags != item.end() && tags->is_array())
      for (const auto& tag : *tags)
        if (tag.value("Key", "") == "Name" && tag.contains("Value"))
          return tag["Value"].get<std::string>();
  } else if (const json* value = value_at(item, parse_member_path(member));
             value && (value->is_string() || value->is_number())) {
    return value->is_string() ? value->get<std::string>() : value->dump();
  }
  return "#" + std::to_string(index);
}

std::optional<std::string> expand_template(std::string_view text, const json& item,
                                           const collection_schema& collection,
                                           const item_context& context) {
  std::string out;
  while (!text.empty()) {
    auto open = text.find('{');
    out += text.substr(0, open);
    if (open == std::string_view::npos) break;
    auto close = text.find('}', open);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view token = text.substr(open + 1, close - open - 1);
    text = text.substr(close + 1);
    std::string_view arg;
    if (auto colon = token.find(':'); colon != std::string_view::npos) {
      arg = token.substr(colon + 1);
      token = token.substr(0, colon);
    }
    if (token == "account") out += context.account;
    else if (token == "region") out += context.region;
    else if (token == "partition") out += partition_of(context.region);
    else if (token == "now") out += protocol::format_iso8601(context.now);
    else if (token == "unique_id") out += unique_id(arg, digest(collection, context, token));
    else if (token == "hex_id") out += hex_id(arg, digest(collection, context, token));
    else if (token == "uuid") out += uuid(digest(collection, context, token));
    else if (token == "parent") {
      auto value = context.parent ? member_text(*context.parent, arg) : std::nullopt;
      if (!value) return std::nullopt;
      out += *value;
    }
    else if (auto value = member_text(item, token)) out += *value;
    else return std::nullopt;
  }
  return out;
}

void apply_defaults(json& item, const collection_schema& collection, const item_context& context,
                    value_converter& converter) {
  for (const auto& [member, value] : collection.defaults) {
    if (item.contains(member)) continue;
    type_expr scratch;
    const type_expr* type = member_type(collection, member, scratch);
    if (value.is_scalar() && value.text.find('{') != std::string::npos) {
      if (auto expanded = expand_template(value.text, item, collection, context)) item[member] = *expanded;
      continue;
    }
    json typed = type ? converter.convert(value, *type) : converter.convert_untyped(value);
    if (!typed.is_null()) item[member] = std::move(typed);
  }
}

}  // namespace mockaws::scenario
