// AWS Backup's listings of listings (per region):
//   AWS::Backup::BackupSelection  ListBackupPlans, then ListBackupSelections of each plan, then
//                                 GetBackupSelection of each selection (only it returns what the
//                                 selection covers); the item is GetBackupSelection's output
//   AWS::Backup::RecoveryPoint    ListBackupVaults, then ListRecoveryPointsByBackupVault of each
//                                 vault; the item is the listed recovery point
// A failed listing at any level fails the whole kind in the region: half a listing would judge a
// resource "in no backup plan" for want of the plan that covers it. A failed GetBackupSelection
// marks that selection's configuration unreadable (the rules then say INSUFFICIENT_DATA for what
// no readable selection covers).

#include <future>

#include "engine/scan/collectors/hand_written.hpp"

namespace engine::collectors {

namespace {

struct pending {
  json seed;
  std::future<client::call_result> result;
};

// `operation` submitted for every listed entry, its input bound by `input_of`.
template <typename Input>
std::vector<pending> fan_out(client::aws_client& aws, const json& entries, const char* operation,
                                            Input input_of, const collect_scope& scope, bool paged) {
  std::vector<pending> calls;
  for (const auto& entry : entries) {
    json input = input_of(entry);
    calls.push_back({entry, paged ? aws.submit_all_pages("backup", operation, std::move(input), scope.region)
                                  : aws.submit("backup", operation, std::move(input), scope.region)});
  }
  return calls;
}

}  // namespace

collector_output collect_backup_selections(client::aws_client& aws, const resource_kind& kind,
                                           const collect_scope& scope, const supplement_set& wanted) {
  collector_output out;
  const std::string type(kind.type);
  auto plans = output_or_failure(aws.call_all_pages("backup", "ListBackupPlans", json::object(), scope.region), out,
                                 type, scope.region);
  if (!plans) return out;
  auto listings = fan_out(aws, plans->value("BackupPlansList", json::array()), "ListBackupSelections",
                          [](const json& plan) { return json{{"BackupPlanId", plan.value("BackupPlanId", "")}}; },
                          scope, true);
  std::vector<pending> gets;
  for (auto& listing : listings) {
    auto selections = output_or_failure(listing.result.get(), out, type, scope.region);
    if (!selections) return collector_output{{}, {}, std::move(out.failures)};
    for (const auto& summary : selections->value("BackupSelectionsList", json::array()))
      gets.push_back({summary, aws.submit("backup", "GetBackupSelection",
                                          json{{"BackupPlanId", summary.value("BackupPlanId", "")},
                                               {"SelectionId", summary.value("SelectionId", "")}},
                                          scope.region)});
  }
  std::vector<configuration_item> items;
  for (auto& get : gets) {
    client::call_result result = get.result.get();
    if (!result.ok()) {
      // The summary stands for the selection, named as listed, and unreadable.
      json seed = get.seed;
      seed["BackupSelection"] = {{"SelectionName", seed.value("SelectionName", "")}};
      configuration_item item = item_of(kind, std::move(seed), scope.region);
      item.unreadable[std::string(configuration_document)] = result.error->describe();
      items.push_back(std::move(item));
      continue;
    }
    items.push_back(item_of(kind, std::move(result.output), scope.region));
  }
  read_supplements(aws, kind, items, wanted, std::vector<std::string>(items.size(), scope.region));
  out.items = std::move(items);
  return out;
}

collector_output collect_backup_recovery_points(client::aws_client& aws, const resource_kind& kind,
                                                const collect_scope& scope, const supplement_set& wanted) {
  collector_output out;
  const std::string type(kind.type);
  auto vaults = output_or_failure(aws.call_all_pages("backup", "ListBackupVaults", json::object(), scope.region), out,
                                  type, scope.region);
  if (!vaults) return out;
  auto listings = fan_out(aws, vaults->value("BackupVaultList", json::array()), "ListRecoveryPointsByBackupVault",
                          [](const json& vault) { return json{{"BackupVaultName", vault.value("BackupVaultName", "")}}; },
                          scope, true);
  std::vector<configuration_item> items;
  for (auto& listing : listings) {
    auto points = output_or_failure(listing.result.get(), out, type, scope.region);
    if (!points) return collector_output{{}, {}, std::move(out.failures)};
    for (auto& point : points->value("RecoveryPoints", json::array()))
      items.push_back(item_of(kind, std::move(point), scope.region));
  }
  read_supplements(aws, kind, items, wanted, std::vector<std::string>(items.size(), scope.region));
  out.items = std::move(items);
  return out;
}

}  // namespace engine::collectors
