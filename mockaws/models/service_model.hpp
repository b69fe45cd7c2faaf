#pragma once
// AWS service models in memory: the subset of botocore's service-2.json and paginators-1.json
// that the codecs need. Built from the trimmed JSON that extract_models.py embeds at build time.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace mockaws::models {

enum class protocol { json, query, ec2, rest_xml, rest_json };
std::string_view protocol_name(protocol p);
std::optional<protocol> parse_protocol(std::string_view name);

enum class shape_type {
  structure, list, map, string, integer, long_integer, boolean, timestamp, blob,
  float_number, double_number, big_decimal,
};

enum class member_location { body, uri, querystring, header, headers, status_code };

enum class timestamp_format { unspecified, iso8601, unix_timestamp, rfc822 };

struct shape;

// A use of a shape: a structure member, a list's member, or a map's key or value. botocore merges
// the traits written on the reference over those of the shape; the fields here are already merged.
struct shape_ref {
  const shape* target = nullptr;
  std::string name;            // API member name ("UserName"); empty for list and map references
  member_location location = member_location::body;
  std::string location_name;   // wire name: XML element, header, query key or URI label
  std::string query_name;      // EC2's explicit query parameter name
  bool flattened = false;
  bool xml_attribute = false;
  std::string xml_namespace_uri;
  std::string xml_namespace_prefix;
  timestamp_format ts_format = timestamp_format::unspecified;
  bool json_value = false;     // a string holding JSON, sent base64 in headers
  bool host_label = false;
  bool idempotency_token = false;

  // The element/key name on the wire, falling back to `fallback` (the member name).
  std::string_view wire_name(std::string_view fallback) const {
    return location_name.empty() ? fallback : std::string_view(location_name);
  }
  std::string_view wire_name() const { return wire_name(name); }
};

struct error_info {
  std::string code;       // the code AWS sends ("NoSuchEntity"); the shape name when not given
  int http_status = 400;
  bool sender_fault = true;
};

struct shape {
  std::string name;
  shape_type type = shape_type::string;
  // structure
  std::vector<shape_ref> members;  // in model order
  // Indices into `members`, ordered by member name (byte order): lets writers walk a value's
  // sorted keys and the members together in one pass.
  std::vector<std::uint16_t> members_by_name;
  std::vector<std::string> required;
  std::string payload;             // member that is the whole HTTP body (REST protocols)
  std::vector<std::string> enum_values;  // string: the values the API documents, if closed
  std::string xml_text_root;       // overlay: root element whose text is this member (S3 location)
  // list / map
  shape_ref list_member;
  shape_ref map_key;
  shape_ref map_value;
  bool flattened = false;
  // own traits (already merged into the refs that point here)
  std::string location_name;
  std::string xml_namespace_uri;
  std::string xml_namespace_prefix;
  timestamp_format ts_format = timestamp_format::unspecified;
  // errors
  std::optional<error_info> error;
  bool exception = false;
  bool document = false;
  bool streaming = false;

  const shape_ref* member(std::string_view member_name) const;
  bool is_required(std::string_view member_name) const;
};

// A paginator from paginators-1.json. Keys are member names (dotted paths for nested outputs).
struct paginator {
  std::vector<std::string> input_tokens;
  std::vector<std::string> output_tokens;
  std::string limit_key;
  // The range AWS accepts for the limit member (the model's min/max, or the API reference's where
  // the model states none; see overlays.json). Unset: no bound on that side.
  std::optional<long long> limit_min, limit_max;
  std::string more_results;
  std::vector<std::string> result_keys;
};

// A REST request URI template ("/{Bucket}?encryption", "/functions/{FunctionName}/policy"),
// split once at load time so routing never re-parses it.
struct uri_segment {
  enum class kind { literal, label, greedy_label };
  kind type = kind::literal;
  std::string text;  // the literal, or the label's name
};

struct uri_template {
  std::vector<uri_segment> path;
  // Literal query keys the request must carry, with a value when the template gives one
  // ("?list-type=2"); empty value means "key present".
  std::vector<std::pair<std::string, std::string>> query;
};

uri_template parse_uri_template(std::string_view request_uri);

struct operation {
  std::string name;
  std::string http_method = "POST";
  std::string request_uri = "/";
  uri_template uri;
  int response_code = 200;
  const shape* input = nullptr;
  const shape* output = nullptr;
  std::string result_wrapper;  // Query protocol: <OperationResult> element
  std::vector<const shape*> errors;
  std::optional<paginator> pagination;
  std::string host_prefix;
};

class service_model {
 public:
  // Builds a model from the trimmed botocore JSON of one service. Throws std::runtime_error
  // naming the service and the offending shape when the document is inconsistent.
  // The document is parsed order-preserving: member order is the order AWS writes XML elements.
  service_model(std::string id, const nlohmann::ordered_json& document);
  service_model(const service_model&) = delete;
  service_model& operator=(const service_model&) = delete;

  const std::string& id() const { return id_; }  // botocore folder name: "iam", "elbv2"
  protocol primary_protocol() const { return protocols_.front(); }
  const std::vector<protocol>& protocols() const { return protocols_; }
  bool speaks(protocol p) const;
  const std::string& api_version() const { return api_version_; }
  const std::string& json_version() const { return json_version_; }
  const std::string& target_prefix() const { return target_prefix_; }
  const std::string& signing_name() const { return signing_name_; }
  const std::string& endpoint_prefix() const { return endpoint_prefix_; }
  const std::string& xml_namespace() const { return xml_namespace_; }
  const std::string& service_id() const { return service_id_; }
  bool aws_query_compatible() const { return aws_query_compatible_; }

  const operation* find_operation(std::string_view name) const;
  const std::map<std::string, operation, std::less<>>& operations() const { return operations_; }
  const shape* find_shape(std::string_view name) const;
  // An error shape by its shape name or by its wire code.
  const shape* find_error(std::string_view name_or_code) const;

 private:
  shape& shape_for(const std::string& name);
  void load_shapes(const nlohmann::ordered_json& shapes);
  void load_operations(const nlohmann::ordered_json& operations,
                       const nlohmann::ordered_json& pagination);
  shape_ref make_ref(const nlohmann::ordered_json& ref, std::string name);

  std::string id_;
  std::vector<protocol> protocols_;
  std::string api_version_, json_version_, target_prefix_, signing_name_, endpoint_prefix_,
      xml_namespace_, service_id_;
  bool aws_query_compatible_ = false;
  std::map<std::string, std::unique_ptr<shape>, std::less<>> shapes_;
  std::map<std::string, operation, std::less<>> operations_;
};

}  // namespace mockaws::models
