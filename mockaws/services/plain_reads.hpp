#pragma once
// The plain read operations, as rows: most of AWS's List/Describe/Get calls are one of four
// shapes over a service's stored collections, so a service states which shape and its names
// instead of writing a handler.
//
//   list_read          list a collection (ids, a path prefix and a service's filters select
//                      items; the stored items are lent to the encoder, not copied, and the
//                      page is cut while scanning, so paging N items costs O(N) in all)
//   get_read           one item named by the input, or AWS's not-found error
//   sub_document_read  a document kept beside an item (a table's continuous backups), or AWS's
//                      answer when it is absent (from the scenario schema's `absent:`)
//   singleton_read     a service-level document (a password policy), likewise
//
// Hand-written handlers stay where AWS has real logic (S3 redirects, KMS aliases, the IAM
// credential report, RDS snapshot visibility). Rows sit in each service's operation table
// (`<service>_operations.cpp`); services/README.md shows how to write one.

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace mockaws::services {

struct call_context;

// How a request names an item: the input member, and the item members that may equal it (a name
// or an ARN: DynamoDB takes either for TableName). The input may be one string or a list.
struct item_key {
  std::string_view input;                 // "TableName", "VolumeIds"
  std::vector<std::string_view> members;  // {"TableName", "TableArn"}
};

// AWS's answer when a request names an item that does not exist. In `message`, {id} is the name
// asked for, {account} and {region} the request's.
struct not_found {
  std::string_view code;     // a model error shape or wire code: "ResourceNotFoundException"
  std::string_view message;  // "Requested resource not found: Table: {id} not found"
  int status = 400;          // when the model does not declare the error (EC2's, S3's)
};

// The item holding a nested collection, named by the input (API Gateway's GetStages: restApiId).
struct parent_item {
  std::string_view collection;  // the parent's collection: "RestApis"
  item_key key;
  not_found missing;
};

// A service's own request filter (EC2's Filters): built once per request from the input,
// throwing AWS's error for a filter it refuses, then asked about each item. An empty test keeps
// everything.
using item_test = std::function<bool(const nlohmann::json& item)>;
using request_filter = std::function<item_test(const call_context&)>;

// Input rules AWS checks before answering (EC2: ids cannot be combined with MaxResults).
using input_check = void (*)(const call_context&);

struct list_read {
  std::string_view collection;     // the state key: "Volumes" (in the parent when nested)
  std::string_view output = {};    // the output's list member; empty: the collection's name
  std::optional<parent_item> parent = {};
  std::optional<item_key> ids = {};        // ids the request may name (all items when none)
  std::optional<not_found> unknown_id = {};  // an unknown id fails; unset: it selects nothing
  // A member prefix the request may give (IAM PathPrefix on Path): {input, item member}.
  std::optional<std::pair<std::string_view, std::string_view>> prefix = {};
  request_filter filter = {};
  input_check check = nullptr;
  std::string_view project = {};   // list this member of each item (DynamoDB's table names)
  std::string_view sort_by = {};   // list in this string member's byte order (else as stored)
  std::vector<std::string_view> omit = {};  // members the list call leaves out
};

struct get_read {
  std::string_view collection;
  std::optional<parent_item> parent = {};
  item_key key;
  not_found missing;
  std::string_view output = {};    // the output member holding the item; empty: the item's
                                   // members are the output's
  std::vector<std::string_view> omit = {};
};

struct sub_document_read {
  std::string_view collection;
  std::optional<parent_item> parent = {};
  item_key key;
  not_found missing;
  std::string_view document;       // the sub-document's name beside the item
  std::string_view output = {};    // the output member holding it; empty: its members are the
                                   // output's
};

struct singleton_read {
  std::string_view document;       // the state key: "PasswordPolicy"
  std::string_view output = {};    // as for sub-documents
};

// The complete output of each row shape for one request (paging: see list_read).
nlohmann::json serve(const call_context& c, const list_read& row);
nlohmann::json serve(const call_context& c, const get_read& row);
nlohmann::json serve(const call_context& c, const sub_document_read& row);
nlohmann::json serve(const call_context& c, const singleton_read& row);

}  // namespace mockaws::services
