#pragma once
// Everything a scan found, ready to be written as a table, JSON or JUnit XML: the evaluations with
// the HIPAA controls of their rules, the pack's rules the engine does not implement (listed in
// every format, never dropped), the reads that failed, and how the scan went.

#include <map>
#include <string>
#include <vector>

#include "engine/core/evaluation.hpp"
#include "engine/core/inventory.hpp"
#include "engine/pack/control_catalog.hpp"
#include "engine/scan/evaluator.hpp"

namespace engine::report {

struct reported_rule {
  std::string identifier;
  std::string config_rule_name;
  std::vector<const pack::control*> controls;  // empty: not mapped to a HIPAA control
};

struct scan_statistics {
  double seconds = 0;
  std::uint64_t requests = 0;
  std::uint64_t retries = 0;
  std::size_t resources = 0;  // configuration items collected
};

struct scan_report {
  std::string pack;
  std::string target;  // the scenario file or the endpoint scanned
  std::string account_id;
  std::vector<std::string> regions;
  std::vector<evaluation> evaluations;
  std::map<std::string, reported_rule> rules;  // by identifier: every rule of the pack
  // Counts are of the pack's config rules (AWS::Config::ConfigRule resources), which is also how
  // AWS counts a conformance pack; two config rules may share an identifier.
  std::size_t config_rules = 0;
  std::vector<std::string> not_implemented;    // identifiers, one per config rule, in pack order
  std::vector<awaiting_attestation> awaiting;  // process checks to attest, by region
  std::vector<collection_failure> failures;
  scan_statistics statistics;
  const pack::control_catalog* catalog = nullptr;  // the pack's control mapping (never null once made)

  // Verdict counts, by compliance name ("NON_COMPLIANT" -> 12).
  std::map<std::string, std::size_t> counts() const;
  bool any(compliance c) const;
};

// Builds the report of a pack evaluation; `catalog` maps rules to controls.
scan_report make_report(std::string pack, std::string target, const inventory& inv,
                        const std::vector<rule_request>& rules, pack_evaluation evaluated,
                        const pack::control_catalog& catalog, scan_statistics statistics);

// Exit status for scripts: 1 when something is NON_COMPLIANT, else 3 when something could not be
// evaluated (INSUFFICIENT_DATA), else 0.
int exit_status(const scan_report& report);

}  // namespace engine::report
