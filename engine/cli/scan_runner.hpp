#pragma once
// What `scan` and `test` share: loading a rule pack (built-in name or template file, with
// parameter overrides) and scanning an endpoint or a scenario with it. A scenario is served
// in-process by mockaws on 127.0.0.1 and scanned over HTTP like any other endpoint, so a scenario
// scan exercises the same client, codecs and collectors as a scan of AWS.

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/client/aws_client.hpp"
#include "engine/pack/conformance_pack.hpp"
#include "engine/pack/hipaa_controls.hpp"
#include "engine/report/scan_report.hpp"
#include "engine/scan/evaluator.hpp"
#include "mockaws/scenario/scenario_loader.hpp"

namespace engine::cli {

struct loaded_pack {
  pack::conformance_pack pack;
  std::vector<rule_request> rules;  // the pack's AWS managed rules, in pack order
  // The pack's HIPAA control mapping: a built-in pack's own; none (no controls) for a file.
  const pack::control_catalog* controls = &pack::no_controls();
};

// `name_or_path`: a built-in pack ("hipaa") or a conformance-pack template file. Errors are
// written to `errors` as FILE:LINE:COLUMN: message; nullopt then.
std::optional<loaded_pack> load_pack(const std::string& name_or_path,
                                     const std::map<std::string, std::string>& parameters,
                                     std::ostream& errors);

struct endpoint_target {
  std::string label;                   // as reports name it: the endpoint URL, or "AWS"
  client::client_options client;      // endpoint_url unset: the real AWS endpoints
  std::vector<std::string> regions;
  std::optional<std::chrono::system_clock::time_point> now;
};

// Scans an endpoint with the pack: collection, then evaluation. Never throws for what the
// endpoint does; unreachable endpoints give INSUFFICIENT_DATA with the reason.
report::scan_report scan_endpoint(const loaded_pack& pack, const endpoint_target& target);

// Serves `scenario` (already loaded without errors) on loopback and scans it: its credentials,
// its regions (or `regions` when given), its clock (or `now`).
report::scan_report scan_scenario(const loaded_pack& pack, const std::string& label,
                                  const mockaws::scenario::load_result& scenario,
                                  const std::vector<std::string>& regions,
                                  std::optional<std::chrono::system_clock::time_point> now);

}  // namespace engine::cli
