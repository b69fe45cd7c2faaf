#include "mockaws/models/service_model.hpp"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace mockaws::models {

namespace {

using json = nlohmann::ordered_json;

std::string string_at(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool bool_at(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

shape_type parse_shape_type(const std::string& type, const std::string& shape_name) {
  static const std::map<std::string, shape_type, std::less<>> types = {
      {"structure", shape_type::structure}, {"list", shape_type::list},
      {"map", shape_type::map},             {"string", shape_type::string},
      {"integer", shape_type::integer},     {"long", shape_type::long_integer},
      {"boolean", shape_type::boolean},     {"timestamp", shape_type::timestamp},
      {"blob", shape_type::blob},           {"float", shape_type::float_number},
      {"double", shape_type::double_number}, {"bigdecimal", shape_type::big_decimal},
  };
  auto it = types.find(type);
  if (it == types.end())
    throw std::runtime_error("shape '" + shape_name + "' has unknown type '" + type + "'");
  return it->second;
}

member_location parse_location(const std::string& location) {
  if (location.empty()) return member_location::body;
  if (location == "uri") return member_location::uri;
  if (location == "querystring") return member_location::querystring;
  if (location == "header") return member_location::header;
  if (location == "headers") return member_location::headers;
  if (location == "statusCode") return member_location::status_code;
  throw std::runtime_error("unknown member location '" + location + "'");
}

timestamp_format parse_timestamp_format(const std::string& format) {
  if (format == "iso8601") return timestamp_format::iso8601;
  if (format == "unixTimestamp") return timestamp_format::unix_timestamp;
  if (format == "rfc822") return timestamp_format::rfc822;
  return timestamp_format::unspecified;
}

std::vector<std::string> string_or_list(const json& value) {
  std::vector<std::string> out;
  if (value.is_string()) {
    out.push_back(value.get<std::string>());
  } else if (value.is_array()) {
    for (const auto& item : value) out.push_back(item.get<std::string>());
  }
  return out;
}

// Paginator keys may be JMESPath-ish ("NextMarker || Contents[-1].Key"); mockaws issues and reads
// only the first alternative, which is what AWS itself returns.
std::string first_alternative(std::string key) {
  auto bar = key.find("||");
  if (bar != std::string::npos) key = key.substr(0, bar);
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

}  // namespace

std::string_view protocol_name(protocol p) {
  switch (p) {
    case protocol::json: return "json";
    case protocol::query: return "query";
    case protocol::ec2: return "ec2";
    case protocol::rest_xml: return "rest-xml";
    case protocol::rest_json: return "rest-json";
  }
  return "unknown";
}

std::optional<protocol> parse_protocol(std::string_view name) {
  for (protocol p : {protocol::json, protocol::query, protocol::ec2, protocol::rest_xml,
                     protocol::rest_json})
    if (protocol_name(p) == name) return p;
  return std::nullopt;
}

uri_template parse_uri_template(std::string_view request_uri) {
  uri_template out;
  std::string_view path = request_uri.substr(0, request_uri.find('?'));
  std::string_view query = path.size() < request_uri.size() ? request_uri.substr(path.size() + 1)
                                                            : std::string_view{};
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    std::string_view segment = path.substr(0, path.find('/'));
    path.remove_prefix(segment.size());
    uri_segment s;
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      std::string_view name = segment.substr(1, segment.size() - 2);
      s.type = name.back() == '+' ? uri_segment::kind::greedy_label : uri_segment::kind::label;
      if (name.back() == '+') name.remove_suffix(1);
      s.text = std::string(name);
    } else {
      s.text = std::string(segment);
    }
    out.path.push_back(std::move(s));
  }
  while (!query.empty()) {
    std::string_view pair = query.substr(0, query.find('&'));
    query.remove_prefix(std::min(query.size(), pair.size() + 1));
    auto eq = pair.find('=');
    out.query.emplace_back(std::string(pair.substr(0, eq)),
                           eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
  }
  return out;
}

const shape_ref* shape::member(std::string_view member_name) const {
  // Binary search over the members sorted by name: scenario loading looks up every key.
  auto it = std::lower_bound(members_by_name.begin(), members_by_name.end(), member_name,
                             [this](std::uint16_t index, std::string_view name) {
                               return members[index].name < name;
                             });
  if (it != members_by_name.end() && members[*it].name == member_name) return &members[*it];
  return nullptr;
}

bool shape::is_required(std::string_view member_name) const {
  return std::find(required.begin(), required.end(), member_name) != required.end();
}

service_model::service_model(std::string id, const json& document) : id_(std::move(id)) {
  const json& meta = document.at("metadata");
  api_version_ = string_at(meta, "apiVersion");
  json_version_ = string_at(meta, "jsonVersion");
  target_prefix_ = string_at(meta, "targetPrefix");
  endpoint_prefix_ = string_at(meta, "endpointPrefix");
  signing_name_ = string_at(meta, "signingName");
  if (signing_name_.empty()) signing_name_ = endpoint_prefix_;
  xml_namespace_ = string_at(meta, "xmlNamespace");
  service_id_ = string_at(meta, "serviceId");
  aws_query_compatible_ = meta.contains("awsQueryCompatible");

  // `protocols` lists every protocol the service accepts, preferred first; older models only
  // have `protocol`.
  for (const auto& name : string_or_list(meta.value("protocols", json::array()))) {
    if (auto p = parse_protocol(name)) protocols_.push_back(*p);
  }
  if (protocols_.empty()) {
    auto p = parse_protocol(string_at(meta, "protocol"));
    if (!p) throw std::runtime_error("service '" + id_ + "' has an unsupported protocol");
    protocols_.push_back(*p);
  }

  try {
    load_shapes(document.at("shapes"));
    load_operations(document.at("operations"), document.value("pagination", json::object()));
  } catch (const std::exception& e) {
    throw std::runtime_error("model of service '" + id_ + "': " + e.what());
  }
}

bool service_model::speaks(protocol p) const {
  return std::find(protocols_.begin(), protocols_.end(), p) != protocols_.end();
}

shape& service_model::shape_for(const std::string& name) {
  auto it = shapes_.find(name);
  if (it == shapes_.end()) throw std::runtime_error("shape '" + name + "' is not defined");
  return *it->second;
}

shape_ref service_model::make_ref(const json& ref, std::string name) {
  shape_ref out;
  const shape& target = shape_for(ref.at("shape").get<std::string>());
  out.target = &target;
  out.name = std::move(name);
  out.location = parse_location(string_at(ref, "location"));
  out.location_name = string_at(ref, "locationName");
  if (out.location_name.empty()) out.location_name = target.location_name;
  out.query_name = string_at(ref, "queryName");
  out.flattened = bool_at(ref, "flattened") || target.flattened;
  out.xml_attribute = bool_at(ref, "xmlAttribute");
  if (auto ns = ref.find("xmlNamespace"); ns != ref.end() && ns->is_object()) {
    out.xml_namespace_uri = string_at(*ns, "uri");
    out.xml_namespace_prefix = string_at(*ns, "prefix");
  } else {
    out.xml_namespace_uri = target.xml_namespace_uri;
    out.xml_namespace_prefix = target.xml_namespace_prefix;
  }
  out.ts_format = parse_timestamp_format(string_at(ref, "timestampFormat"));
  if (out.ts_format == timestamp_format::unspecified) out.ts_format = target.ts_format;
  out.json_value = bool_at(ref, "jsonvalue");
  out.host_label = bool_at(ref, "hostLabel");
  out.idempotency_token = bool_at(ref, "idempotencyToken");
  return out;
}

void service_model::load_shapes(const json& shapes) {
  // First pass: every shape exists with its own traits, so references can point at them.
  for (const auto& [name, definition] : shapes.items()) {
    auto s = std::make_unique<shape>();
    s->name = name;
    s->type = parse_shape_type(string_at(definition, "type"), name);
    s->location_name = string_at(definition, "locationName");
    s->flattened = bool_at(definition, "flattened");
    s->ts_format = parse_timestamp_format(string_at(definition, "timestampFormat"));
    if (auto ns = definition.find("xmlNamespace"); ns != definition.end() && ns->is_object()) {
      s->xml_namespace_uri = string_at(*ns, "uri");
      s->xml_namespace_prefix = string_at(*ns, "prefix");
    }
    s->payload = string_at(definition, "payload");
    if (auto values = definition.find("enum"); values != definition.end())
      s->enum_values = string_or_list(*values);
    s->xml_text_root = string_at(definition, "xmlTextRoot");
    s->exception = bool_at(definition, "exception");
    s->document = bool_at(definition, "document");
    s->streaming = bool_at(definition, "streaming");
    if (auto required = definition.find("required"); required != definition.end())
      s->required = string_or_list(*required);
    if (auto error = definition.find("error"); error != definition.end() || s->exception) {
      error_info info;
      info.code = name;
      if (error != definition.end()) {
        if (auto code = string_at(*error, "code"); !code.empty()) info.code = code;
        info.http_status = error->value("httpStatusCode", 400);
        info.sender_fault = error->value("senderFault", true);
      }
      s->error = info;
    }
    shapes_.emplace(name, std::move(s));
  }
  // Second pass: references, now that every target exists.
  for (const auto& [name, definition] : shapes.items()) {
    shape& s = *shapes_.at(name);
    if (auto members = definition.find("members"); members != definition.end()) {
      for (const auto& [member_name, ref] : members->items())
        s.members.push_back(make_ref(ref, member_name));
    }
    if (auto member = definition.find("member"); member != definition.end())
      s.list_member = make_ref(*member, {});
    if (auto key = definition.find("key"); key != definition.end()) s.map_key = make_ref(*key, {});
    if (auto value = definition.find("value"); value != definition.end())
      s.map_value = make_ref(*value, {});
    for (std::size_t i = 0; i < s.members.size(); ++i)
      s.members_by_name.push_back(static_cast<std::uint16_t>(i));
    std::sort(s.members_by_name.begin(), s.members_by_name.end(),
              [&s](std::uint16_t a, std::uint16_t b) { return s.members[a].name < s.members[b].name; });
    if (s.type == shape_type::list && !s.list_member.target)
      throw std::runtime_error("list shape '" + name + "' has no member");
    if (s.type == shape_type::map && (!s.map_key.target || !s.map_value.target))
      throw std::runtime_error("map shape '" + name + "' lacks a key or value");
  }
}

void service_model::load_operations(const json& operations, const json& pagination) {
  for (const auto& [name, definition] : operations.items()) {
    operation op;
    op.name = name;
    if (auto http = definition.find("http"); http != definition.end()) {
      op.http_method = http->value("method", std::string("POST"));
      op.request_uri = http->value("requestUri", std::string("/"));
      op.uri = parse_uri_template(op.request_uri);
      op.response_code = http->value("responseCode", 200);
    }
    if (auto input = definition.find("input"); input != definition.end())
      op.input = &shape_for(input->at("shape").get<std::string>());
    if (auto output = definition.find("output"); output != definition.end()) {
      op.output = &shape_for(output->at("shape").get<std::string>());
      op.result_wrapper = string_at(*output, "resultWrapper");
    }
    for (const auto& error : definition.value("errors", json::array()))
      op.errors.push_back(&shape_for(error.at("shape").get<std::string>()));
    if (auto endpoint = definition.find("endpoint"); endpoint != definition.end())
      op.host_prefix = string_at(*endpoint, "hostPrefix");
    if (auto p = pagination.find(name); p != pagination.end()) {
      paginator pg;
      for (auto& key : string_or_list(p->value("input_token", json())))
        pg.input_tokens.push_back(first_alternative(key));
      for (auto& key : string_or_list(p->value("output_token", json())))
        pg.output_tokens.push_back(first_alternative(key));
      pg.limit_key = string_at(*p, "limit_key");
      if (auto min = p->find("limitMin"); min != p->end()) pg.limit_min = min->get<long long>();
      if (auto max = p->find("limitMax"); max != p->end()) pg.limit_max = max->get<long long>();
      pg.more_results = string_at(*p, "more_results");
      for (auto& key : string_or_list(p->value("result_key", json())))
        pg.result_keys.push_back(first_alternative(key));
      op.pagination = std::move(pg);
    }
    operations_.emplace(name, std::move(op));
  }
}

const operation* service_model::find_operation(std::string_view name) const {
  auto it = operations_.find(name);
  return it == operations_.end() ? nullptr : &it->second;
}

const shape* service_model::find_shape(std::string_view name) const {
  auto it = shapes_.find(name);
  return it == shapes_.end() ? nullptr : it->second.get();
}

const shape* service_model::find_error(std::string_view name_or_code) const {
  if (const shape* s = find_shape(name_or_code); s && s->error) return s;
  for (const auto& [name, s] : shapes_)
    if (s->error && s->error->code == name_or_code) return s.get();
  return nullptr;
}

}  // namespace mockaws::models
