#include "mockaws/server/pager.hpp"

#include <charconv>

#include "mockaws/protocol/encoding.hpp"
#include "mockaws/protocol/protocol_errors.hpp"

namespace mockaws::server {

namespace {

using protocol::json;

// "Reservations" or "DescribeResult.Items": paginator keys may be dotted paths.
json::json_pointer pointer_for(const std::string& dotted) {
  std::string path;
  std::size_t start = 0;
  while (start <= dotted.size()) {
    auto dot = dotted.find('.', start);
    path += "/" + dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return json::json_pointer(path);
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

// Where a page starts for a token naming the last item of the previous page: just after it.
std::optional<std::size_t> offset_after(const json& output, const models::paginator& pg,
                                        const json& last) {
  json::json_pointer at = pointer_for(pg.result_keys.front());
  if (!output.contains(at) || !output[at].is_array()) return std::nullopt;
  const json& items = output[at];
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i] == last) return i + 1;
  return std::nullopt;
}

}  // namespace

void paginate(const models::service_model& service, const models::operation& operation,
              models::protocol p, const json& input, json& output,
              const services::operation_entry& entry) {
  if (!operation.pagination || operation.pagination->result_keys.empty()) return;
  const models::paginator& pg = *operation.pagination;
  const bool by_last_item = entry.token == services::page_token::last_item;

  std::size_t offset = 0;
  if (!pg.input_tokens.empty()) {
    auto token = input.find(pg.input_tokens.front());
    if (token != input.end() && token->is_string() && !token->get_ref<const std::string&>().empty()) {
      auto decoded = by_last_item ? offset_after(output, pg, *token)
                                  : read_token(operation, token->get<std::string>());
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

  bool more = false;
  json last_item;
  for (const auto& key : pg.result_keys) {
    json::json_pointer at = pointer_for(key);
    if (!output.contains(at) || !output[at].is_array()) continue;
    json& items = output[at];
    std::size_t total = items.size();
    std::size_t begin = std::min(offset, total);
    std::size_t end = limit == 0 ? total : std::min(total, begin + limit);
    if (begin != 0 || end != total) {
      json page = json::array();
      for (std::size_t i = begin; i < end; ++i) page.push_back(std::move(items[i]));
      items = std::move(page);
    }
    if (end < total && last_item.is_null() && !items.empty()) last_item = items.back();
    more = more || end < total;
  }

  for (const auto& key : pg.output_tokens) {
    json::json_pointer at = pointer_for(key);
    if (output.contains(at)) output[at.parent_pointer()].erase(at.back());
  }
  if (more && !pg.output_tokens.empty())
    output[pointer_for(pg.output_tokens.front())] =
        by_last_item ? last_item : json(make_token(operation, offset + limit));
  if (!pg.more_results.empty()) output[pointer_for(pg.more_results)] = more;
}

}  // namespace mockaws::server
