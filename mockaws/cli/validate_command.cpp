#include "mockaws/cli/validate_command.hpp"

#include <iostream>
#include <string>

#include "mockaws/scenario/scenario_loader.hpp"

namespace mockaws::cli {

const char* const validate_usage =
    "usage: hipaasim validate FILE...\n"
    "\n"
    "Checks scenario files as `hipaasim serve` would load them, without serving anything: YAML\n"
    "syntax, unknown keys, value types, timestamps, duplicate ids, references to resources that\n"
    "do not exist, and the `expect:` block. Every error is printed as FILE:LINE:COLUMN: message;\n"
    "a valid file prints one summary line.\n"
    "\n"
    "exit status: 0 when every file is valid, 2 otherwise.\n";

int validate_command(std::span<const std::string_view> args) {
  if (args.empty()) {
    std::cerr << "hipaasim validate: no scenario given\n(see 'hipaasim validate --help')\n";
    return 2;
  }
  for (auto arg : args)
    if (arg == "-h" || arg == "--help") {
      std::cout << validate_usage;
      return 0;
    }
  int invalid = 0;
  for (auto arg : args) {
    if (!arg.empty() && arg.front() == '-') {
      std::cerr << "hipaasim validate: unknown option '" << arg << "'\n";
      return 2;
    }
    std::string path(arg);
    scenario::load_result result = scenario::load_file(path);
    for (const auto& w : result.warnings) std::cerr << w.to_string() << " (warning)\n";
    if (!result.errors.empty()) {
      for (const auto& e : result.errors) std::cerr << e.to_string() << "\n";
      std::cerr << path << ": " << result.errors.size() << " error(s)\n";
      ++invalid;
      continue;
    }
    const auto& account = result.store->accounts().begin()->second;
    std::cout << path << ": ok (" << result.resources << " resources in account " << account.id()
              << ", " << account.regions().size() << " region(s), " << result.expectations.size()
              << " expectation(s))\n";
  }
  return invalid == 0 ? 0 : 2;
}

}  // namespace mockaws::cli
