// The meta-test: coverage of the mutators cannot silently lag behind the rules. Every rule the
// engine implements has a mutator and known subjects; every mutator names an implemented rule,
// applies to an account that has a candidate, and carries a threshold exactly when it says so.

#include <gtest/gtest.h>

#include <set>

#include "engine/rules/rule.hpp"
#include "properties/accounts/account_check.hpp"
#include "properties/accounts/mutators.hpp"
#include "properties/accounts/rule_subjects.hpp"

namespace properties {
namespace {

TEST(mutator_coverage, every_implemented_rule_has_a_mutator) {
  for (const auto& rule : engine::rules::all_rules()) {
    bool covered = false;
    for (const auto& m : all_mutators()) covered = covered || m.rule == rule.identifier;
    EXPECT_TRUE(covered) << rule.identifier << " has no mutator: add one under properties/accounts/mutators/ "
                         << "and list it in its family's table";
    EXPECT_TRUE(knows_subjects_of(rule.identifier))
        << rule.identifier << " has no subjects: say in properties/accounts/rule_subjects.cpp what it evaluates";
  }
}

TEST(mutator_coverage, every_implemented_rule_is_in_the_checked_packs) {
  std::set<std::string> in_pack;
  for (const auto& r : hipaa_pack().rules) in_pack.insert(r.identifier);
  for (const auto& rule : engine::rules::all_rules())
    EXPECT_TRUE(in_pack.count(std::string(rule.identifier))) << rule.identifier << " is not checked by the properties";
}

TEST(mutator_coverage, every_mutator_names_an_implemented_rule_and_a_unique_name) {
  std::set<std::string_view> names;
  for (const auto& m : all_mutators()) {
    EXPECT_NE(engine::rules::find_rule(m.rule), nullptr) << m.name << " breaks " << m.rule << ", not implemented";
    EXPECT_TRUE(names.insert(m.name).second) << "two mutators are called " << m.name;
  }
}

// The plainest account: one region, one of everything the candidate makers add.
account_spec plain_account() {
  account_spec spec;
  region_spec region;
  region.name = "us-east-1";
  region.vpcs.push_back(vpc_spec{1, {security_group_spec{}}});
  spec.regions.push_back(region);
  return spec;
}

TEST(mutator_coverage, every_mutator_breaks_its_rule_once_it_has_a_candidate) {
  for (const auto& m : all_mutators()) {
    account_spec spec = plain_account();
    if (m.ensure_candidate) m.ensure_candidate(spec);
    json doc = render(spec);
    auto done = m.apply(doc, 0, 0);
    if (!done) {
      ADD_FAILURE() << m.name << " found nothing to break in an account made for it";
      continue;
    }
    bool declares_own_rule = false;
    for (const auto& v : done->verdicts) declares_own_rule = declares_own_rule || v.rule == m.rule;
    EXPECT_TRUE(declares_own_rule) << m.name << " does not declare a verdict of " << m.rule;
    EXPECT_EQ(done->parameter.has_value(), !m.threshold_parameter.empty()) << m.name;
    if (done->parameter) {
      EXPECT_EQ(done->parameter->parameter, m.threshold_parameter) << m.name;
      EXPECT_EQ(done->parameter->rule, m.rule) << m.name;
      const auto* rule = engine::rules::find_rule(m.rule);
      bool known = false;
      for (const auto& p : rule->parameters) known = known || p.name == m.threshold_parameter;
      EXPECT_TRUE(known) << m.name << ": " << m.rule << " has no parameter " << m.threshold_parameter;
    }
  }
}

}  // namespace
}  // namespace properties
