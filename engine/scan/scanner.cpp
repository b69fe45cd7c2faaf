#include "engine/scan/scanner.hpp"

#include <algorithm>
#include <future>
#include <set>

#include "engine/rules/rule.hpp"
#include "engine/scan/collector.hpp"

namespace engine {

namespace {

std::set<std::string, std::less<>> needed_keys(const std::vector<rule_request>& rules) {
  std::set<std::string, std::less<>> keys;
  for (const auto& request : rules)
    if (const auto* rule = rules::find_rule(request.identifier))
      for (auto key : rule->needs) keys.insert(std::string(key));
  return keys;
}

// The account id, from STS: the caller's account is the one being scanned.
std::string caller_account(client::aws_client& aws, const std::string& region) {
  auto who = aws.call("sts", "GetCallerIdentity", json::object(), region);
  return who.ok() ? who.output.value("Account", std::string("unknown")) : "unknown";
}

}  // namespace

inventory collect_inventory(client::aws_client& aws, const std::vector<rule_request>& rules,
                            const scan_scope& scope) {
  const std::string& first = scope.regions.front();
  auto account = std::async(std::launch::async, [&] { return caller_account(aws, first); });
  auto keys = needed_keys(rules);
  std::vector<std::future<collector_output>> running;
  for (const collector& c : all_collectors()) {
    bool wanted = std::any_of(c.keys.begin(), c.keys.end(), [&](auto k) { return keys.count(k) > 0; });
    if (!wanted) continue;
    auto launch = [&](const std::string& region) {
      collect_scope where{region, scope.regions};
      running.push_back(std::async(std::launch::async, [&aws, &c, where] { return c.collect(aws, where); }));
    };
    if (c.global) launch(first);
    else for (const auto& region : scope.regions) launch(region);
  }
  inventory inv(account.get(), scope.regions, scope.now.value_or(std::chrono::system_clock::now()));
  for (auto& output : running) {
    collector_output found = output.get();
    for (auto& item : found.items) inv.add(std::move(item));
    for (auto& [key, region, value] : found.documents) inv.set_document(key, region, std::move(value));
    for (auto& failure : found.failures) inv.record_failure(std::move(failure));
  }
  return inv;
}

}  // namespace engine
