#pragma once
// What the engine collects, as rows: for every resource type a rule reads, where AWS lists it,
// how its configuration item is named, and the per-resource documents ("supplements") other
// calls return; for account- and region-level documents, the call that reads them. One generic
// collector (collector.hpp) runs the rows; a row names a hand-written collector only where AWS
// has real logic (S3 buckets answer for every region and live in one; CloudTrail shows
// multi-region trails as shadows). The scanner issues only the calls the selected rules read.
//
// A row's paths name members of the configuration ("TableName", "BackupPlan.BackupPlanName");
// "a|b" takes the first that is present; "Tags:Name" the value of the Name tag.

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "engine/scan/collector.hpp"

namespace engine {

// One input member of a call and where its value comes from: a path into the configuration, or
// "" for the listed value itself (ListTables lists names, DescribeTable takes one).
struct input_binding {
  std::string_view member;
  std::string_view from;
};

struct call_row {
  std::string_view operation;
  std::vector<input_binding> input = {};
  std::string_view member = {};  // the output member that holds the result; "" = all of it
  std::string_view fixed_input = {};  // JSON object text merged into the input: {"Filter":["Role"]}
};

// A per-resource document: what the configuration item keeps under `name`.
struct supplement_row {
  std::string_view name;          // "ContinuousBackupsDescription", "Policy"
  call_row call;
  // Error codes that mean "this resource has none" (NoSuchBucketPolicy): an answer, not a failure.
  std::vector<std::string_view> absent_codes = {};
  bool json_text = false;         // the member is JSON in a string (policies)
  bool paged = false;             // follow the call's paginator
  // The service that answers the call when it is not the kind's own: WAF's GetWebACLForResource
  // tells which web ACL protects a load balancer. Empty: the kind's service.
  std::string_view service = {};
};

struct resource_kind;
// The supplements a scan wants for one kind.
using supplement_set = std::set<std::string, std::less<>>;
using kind_collector = collector_output (*)(client::aws_client&, const resource_kind&,
                                            const collect_scope&, const supplement_set&);

struct resource_kind {
  std::string_view type;          // CloudFormation: "AWS::DynamoDB::Table"
  std::string_view service;       // botocore id: "dynamodb"
  bool global = false;            // listed once per scan, its items in region "global"
  call_row list;                  // the listing; `member` is the result list
  std::optional<call_row> detail = {};  // one call per listed item for its configuration
  std::string_view id, name = {}, arn = {};  // AWS Config's resourceId, resourceName and ARN
  std::vector<supplement_row> supplements = {};
  kind_collector collect = nullptr;          // hand-written; null: the generic collector
  std::vector<std::string_view> other_operations = {};  // further calls a hand-written one makes
};

// An account- or region-level document (a password policy): `key` is what rules read.
struct document_row;
using document_collector = collector_output (*)(client::aws_client&, const document_row&, const collect_scope&);
struct document_row {
  std::string_view key;           // "iam.password_policy"
  std::string_view service;
  bool global = false;
  call_row call;
  std::vector<std::string_view> absent_codes = {};  // the account has none: the document is null
  bool paged = false;             // follow the call's paginator (the document is the whole output)
  document_collector collect = nullptr;  // hand-written (a report AWS generates first); null: one call
  std::vector<std::string_view> other_operations = {};  // further calls a hand-written one makes
};

const std::vector<resource_kind>& resource_kinds();
const std::vector<document_row>& document_rows();
const resource_kind* find_kind(std::string_view type);
const supplement_row* find_supplement(const resource_kind& kind, std::string_view name);
// The service a supplement's call goes to: its own, else the kind's.
std::string_view supplement_service(const resource_kind& kind, const supplement_row& row);
const document_row* find_document(std::string_view key);

// Every operation the rows can call ({service, operation}), hand-written collectors' included.
std::vector<std::pair<std::string, std::string>> collection_operations();

// The generic collectors: one kind in one region (or once, for global kinds), with the wanted
// supplements; one document.
collector_output collect_kind(client::aws_client& aws, const resource_kind& kind,
                              const collect_scope& scope, const supplement_set& wanted);
collector_output collect_document(client::aws_client& aws, const document_row& row,
                                  const collect_scope& scope);

// ----- for collectors -----

// The value at a row path (see above) as text; "" when absent.
std::string text_at_path(const json& configuration, std::string_view path);
// A call's input, each member bound from `configuration` (or `listed` for "").
json bound_input(const call_row& call, const json& configuration, const json& listed = json());
// A configuration item of `kind` for a resource as the API described it.
configuration_item item_of(const resource_kind& kind, json configuration, std::string region);
// Reads the wanted supplements of items (all at once on the client's workers) into them.
void read_supplements(client::aws_client& aws, const resource_kind& kind,
                      std::vector<configuration_item>& items, const supplement_set& wanted,
                      const std::vector<std::string>& call_regions);

}  // namespace engine
