// Scenario round trip: a generated account (mutated or not) loaded, written back as a scenario
// with its expect block, and loaded again is the same account, state for state; and writing it
// a second time gives the same text.

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/scenario/scenario_writer.hpp"
#include "properties/accounts/account_generators.hpp"
#include "properties/accounts/tests/property_support.hpp"

namespace properties {
namespace {

namespace gen = rc::gen;
using mockaws::store::store;

// The differences between two stores, as readable lines (empty: the same account).
std::vector<std::string> differences(const store& a, const store& b) {
  std::vector<std::string> out;
  if (a.clock().is_fixed() != b.clock().is_fixed() || (a.clock().is_fixed() && a.clock().now() != b.clock().now()))
    out.push_back("the clocks differ");
  if (a.credentials().size() != b.credentials().size()) out.push_back("the credentials differ");
  if (a.faults().size() != b.faults().size()) out.push_back("the faults differ");
  if (a.accounts().size() != b.accounts().size()) out.push_back("the number of accounts differs");
  for (const auto& [id, account] : a.accounts()) {
    const auto* other = b.find_account(id);
    if (!other) {
      out.push_back("account " + id + " is lost");
      continue;
    }
    auto regions = account.regions();
    regions.push_back(std::string(mockaws::store::global_region));
    if (other->regions().size() + 1 != regions.size()) out.push_back("account " + id + ": the regions differ");
    for (const auto& region : regions) {
      auto services = account.services(region);
      if (services != other->services(region)) out.push_back(region + ": the services differ");
      for (const auto& service : services)
        if (account.state(region, service) != other->state(region, service))
          out.push_back(region + "/" + service + ": the state differs:\n    before: " +
                        account.state(region, service).dump() + "\n    after:  " + other->state(region, service).dump());
    }
  }
  return out;
}

RC_GTEST_PROP(generated_accounts, a_written_account_loads_back_the_same, ()) {
  account_spec spec = *compliant_account();
  json doc = render(spec);
  verdict_set declared;
  if (*gen::arbitrary<bool>()) {
    const mutator& m = all_mutators()[*gen::inRange<std::size_t>(0, all_mutators().size())];
    if (auto done = m.apply(doc, *gen::inRange<std::uint64_t>(0, 1000), *gen::inRange<std::uint64_t>(0, 1000)))
      declared.insert(done->verdicts.begin(), done->verdicts.end());
  }
  auto first = mockaws::scenario::load_text(scenario_text(doc), "generated.yaml");
  RC_ASSERT(first.store != nullptr);
  auto expectations = expected_verdicts(doc, declared);
  std::string written = mockaws::scenario::write_scenario(*first.store, expectations, "round trip");
  auto second = mockaws::scenario::load_text(written, "written.yaml");
  if (!second.store) {
    std::string errors;
    for (const auto& e : second.errors) errors += "\n  " + e.to_string();
    RC_FAIL("the written scenario does not load:" + errors + "\n" + written);
  }
  auto diff = differences(*first.store, *second.store);
  if (!diff.empty()) {
    std::string text;
    for (const auto& d : diff) text += "\n  " + d;
    RC_FAIL("the account changed on the way through its scenario file:" + text);
  }
  RC_ASSERT(second.expectations.size() == expectations.size());
  for (std::size_t i = 0; i < expectations.size(); ++i) {
    const auto& want = expectations[i];
    const auto& got = second.expectations[i];
    RC_ASSERT(std::tie(got.rule, got.resource, got.compliance, got.region) ==
              std::tie(want.rule, want.resource, want.compliance, want.region));
  }
  RC_ASSERT(mockaws::scenario::write_scenario(*second.store, second.expectations, "round trip") == written);
}

}  // namespace
}  // namespace properties
