// Paging through the whole HTTP path: "for any page size the mock supports, listing returns
// every resource exactly once". For each paged list operation the engine uses (the table in
// paged_operations.cpp), a generated account is loaded as a scenario, served by mockaws on
// loopback, and listed by the engine's client page by page; and a page size outside AWS's range
// must be refused as AWS refuses it, not served. One gtest per operation and property, so
// GTEST_TOTAL_SHARDS/GTEST_SHARD_INDEX spread them.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <climits>
#include <map>
#include <sstream>

#include "properties/paging/paging_harness.hpp"

namespace properties::paging {

void PrintTo(const paged_operation& op, std::ostream* os) { *os << op.test_name(); }

namespace {

// A page size in AWS's range, or 0 for none sent (what the engine's collectors do). The ends
// of the range come often, and so do sizes that split the listing into pages or sit one off
// its length, where an off-by-one in the last page would show.
rc::Gen<int> page_size(const paged_operation& op, std::size_t items) {
  // Operations without a page-size member (SNS ListTopics) always page at AWS's fixed size.
  if (op.limit_key.empty()) return rc::gen::just(0);
  const int n = static_cast<int>(std::min<std::size_t>(items, INT_MAX / 2));
  const int splitting = std::clamp(n, op.min_page, op.max_page);
  return rc::gen::weightedOneOf<int>({
      {2, rc::gen::just(0)},
      {3, rc::gen::just(op.min_page)},
      {3, rc::gen::just(op.max_page)},
      {5, rc::gen::inRange(op.min_page, op.max_page + 1)},
      {4, rc::gen::inRange(op.min_page, splitting + 1)},
      {3, rc::gen::map(rc::gen::elementOf(std::vector<int>{n - 1, n, n + 1}),
                       [&op](int near) { return std::clamp(near, op.min_page, op.max_page); })},
  });
}

// The most items a page may hold for a page size (0: none sent); 0 means no bound. The cap
// binds a size that was sent: DescribeVolumes without MaxResults "returns all results".
std::size_t page_bound(const paged_operation& op, int size) {
  if (size == 0) return static_cast<std::size_t>(op.default_page);
  if (op.page_cap > 0 && size > op.page_cap) return static_cast<std::size_t>(op.page_cap);
  return static_cast<std::size_t>(size);
}

// Fails the case unless `got` holds every expected id exactly once and nothing else.
void require_exactly_once(const std::vector<std::string>& expected,
                          const std::vector<std::string>& got, const std::string& listing) {
  std::map<std::string, int> seen;
  for (const auto& id : got) ++seen[id];
  std::ostringstream problems;
  for (const auto& id : expected)
    if (!seen.count(id)) problems << " missing " << id << ";";
  for (const auto& [id, times] : seen) {
    if (std::find(expected.begin(), expected.end(), id) == expected.end())
      problems << " unexpected " << id << ";";
    else if (times > 1)
      problems << " " << id << " listed " << times << " times;";
  }
  if (!problems.str().empty())
    RC_FAIL(listing + " returned " + std::to_string(got.size()) + " ids for " +
            std::to_string(expected.size()) + " resources:" + problems.str());
}

class paging : public ::testing::TestWithParam<paged_operation> {};

TEST_P(paging, every_resource_is_listed_exactly_once_for_any_supported_page_size) {
  const paged_operation& op = GetParam();
  rc::detail::checkGTest([&op] {
    const generated_account account = *op.accounts();
    const int size = *page_size(op, account.largest_listing());
    served_account served(account.yaml);
    std::size_t most_pages = 0;
    for (const listing& l : account.listings) {
      json input = l.input;
      if (size > 0) input[std::string(op.limit_key)] = size;
      const std::string call = op.test_name() + " " + input.dump();
      listed_pages listed = list_every_page(served.client(), op, input);
      if (!listed.merged.ok()) RC_FAIL(call + ": " + listed.merged.error->describe());

      const std::size_t bound = page_bound(op, size);
      std::vector<std::string> paged_ids;
      for (std::size_t i = 0; i < listed.pages.size(); ++i) {
        const std::size_t held = page_items(op, listed.pages[i]);
        if (bound > 0 && held > bound)
          RC_FAIL(call + ": page " + std::to_string(i + 1) + " of " +
                  std::to_string(listed.pages.size()) + " holds " + std::to_string(held) +
                  " items, more than " + std::to_string(bound));
        for (auto& id : op.ids_of(listed.pages[i])) paged_ids.push_back(std::move(id));
      }
      // What the engine sees (call_all_pages' merged result) must be the pages, in order.
      const std::vector<std::string> merged_ids = op.ids_of(listed.merged.output);
      RC_ASSERT(merged_ids == paged_ids);
      require_exactly_once(l.ids, merged_ids, call);
      most_pages = std::max(most_pages, listed.pages.size());
    }
    // Shown with the result: how often the run paged at the ends of the range and past a page.
    RC_TAG(size == 0 ? "no size" : size == op.min_page ? "min size"
           : size == op.max_page ? "max size" : "other size",
           most_pages > 2 ? "3+ pages" : most_pages == 2 ? "2 pages" : "1 page");
  });
}

// The values just outside AWS's range, and others further out.
rc::Gen<int> below_range(const paged_operation& op) {
  const int below = op.min_page - 1;
  return rc::gen::weightedOneOf<int>(
      {{3, rc::gen::just(below)},
       {2, rc::gen::just(0)},
       {3, rc::gen::map(rc::gen::inRange(0, 1001), [below](int k) { return below - k; })}});
}

rc::Gen<int> above_range(const paged_operation& op) {
  const int above = op.max_page + 1;
  return rc::gen::weightedOneOf<int>(
      {{3, rc::gen::just(above)},
       {3, rc::gen::map(rc::gen::inRange(0, 10 * above), [above](int k) { return above + k; })},
       {1, rc::gen::just(INT_MAX)}});
}

TEST_P(paging, a_page_size_outside_the_documented_range_is_answered_as_aws_answers_it) {
  const paged_operation& op = GetParam();
  if (op.limit_key.empty()) GTEST_SKIP() << op.test_name() << " takes no page size: nothing can be out of range";
  const std::vector<const bound_behaviour*> sides = {&op.below_min, &op.above_max};
  rc::detail::checkGTest([&op, &sides] {
    const bool below = *rc::gen::elementOf(sides) == &op.below_min;
    const bound_behaviour& expected = below ? op.below_min : op.above_max;
    const int size = below ? *below_range(op) : *above_range(op);
    const generated_account account = *op.accounts();
    served_account served(account.yaml);
    const listing& l = account.listings.front();
    json input = l.input;
    input[std::string(op.limit_key)] = size;
    const std::string call = op.test_name() + " " + input.dump();

    if (expected.kind == out_of_range::capped) {
      listed_pages listed = list_every_page(served.client(), op, input);
      if (!listed.merged.ok()) RC_FAIL(call + ": " + listed.merged.error->describe());
      for (const json& page : listed.pages) RC_ASSERT(page_items(op, page) <= page_bound(op, size));
      require_exactly_once(l.ids, op.ids_of(listed.merged.output), call);
      RC_TAG(l.items() > static_cast<std::size_t>(op.max_page) ? "capped, past the cap"
                                                               : "capped, within the cap");
      return;
    }
    engine::client::call_result r = served.client().call(op.service, op.operation, input, "us-east-1");
    if (r.ok()) RC_FAIL(call + " was served " + r.output.dump().substr(0, 300));
    RC_ASSERT(r.error->http_status == 400u);
    RC_ASSERT(r.error->kind == engine::client::failure_kind::client_error);
    if (r.error->code != expected.code)
      RC_FAIL(call + " was refused with " + r.error->code + " (" + r.error->message +
              "); AWS answers " + std::string(expected.code));
    RC_TAG(below ? "refused, below" : "refused, above");
  });
}

INSTANTIATE_TEST_SUITE_P(operations, paging,
                         ::testing::ValuesIn(paged_operations().begin(), paged_operations().end()),
                         [](const ::testing::TestParamInfo<paged_operation>& row) {
                           return row.param.test_name();
                         });

}  // namespace
}  // namespace properties::paging
