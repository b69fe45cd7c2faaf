#pragma once
// What the account properties share: checking a generated account against the oracle and, when
// the engine disagrees, failing with the problems, the counterexample file and the seed.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <cstdlib>
#include <sstream>

#include "properties/accounts/account_check.hpp"
#include "properties/accounts/account_generators.hpp"
#include "properties/accounts/counterexample.hpp"

namespace properties {

// Where counterexamples go: $HIPAASIM_COUNTEREXAMPLES, else the build tree.
inline std::string counterexample_directory() {
  if (const char* dir = std::getenv("HIPAASIM_COUNTEREXAMPLES"); dir && *dir) return dir;
  return std::string(HIPAASIM_BINARY_DIR) + "/properties/counterexamples";
}

inline std::string current_test_name() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  std::string name = info ? std::string(info->test_suite_name()) + "." + info->name() : "property";
  for (char& c : name)
    if (c == '/') c = '-';
  return name;
}

// Scans `doc` and fails the property unless the engine's verdicts are exactly the oracle's.
// `story` says what the account is and what was done to it; it heads the counterexample.
inline void require_exact(const json& doc, const verdict_set& declared, const std::string& story,
                          const engine::cli::loaded_pack& pack = hipaa_pack()) {
  account_check result = check_account(doc, declared, pack);
  if (result.problems.empty()) return;
  std::uint64_t seed = rc::detail::configuration().testParams.seed;
  std::string description = story + " (RapidCheck seed " + std::to_string(seed) + ")";
  std::string path = write_counterexample(counterexample_directory(), current_test_name(), doc, declared, description);
  std::ostringstream message;
  message << story << "\nthe engine disagrees with the oracle:\n";
  for (const auto& p : result.problems) message << "  - " << p << "\n";
  message << "counterexample scenario (the smallest once shrinking ends): " << path << "\n"
          << "RapidCheck seed: " << seed << " (rerun: RC_PARAMS=\"seed=" << seed << "\" "
          << current_test_name() << "); once understood, commit the file under "
          << "scenarios/regressions/ so `hipaasim test` keeps checking it.";
  RC_FAIL(message.str());
}

// A generated account broken by `m` (a target and a degree drawn too): its spec, its document
// and what the mutator did. Inside a property only.
struct mutated_account {
  account_spec spec;
  json doc;
  mutation done;
};

inline mutated_account mutate_generated_account(const mutator& m) {
  account_spec spec = *compliant_account();
  auto target = *rc::gen::inRange<std::uint64_t>(0, 1000);
  auto degree = *rc::gen::inRange<std::uint64_t>(0, 1000);
  if (m.ensure_candidate) m.ensure_candidate(spec);
  json doc = render(spec);
  auto done = m.apply(doc, target, degree);
  if (!done) RC_FAIL(std::string(m.name) + " found nothing to break in an account made for it");
  return {std::move(spec), std::move(doc), std::move(*done)};
}

}  // namespace properties
