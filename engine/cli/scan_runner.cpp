#include "engine/cli/scan_runner.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "engine/cli/scenario_parameters.hpp"
#include "engine/pack/hipaa_controls.hpp"
#include "engine/scan/scanner.hpp"
#include "mockaws/server/mock_server.hpp"

namespace engine::cli {

std::optional<loaded_pack> load_pack(const std::string& name_or_path,
                                     const std::map<std::string, std::string>& parameters,
                                     std::ostream& errors) {
  auto builtin = pack::builtin_pack_names();
  bool is_builtin = std::find(builtin.begin(), builtin.end(), name_or_path) != builtin.end();
  if (!is_builtin && !std::filesystem::exists(name_or_path)) {
    errors << "hipaasim: no pack '" << name_or_path << "': not a built-in pack (";
    for (std::size_t i = 0; i < builtin.size(); ++i) errors << (i ? ", " : "") << builtin[i];
    errors << ") and no such file\n";
    return std::nullopt;
  }
  auto loaded = is_builtin ? pack::load_builtin_pack(name_or_path, parameters)
                           : pack::load_pack_file(name_or_path, parameters);
  for (const auto& e : loaded.errors) errors << e.to_string() << '\n';
  if (!loaded.pack) return std::nullopt;
  loaded_pack out{std::move(*loaded.pack), {}};
  if (const auto* controls = is_builtin ? pack::builtin_controls(name_or_path) : nullptr) out.controls = controls;
  for (const auto& rule : out.pack.rules)
    // Custom (Lambda, Guard) rules cannot run here: named by their logical id, they are listed
    // as not implemented.
    out.rules.push_back({rule.owner == "AWS" ? rule.source_identifier : rule.logical_id,
                         rule.config_rule_name, rule.input_parameters,
                         rule.compliance_resource_types});
  return out;
}

report::scan_report scan_endpoint(const loaded_pack& pack, const endpoint_target& target) {
  auto started = std::chrono::steady_clock::now();
  client::aws_client aws(target.client);
  inventory inv = collect_inventory(aws, pack.rules, {target.regions, target.now});
  pack_evaluation evaluated = evaluate_pack(inv, pack.rules);
  report::scan_statistics statistics;
  statistics.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  statistics.requests = aws.stats().requests;
  statistics.retries = aws.stats().retries;
  return report::make_report(pack.pack.name, target.label, inv, pack.rules, std::move(evaluated),
                             *pack.controls, statistics);
}

report::scan_report scan_scenario(const loaded_pack& pack, const std::string& label,
                                  const mockaws::scenario::load_result& scenario,
                                  const std::vector<std::string>& regions,
                                  std::optional<std::chrono::system_clock::time_point> now) {
  mockaws::server::mock_server server(scenario.store);
  if (auto ec = server.start()) throw std::runtime_error("cannot start mockaws: " + ec.message());
  endpoint_target target;
  target.label = label;
  target.client.endpoint_url = server.endpoint();
  const auto& credential = scenario.store->credentials().front();
  target.client.credentials = {credential.access_key_id, credential.secret_access_key,
                               credential.session_token};
  target.regions = regions;
  if (target.regions.empty()) target.regions = scenario.store->accounts().begin()->second.regions();
  if (target.regions.empty()) target.regions = {"us-east-1"};
  target.now = now;
  if (!target.now && scenario.store->clock().is_fixed()) target.now = scenario.store->clock().now();
  // Most scenarios set no rule parameters: the pack is then used as it is, not copied.
  report::scan_report result = scenario.rule_parameters.empty()
                                   ? scan_endpoint(pack, target)
                                   : scan_endpoint(with_scenario_parameters(pack, scenario), target);
  server.stop();
  return result;
}

}  // namespace engine::cli
