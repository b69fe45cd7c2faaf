#include "mockaws/cli/export_command.hpp"

#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/scenario/scenario_writer.hpp"

namespace mockaws::cli {

const char* const export_usage =
    "usage: hipaasim export SCENARIO.yaml [--json]\n"
    "\n"
    "Writes the account a scenario loads to, as a scenario: `extends` resolved, every default\n"
    "AWS would apply and every generated id and ARN written out, relative times resolved against\n"
    "`now`. Loading the output gives the same account. With --json, the state as JSON instead\n"
    "(account, regions, services), for scripts.\n"
    "\n"
    "exit status: 0 when written, 2 on bad arguments or an invalid scenario.\n";

namespace {

nlohmann::json state_as_json(const store::account& account) {
  nlohmann::json out = {{"account_id", account.id()}, {"regions", nlohmann::json::object()}};
  auto services_of = [&](const std::string& region) {
    nlohmann::json services = nlohmann::json::object();
    for (const auto& service : account.services(region)) services[service] = account.state(region, service);
    return services;
  };
  out["global"] = services_of(std::string(store::global_region));
  for (const auto& region : account.regions()) out["regions"][region] = services_of(region);
  return out;
}

}  // namespace

int export_command(std::span<const std::string_view> args) {
  std::string path;
  bool as_json = false;
  for (auto arg : args) {
    if (arg == "-h" || arg == "--help") {
      std::cout << export_usage;
      return 0;
    }
    if (arg == "--json") {
      as_json = true;
    } else if (!arg.empty() && arg.front() == '-') {
      std::cerr << "hipaasim export: unknown option '" << arg << "'\n";
      return 2;
    } else if (path.empty()) {
      path = std::string(arg);
    } else {
      std::cerr << "hipaasim export: one scenario at a time\n";
      return 2;
    }
  }
  if (path.empty()) {
    std::cerr << "hipaasim export: no scenario given\n(see 'hipaasim export --help')\n";
    return 2;
  }
  scenario::load_result result = scenario::load_file(path);
  if (!result.errors.empty()) {
    for (const auto& e : result.errors) std::cerr << e.to_string() << "\n";
    return 2;
  }
  if (as_json)
    std::cout << state_as_json(result.store->accounts().begin()->second).dump(1) << "\n";
  else
    std::cout << scenario::write_scenario(*result.store, result.expectations, result.description, result.rule_parameters,
                                         result.pack);
  return 0;
}

}  // namespace mockaws::cli
