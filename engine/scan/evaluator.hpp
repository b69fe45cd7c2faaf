#pragma once
// Runs a rule pack's rules over a collected inventory. Rules the engine does not implement are
// returned as such (a report lists them; they are never silently dropped). A read that failed
// turns the rule's verdicts in that region (or everywhere, for global data) into one
// INSUFFICIENT_DATA evaluation that says which call failed and why.

#include <map>
#include <string>
#include <vector>

#include "engine/core/evaluation.hpp"
#include "engine/core/inventory.hpp"

namespace engine {

// One rule of a pack, as the pack configures it.
struct rule_request {
  std::string identifier;        // "ACCESS_KEYS_ROTATED"
  std::string config_rule_name;  // "access-keys-rotated"
  std::map<std::string, std::string> input_parameters;
  // Scope.ComplianceResourceTypes: when given, only verdicts about these types are kept (as AWS
  // Config evaluates only the scoped types); empty: the rule's own.
  std::vector<std::string> scope_types = {};
};

// A process check with no attestation recorded in a region.
struct awaiting_attestation {
  rule_request rule;
  std::string region;
};

struct pack_evaluation {
  std::vector<evaluation> evaluations;          // in pack order, each rule's in its own order
  std::vector<rule_request> not_implemented;    // rules of the pack the engine lacks
  std::vector<awaiting_attestation> awaiting;   // process checks nobody has attested yet
  std::vector<std::string> parameter_errors;    // "access-keys-rotated: maxAccessKeyAge: ..."
};

pack_evaluation evaluate_pack(const inventory& inv, const std::vector<rule_request>& rules);

}  // namespace engine
