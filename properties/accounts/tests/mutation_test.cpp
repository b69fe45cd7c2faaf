// After one mutator, the NON_COMPLIANT verdicts are exactly the declared ones (each mutator its
// own test, so a long campaign spreads over GTEST_TOTAL_SHARDS machines); after several at
// once, exactly the union of their declarations.

#include <tuple>

#include "properties/accounts/account_generators.hpp"
#include "properties/accounts/tests/property_support.hpp"

namespace properties {
namespace {

namespace gen = rc::gen;

class one_mutation : public ::testing::TestWithParam<std::string> {};

TEST_P(one_mutation, gives_exactly_its_declared_verdicts) {
  const mutator& m = *find_mutator(GetParam());
  rc::detail::checkGTest([&m] {
    auto [spec, doc, done] = mutate_generated_account(m);
    require_exact(doc, verdict_set(done.verdicts.begin(), done.verdicts.end()),
                  "mutation " + std::string(m.name) + ": " + done.change + "; account: " + describe(spec));
  });
}

std::vector<std::string> mutator_names() {
  std::vector<std::string> out;
  for (const auto& m : all_mutators()) out.emplace_back(m.name);
  return out;
}

INSTANTIATE_TEST_SUITE_P(mutators, one_mutation, ::testing::ValuesIn(mutator_names()),
                         [](const auto& param_info) { return param_info.param; });

RC_GTEST_PROP(generated_accounts, several_mutations_give_exactly_the_union, ()) {
  account_spec spec = *compliant_account();
  auto pick = gen::tuple(gen::inRange<std::size_t>(0, all_mutators().size()), gen::inRange<std::uint64_t>(0, 1000),
                         gen::inRange<std::uint64_t>(0, 1000));
  auto count = *gen::inRange<std::size_t>(2, 6);
  auto picks = *gen::container<std::vector<std::tuple<std::size_t, std::uint64_t, std::uint64_t>>>(count, pick);
  for (const auto& [index, target, degree] : picks)
    if (all_mutators()[index].ensure_candidate) all_mutators()[index].ensure_candidate(spec);
  json doc = render(spec);
  verdict_set declared;
  std::string story = "mutations:";
  for (const auto& [index, target, degree] : picks) {
    const mutator& m = all_mutators()[index];
    // A mutation may find nothing left to break after earlier ones (no multi-region trail
    // left to exclude events from): it is skipped, and says so.
    auto done = m.apply(doc, target, degree);
    story += "\n  " + std::string(m.name) + ": " + (done ? done->change : "nothing left to break");
    if (done) declared.insert(done->verdicts.begin(), done->verdicts.end());
  }
  RC_TAG(std::to_string(picks.size()) + " mutations");
  require_exact(doc, declared, story + "\naccount: " + describe(spec));
}

}  // namespace
}  // namespace properties
