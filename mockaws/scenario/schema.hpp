#pragma once
// The scenario schema in memory: for every service, the collections and singletons a scenario
// may hold and what their items look like (see SCHEMA_FORMAT.md; the data is schema.yaml,
// embedded at build time). Item shapes point into the embedded AWS service models.

#include <map>
#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/scenario/source_tree.hpp"

namespace mockaws::scenario {

struct type_expr {
  enum class kind {
    model_shape, list_of, map_of, structure, string, integer, boolean, real, timestamp,
    policy_document, any,
  };
  kind type = kind::any;
  const models::shape* shape = nullptr;                           // model_shape
  std::shared_ptr<const type_expr> element;                       // list_of, map_of
  std::vector<std::pair<std::string, type_expr>> fields;          // structure
};

// A path into an item: "Groups[]" -> {"Groups", "[]"}; "A[].B" -> {"A", "[]", "B"}.
using member_path = std::vector<std::string>;
member_path parse_member_path(std::string_view text);

struct reference {
  member_path path;
  std::string text;               // the path as written, for messages
  std::string target_service;
  std::string target_collection;
  member_path by;                 // in the target items; any value there may match
  std::string by_text;
  bool account_wide = false;      // look in every region, not only the item's
  bool warning = false;           // AWS lets the value dangle: report it, do not refuse the file
  bool except_other_accounts = false;  // ARNs of another account need no target
  std::optional<std::regex> except;
};

// Where an item's id must be unique: among its parent's (nested collections), in its
// collection and region, in the account, or across all accounts (S3 bucket names).
enum class id_scope { parent, collection, account, global };

// What AWS answers for a document a scenario leaves out (`absent:` in the schema): this value, or
// this error. A value that is an object also fills the members a declared document leaves out.
struct absent_answer {
  std::optional<nlohmann::json> value;
  std::string error_code;     // a model error shape or wire code
  std::string error_message;  // {id}, {account} and {region} stand for the request's
  int error_status = 400;     // when the model does not declare the error
};

struct collection_schema {
  std::string service;
  std::string name;                        // "Users"
  std::vector<std::string> resource_types; // "AWS::IAM::User"
  type_expr item;
  std::vector<member_path> id;             // members identifying an item (several: composite)
  std::string id_text;                     // as written, for messages
  std::string name_member;                 // member path or "Tags:Name" for generated ids
  // Further top-level members an expectation may name an item by: the engine's resource id
  // where it is not the schema's id (a WAFv2 web ACL's Id; the schema's id is its ARN).
  std::vector<std::string> also_named;
  id_scope unique = id_scope::collection;
  std::vector<std::pair<std::string, type_expr>> sub_documents;
  std::map<std::string, absent_answer, std::less<>> absent;  // by sub-document
  std::vector<member_path> documents;      // string members that hold JSON (YAML accepted)
  std::vector<std::pair<std::string, source_node>> defaults;  // in order
  std::vector<reference> references;
  // Collections held inside an item, by the member that holds them (Reservation.Instances).
  std::vector<std::pair<std::string, collection_schema>> nested;
};

struct service_schema {
  std::string id;
  bool global = false;
  const models::service_model* model = nullptr;
  std::map<std::string, collection_schema, std::less<>> collections;
  std::map<std::string, type_expr, std::less<>> singletons;
  std::map<std::string, absent_answer, std::less<>> absent;  // by singleton
};

// An item's id as one text (composite ids joined with '/'), read from its converted value or from
// its source node; nullopt when a part is missing.
std::optional<std::string> id_of(const nlohmann::json& item, const collection_schema& collection);
std::optional<std::string> id_of(const source_node& item, const collection_schema& collection);
// The value at a path without "[]" segments, or nullptr.
const nlohmann::json* value_at(const nlohmann::json& item, const member_path& path);

class scenario_schema {
 public:
  // The schema compiled into the binary (schema.yaml), parsed once.
  static const scenario_schema& embedded();
  // Parses a schema document; errors (unknown shapes, malformed entries) are appended.
  scenario_schema(const source_node& document, const models::model_registry& models,
                  std::vector<load_error>& errors);

  const service_schema* find(std::string_view service) const;
  const std::map<std::string, service_schema, std::less<>>& services() const { return services_; }
  const collection_schema* find_collection(std::string_view service, std::string_view name) const;
  // A collection nested in another (`nested:`), by the parent collection and the holder member.
  const collection_schema* find_nested(std::string_view service, std::string_view parent,
                                       std::string_view name) const;

 private:
  std::map<std::string, service_schema, std::less<>> services_;
};

}  // namespace mockaws::scenario
