#pragma once
// The paged list operations the engine collects with, as a table the paging properties walk: how
// to generate an account holding N resources of the operation's collection (scenario YAML, so the
// account goes through the loader as a user's would), the page-size parameter and the range AWS
// documents for it, and how to read the resource ids out of a page. A new collector's list call
// gets a row here and is covered by every property at once (DESIGN.md, decision 7).

#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <rapidcheck.h>

namespace properties::paging {

using json = nlohmann::json;

// One listing and the ids it must return, each exactly once. Most operations have one listing
// of the whole collection; per-user ones (ListAccessKeys) have one per user.
struct listing {
  json input = json::object();
  std::vector<std::string> ids;
  // The items the pager counts, when they are not the ids (DescribeInstances pages whole
  // reservations); 0: ids.size().
  std::size_t paged_items = 0;

  std::size_t items() const { return paged_items ? paged_items : ids.size(); }
};

// A generated account: the scenario text and what listing it must give.
struct generated_account {
  std::string yaml;
  std::vector<listing> listings;

  std::size_t largest_listing() const;  // in items()
};

// How RapidCheck prints a counterexample: the listings and, once shrunk small, the scenario.
void showValue(const generated_account& account, std::ostream& os);

// What the mock must do with a page size outside AWS's documented range.
enum class out_of_range {
  refused,  // AWS refuses it with `code` (400)
  capped,   // AWS serves at most the maximum (DescribeVolumes above 500)
};

struct bound_behaviour {
  out_of_range kind = out_of_range::refused;
  std::string_view code;  // AWS's error code when refused
};

struct paged_operation {
  std::string_view service;    // botocore id
  std::string_view operation;  // API name
  std::string_view limit_key;  // the paginator's page-size member
  int min_page = 1;            // AWS's documented range for it, both ends included
  int max_page = 1000;
  int default_page = 0;        // items per page when no page size is sent (0: everything)
  int page_cap = 0;            // most items a page holds whatever larger size is sent (0: none)
  rc::Gen<generated_account> (*accounts)() = nullptr;
  // The resource ids in a page (or in the merged result), in order, duplicates kept.
  std::vector<std::string> (*ids_of)(const json& page) = nullptr;
  bound_behaviour below_min;
  bound_behaviour above_max;

  std::string test_name() const;  // "iam_ListUsers"
};

std::span<const paged_operation> paged_operations();

// Shared by the rows' generators (paged_accounts.cpp).
namespace accounts {
// How many resources to generate: 0, a handful, or up to `most` (past the largest page).
rc::Gen<int> resource_count(int most);
// The n-th of a set of distinct numbers below 1'000'003 picked by `salt`, in an order unlike
// both creation order and byte order, so names exercise the mock's sorting and lookups.
unsigned long scrambled(std::size_t n, unsigned salt);
std::string hex_id(std::string_view prefix, unsigned long value);  // prefix + 17 hex digits
// The ids of the objects in page[key] (key a top-level list), read from member `id`.
std::vector<std::string> ids_in(const json& page, std::string_view key, std::string_view id);
}  // namespace accounts

}  // namespace properties::paging
