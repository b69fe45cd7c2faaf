// Rule parameters matter: for a mutation next to a threshold (a key 97 days old, a 10-character
// minimum), setting the rule's parameter to the mutated value makes the resource COMPLIANT
// again, and one step stricter makes it NON_COMPLIANT, everything else unchanged.

#include "properties/accounts/account_generators.hpp"
#include "properties/accounts/tests/property_support.hpp"

namespace properties {
namespace {

namespace gen = rc::gen;

std::vector<const mutator*> threshold_mutators() {
  std::vector<const mutator*> out;
  for (const auto& m : all_mutators())
    if (!m.threshold_parameter.empty()) out.push_back(&m);
  return out;
}

RC_GTEST_PROP(generated_accounts, moving_a_threshold_across_the_mutated_value_flips_the_verdict, ()) {
  static const auto candidates = threshold_mutators();
  const mutator& m = *candidates[*gen::inRange<std::size_t>(0, candidates.size())];
  auto [spec, doc, done] = mutate_generated_account(m);
  RC_ASSERT(done.parameter.has_value());
  const threshold& t = *done.parameter;
  std::string story = "mutation " + std::string(m.name) + ": " + done.change + "; ";
  auto passing = with_parameter(hipaa_pack(), t.rule, t.parameter, t.compliant_at);
  require_exact(doc, {}, story + passing.how + " (must pass)", passing.pack);
  auto failing = with_parameter(hipaa_pack(), t.rule, t.parameter, t.non_compliant_at);
  require_exact(doc, verdict_set(done.verdicts.begin(), done.verdicts.end()), story + failing.how + " (must fail)",
                failing.pack);
}

}  // namespace
}  // namespace properties
