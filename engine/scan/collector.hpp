#pragma once
// Collection reads the resources and documents the rules need into configuration items, as the
// rows of resource_kinds.hpp describe them: a list call, an optional detail call per resource,
// then the per-resource documents (fanned out on the client's workers). Each collection returns
// what it found instead of writing to a shared inventory, so collections run concurrently
// without locks; the scanner merges their outputs.
//
// A failed list call is recorded against the resource type (rules reading it give
// INSUFFICIENT_DATA in that region); a failed per-resource call marks that document unreadable
// on the item. Errors that mean "not configured" (NoSuchBucketPolicy, NoSuchEntity for a
// password policy) are answers, not failures: the document is recorded as absent (null).

#include <string>
#include <tuple>
#include <vector>

#include "engine/client/aws_client.hpp"
#include "engine/core/inventory.hpp"

namespace engine {

struct collector_output {
  std::vector<configuration_item> items;
  std::vector<std::tuple<std::string, std::string, json>> documents;  // key, region, value
  std::vector<collection_failure> failures;
};

// Where a collection runs: one region (regional services), or once for the account (global ones,
// which still learn the scanned regions, e.g. to keep only their buckets).
struct collect_scope {
  std::string region;                         // the call region ("us-east-1" for global)
  std::vector<std::string> scanned_regions;
};

// ----- helpers for collectors -----

// The result of a call, or nullopt after recording the failure against `key`.
std::optional<json> output_or_failure(const client::call_result& result, collector_output& out,
                                      const std::string& key, const std::string& region);
// Stores a per-resource document: the output's `member` (all of it when empty), null when the
// error code says "not configured" (one of `absent_codes`), or the failure's description in
// `unreadable`.
void store_supplement(configuration_item& item, const std::string& name,
                      const client::call_result& result, std::string_view member,
                      const std::vector<std::string_view>& absent_codes = {});
std::string tag_value(const json& resource, std::string_view key);  // Tags[] {Key, Value}
// A configuration item of `type` for a resource as the API returned it.
configuration_item make_item(std::string type, std::string id, std::string name, std::string arn,
                             std::string region, json configuration);
// Policies come back as JSON text: replaces the supplementary document `name` with its parsed
// form, or marks it unreadable (naming `operation`) when the text is not JSON.
void parse_json_supplement(configuration_item& item, const std::string& name, std::string_view operation);

}  // namespace engine
