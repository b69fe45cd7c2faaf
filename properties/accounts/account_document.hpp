#pragma once
// A generated account as a scenario document: the JSON tree of a scenario file (account_id,
// now, global, regions), with resources in the APIs' own shapes. The mutators edit it, the scan
// harness loads it (JSON is YAML, so its text is a scenario), and a failing one is written out
// as a scenario file.

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "properties/accounts/account_spec.hpp"

namespace properties {

using json = nlohmann::json;

// The fixed clock of generated accounts: ages are relative to it, so verdicts are reproducible.
inline constexpr const char* generated_now = "2026-11-01T00:00:00Z";

json render(const account_spec& spec);

// The scenario text of a document (JSON, which the scenario loader reads as YAML).
std::string scenario_text(const json& doc);

// Every item of a collection: regional collections in every region, global ones with region
// "global". The callback may edit the item.
using item_visitor = std::function<void(const std::string& region, json& item)>;
void for_each_item(json& doc, const std::string& service, const std::string& collection,
                   const item_visitor& visit);
void for_each_item(const json& doc, const std::string& service, const std::string& collection,
                   const std::function<void(const std::string& region, const json& item)>& visit);

// The account's regions, in document order.
std::vector<std::string> regions_of(const json& doc);

// How EC2 words a stop `days` before generated_now, at midnight, in a stopped instance's
// StateTransitionReason: "User initiated (2026-10-02 00:00:00 GMT)".
std::string stopped_reason(int days);

}  // namespace properties
