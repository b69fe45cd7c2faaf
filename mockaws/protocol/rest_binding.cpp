#include "mockaws/protocol/rest_binding.hpp"

#include <algorithm>

#include "mockaws/protocol/path_context.hpp"
#include "mockaws/protocol/protocol_errors.hpp"

namespace mockaws::protocol {

namespace {

using models::member_location;
using models::shape;
using models::shape_ref;
using models::shape_type;
using models::timestamp_format;
using models::uri_segment;

// Splits a raw path into its segments, still percent-encoded; a trailing slash is not a segment
// (so "/backup/plans/" and "/backup/plans" route alike).
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    std::string_view segment = path.substr(0, path.find('/'));
    segments.push_back(segment);
    path.remove_prefix(segment.size());
  }
  return segments;
}

bool has_query(const param_list& query, const std::string& key, const std::string& value) {
  return std::any_of(query.begin(), query.end(), [&](const auto& p) {
    return p.first == key && (value.empty() || p.second == value);
  });
}

// Matches one template; fills labels and returns a specificity score, or -1.
int match_template(const models::uri_template& uri, const std::vector<std::string_view>& segments,
                   std::string_view raw_path, const param_list& query,
                   std::vector<std::pair<std::string, std::string>>& labels) {
  int score = 0;
  std::size_t i = 0;
  for (const auto& part : uri.path) {
    if (part.type == uri_segment::kind::greedy_label) {
      // The rest of the path, slashes included: locate where segment i starts in the raw path.
      if (i >= segments.size()) return -1;
      std::string_view rest(segments[i].data(),
                            raw_path.data() + raw_path.size() - segments[i].data());
      labels.emplace_back(part.text, percent_decode(rest, false).value_or(std::string(rest)));
      i = segments.size();
      continue;
    }
    if (i >= segments.size()) return -1;
    std::string_view segment = segments[i++];
    if (part.type == uri_segment::kind::literal) {
      if (segment != part.text) return -1;
      score += 2;
    } else {
      auto decoded = percent_decode(segment, false);
      if (!decoded || decoded->empty()) return -1;
      labels.emplace_back(part.text, std::move(*decoded));
    }
  }
  if (i != segments.size()) return -1;
  for (const auto& [key, value] : uri.query) {
    if (!has_query(query, key, value)) return -1;
    ++score;
  }
  return score;
}

timestamp_format header_format(const shape_ref& ref) {
  return effective_format(ref, timestamp_format::rfc822);
}

json header_value(const shape_ref& member, std::string_view text) {
  const shape& s = *member.target;
  if (s.type == shape_type::list) {
    // Lists in headers are comma-separated.
    json items = json::array();
    while (!text.empty()) {
      auto comma = text.find(',');
      std::string_view item = text.substr(0, comma);
      text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      items.push_back(scalar_from_text(*s.list_member.target, item, header_format(member)));
    }
    return items;
  }
  if (member.json_value) {
    // JSON-valued headers travel base64-encoded.
    auto decoded = base64_decode(text);
    json value = decoded ? json::parse(*decoded, nullptr, false) : json(json::value_t::discarded);
    if (value.is_discarded()) throw value_error("header is not base64-encoded JSON");
    return value;
  }
  return scalar_from_text(s, text, header_format(member));
}

std::string header_text(const shape_ref& member, const json& value) {
  const shape& s = *member.target;
  if (s.type == shape_type::list) {
    std::string out;
    for (const auto& item : value) {
      if (!out.empty()) out += ",";
      out += scalar_to_text(*s.list_member.target, item, header_format(member));
    }
    return out;
  }
  if (member.json_value) return base64_encode(value.dump());
  return scalar_to_text(s, value, header_format(member));
}

bool bound_to_query(const shape& s, std::string_view key) {
  return std::any_of(s.members.begin(), s.members.end(), [&](const shape_ref& m) {
    return m.location == member_location::querystring && m.target->type != shape_type::map &&
           m.wire_name() == key;
  });
}

json query_value(const shape& input, const shape_ref& member, const param_list& query) {
  const shape& s = *member.target;
  auto format = effective_format(member, timestamp_format::iso8601);
  if (s.type == shape_type::map) {
    // A map bound to the query string takes every parameter no other member claims.
    json out = json::object();
    for (const auto& [key, value] : query) {
      if (bound_to_query(input, key)) continue;
      out[key] = scalar_from_text(*s.map_value.target, value, format);
    }
    return out;
  }
  if (s.type == shape_type::list) {
    json items = json::array();
    for (const auto& [key, value] : query)
      if (key == member.wire_name())
        items.push_back(scalar_from_text(*s.list_member.target, value, format));
    return items.empty() ? json() : items;
  }
  for (const auto& [key, value] : query)
    if (key == member.wire_name()) return scalar_from_text(s, value, format);
  return json();
}

}  // namespace

std::optional<route_match> match_route(const models::service_model& service,
                                       std::string_view method, std::string_view raw_path,
                                       const param_list& query) {
  std::vector<std::string_view> segments = split_path(raw_path);
  std::optional<route_match> best;
  int best_score = -1;
  for (const auto& [name, op] : service.operations()) {
    if (op.http_method != method) continue;
    std::vector<std::pair<std::string, std::string>> labels;
    int score = match_template(op.uri, segments, raw_path, query, labels);
    if (score > best_score) {
      best_score = score;
      best = route_match{&op, std::move(labels)};
    }
  }
  return best;
}

bool addressed_to_rest(models::protocol p, const models::service_model& service,
                       const http::request& request) {
  if (!service.speaks(p)) return false;
  auto query = parse_params(request.query(), false);
  return query && match_route(service, request.method, request.path(), *query).has_value();
}

std::pair<param_list, route_match> require_route(models::protocol p,
                                                 const models::service_model& service,
                                                 const http::request& request) {
  std::string bad;
  auto query = parse_params(request.query(), false, &bad);
  if (!query) throw malformed_body(p, "malformed percent-encoding in query '" + bad + "'");
  auto route = match_route(service, request.method, request.path(), *query);
  if (!route)
    throw unknown_operation(p, service.id(), request.method + " " + std::string(request.target));
  return {std::move(*query), std::move(*route)};
}

void read_request_bindings(const shape& input_shape, const route_match& route,
                           const param_list& query, const http::request& request, json& input) {
  for (const auto& member : input_shape.members) {
    with_member(member.name, [&] {
      json value;
      switch (member.location) {
        case member_location::uri:
          for (const auto& [label, text] : route.labels)
            if (label == member.wire_name())
              value = scalar_from_text(*member.target, text,
                                       effective_format(member, timestamp_format::iso8601));
          break;
        case member_location::querystring:
          value = query_value(input_shape, member, query);
          break;
        case member_location::header:
          if (auto text = request.header(http::to_lower(member.wire_name())); !text.empty())
            value = header_value(member, text);
          break;
        case member_location::headers: {
          std::string prefix = http::to_lower(member.wire_name());
          json map = json::object();
          for (const auto& [name, text] : request.headers)
            if (name.compare(0, prefix.size(), prefix) == 0)
              map[name.substr(prefix.size())] = std::string(text);
          if (!map.empty()) value = std::move(map);
          break;
        }
        default:
          return;
      }
      if (!value.is_null()) input[member.name] = std::move(value);
    });
  }
}

void write_response_bindings(const shape& output_shape, const json& output,
                             http::response& response) {
  for (const auto& member : output_shape.members) {
    auto it = output.find(member.name);
    if (it == output.end() || it->is_null()) continue;
    with_member(member.name, [&] {
      switch (member.location) {
        case member_location::header:
          response.headers.emplace_back(http::to_lower(member.wire_name()), header_text(member, *it));
          break;
        case member_location::headers:
          for (const auto& [key, value] : it->items())
            response.headers.emplace_back(http::to_lower(member.wire_name()) + key,
                                          value.get<std::string>());
          break;
        case member_location::status_code:
          response.status = it->get<unsigned>();
          break;
        default:
          break;
      }
    });
  }
}

void write_request_bindings(const models::operation& operation, const json& input,
                            http::request& request) {
  const shape* s = operation.input;
  auto member_value = [&](std::string_view wire_name,
                          member_location location) -> std::pair<const shape_ref*, const json*> {
    if (!s) return {nullptr, nullptr};
    for (const auto& member : s->members) {
      if (member.location != location || member.wire_name() != wire_name) continue;
      auto it = input.find(member.name);
      if (it != input.end() && !it->is_null()) return {&member, &*it};
    }
    return {nullptr, nullptr};
  };

  std::string target;
  for (const auto& part : operation.uri.path) {
    target += '/';
    if (part.type == uri_segment::kind::literal) {
      target += part.text;
      continue;
    }
    auto [member, value] = member_value(part.text, member_location::uri);
    if (!value) throw value_error("URI label '" + part.text + "' has no value");
    std::string text = with_member(member->name, [&] {
      return scalar_to_text(*member->target, *value,
                            effective_format(*member, timestamp_format::iso8601));
    });
    target += percent_encode(text, part.type == uri_segment::kind::greedy_label);
  }
  // Keep the template's trailing slash ("/2015-03-31/functions/"): SigV4 signs the exact path.
  std::string_view template_path = operation.request_uri;
  template_path = template_path.substr(0, template_path.find('?'));
  if (target.empty() || (template_path.size() > 1 && template_path.back() == '/')) target += '/';

  param_list query;
  for (const auto& [key, value] : operation.uri.query) query.emplace_back(key, value);
  if (s) {
    for (const auto& member : s->members) {
      auto it = input.find(member.name);
      if (it == input.end() || it->is_null()) continue;
      with_member(member.name, [&] {
        auto format = effective_format(member, timestamp_format::iso8601);
        if (member.location == member_location::querystring) {
          const shape& t = *member.target;
          if (t.type == shape_type::list) {
            for (const auto& item : *it)
              query.emplace_back(member.wire_name(), scalar_to_text(*t.list_member.target, item, format));
          } else if (t.type == shape_type::map) {
            for (const auto& [key, value] : it->items())
              query.emplace_back(key, scalar_to_text(*t.map_value.target, value, format));
          } else {
            query.emplace_back(member.wire_name(), scalar_to_text(t, *it, format));
          }
        } else if (member.location == member_location::header) {
          request.headers.emplace_back(http::to_lower(member.wire_name()), header_text(member, *it));
        } else if (member.location == member_location::headers) {
          for (const auto& [key, value] : it->items())
            request.headers.emplace_back(http::to_lower(member.wire_name()) + key,
                                         value.get<std::string>());
        }
      });
    }
  }
  request.method = operation.http_method;
  request.target = target;
  if (!query.empty()) {
    // Literal keys without a value ("?encryption") are sent bare, as SDKs do.
    std::string text;
    for (const auto& [key, value] : query) {
      if (!text.empty()) text += '&';
      text += percent_encode(key);
      if (!value.empty() || !has_query(operation.uri.query, key, "")) text += "=" + percent_encode(value);
    }
    request.target += "?" + text;
  }
}

void read_response_bindings(const shape& output_shape, const http::response& response,
                            json& output) {
  for (const auto& member : output_shape.members) {
    with_member(member.name, [&] {
      if (member.location == member_location::header) {
        if (auto text = response.header(http::to_lower(member.wire_name())); !text.empty())
          output[member.name] = header_value(member, text);
      } else if (member.location == member_location::headers) {
        std::string prefix = http::to_lower(member.wire_name());
        json map = json::object();
        for (const auto& [name, text] : response.headers) {
          std::string lower = http::to_lower(name);
          if (lower.compare(0, prefix.size(), prefix) == 0) map[lower.substr(prefix.size())] = text;
        }
        if (!map.empty()) output[member.name] = std::move(map);
      } else if (member.location == member_location::status_code) {
        output[member.name] = response.status;
      }
    });
  }
}

const shape_ref* payload_member(const shape& s) {
  return s.payload.empty() ? nullptr : s.member(s.payload);
}

bool has_body_members(const shape& s) {
  if (!s.payload.empty()) return false;
  return std::any_of(s.members.begin(), s.members.end(),
                     [](const shape_ref& m) { return m.location == member_location::body; });
}

}  // namespace mockaws::protocol
