#include "engine/scan/scanner.hpp"

#include <algorithm>
#include <future>
#include <map>

#include "engine/rules/rule.hpp"
#include "engine/scan/resource_kinds.hpp"

namespace engine {

namespace {

// What the selected rules read: resource types with the supplements wanted of each, documents.
struct collection_plan {
  std::map<std::string, supplement_set, std::less<>> kinds;
  std::set<std::string, std::less<>> documents;
};

collection_plan plan_for(const std::vector<rule_request>& requests) {
  collection_plan plan;
  for (const auto& request : requests) {
    const auto* rule = rules::find_rule(request.identifier);
    if (!rule) continue;
    for (auto type : rules::types_read(*rule)) {
      supplement_set& wanted = plan.kinds[std::string(type)];
      if (const resource_kind* kind = find_kind(type))
        for (auto supplement : rule->reads.supplements)
          if (find_supplement(*kind, supplement)) wanted.insert(std::string(supplement));
    }
    for (auto document : rule->reads.documents) plan.documents.insert(std::string(document));
  }
  return plan;
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
  collection_plan plan = plan_for(rules);
  std::vector<std::future<collector_output>> running;
  auto launch = [&](bool global, auto collect) {
    for (const auto& region : scope.regions) {
      collect_scope where{region, scope.regions};
      running.push_back(std::async(std::launch::async, [collect, where] { return collect(where); }));
      if (global) break;  // once per scan
    }
  };
  // In table order, so that the inventory is the same whatever order the answers arrive in.
  for (const resource_kind& kind : resource_kinds()) {
    auto wanted = plan.kinds.find(kind.type);
    if (wanted == plan.kinds.end()) continue;
    const supplement_set& supplements = wanted->second;
    launch(kind.global, [&aws, &kind, &supplements](const collect_scope& where) {
      return collect_kind(aws, kind, where, supplements);
    });
  }
  for (const document_row& row : document_rows()) {
    if (!plan.documents.count(row.key)) continue;
    launch(row.global, [&aws, &row](const collect_scope& where) { return collect_document(aws, row, where); });
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
