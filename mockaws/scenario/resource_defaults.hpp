#pragma once
// What AWS fills in when a scenario omits a field: the collection's defaults from the schema,
// with templates for generated identifiers and ARNs. Generated ids derive from the account,
// region, collection and the item's name, so the same file always yields the same account.

#include <string>

#include <nlohmann/json.hpp>

#include "mockaws/protocol/timestamp.hpp"
#include "mockaws/scenario/schema.hpp"
#include "mockaws/scenario/value_converter.hpp"

namespace mockaws::scenario {

struct item_context {
  std::string account;
  std::string region;  // the item's region; "us-east-1" for global services
  protocol::timestamp now;
  std::string name;    // the item's name (see item_name)
  const nlohmann::json* parent = nullptr;  // the item holding a nested collection's items
};

// The item's name for generated ids: its name member (or Tags Name), else "#<index>".
std::string item_name(const json& item, const collection_schema& collection, std::size_t index);

// Applies the collection's defaults, in order, to the members `item` lacks. Literal defaults are
// typed like the member they fill (converted with `converter`, reporting schema defects there).
void apply_defaults(json& item, const collection_schema& collection, const item_context& context,
                    value_converter& converter);

// Expands "{account}", "{Member}", "{unique_id:AIDA}", ... in a template; nullopt when it names a
// member the item lacks.
std::optional<std::string> expand_template(std::string_view text, const json& item,
                                           const collection_schema& collection,
                                           const item_context& context);

}  // namespace mockaws::scenario
