// A generated compliant account gives no NON_COMPLIANT and no INSUFFICIENT_DATA: every rule
// evaluates every resource it should, and finds it COMPLIANT (or NOT_APPLICABLE where AWS says
// so), through the whole HTTP path.

#include "properties/accounts/account_generators.hpp"
#include "properties/accounts/tests/property_support.hpp"

namespace properties {
namespace {

std::string size_class(const json& doc) {
  std::size_t n = scenario_text(doc).size() / 1000;  // about 1 kB of scenario per 3 resources
  return n < 10 ? "small account (< 10 kB)" : n < 60 ? "medium account (10-60 kB)" : "large account (> 60 kB)";
}

RC_GTEST_PROP(generated_accounts, a_compliant_account_has_no_finding, ()) {
  account_spec spec = *compliant_account();
  json doc = render(spec);
  RC_TAG(size_class(doc), std::to_string(spec.regions.size()) + " region(s)");
  require_exact(doc, {}, "a compliant account: " + describe(spec));
}

}  // namespace
}  // namespace properties
