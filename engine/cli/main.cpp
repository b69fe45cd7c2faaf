// hipaasim: the command line. Each subcommand lives with the part of the system it drives.

#include <iostream>
#include <span>
#include <string_view>
#include <vector>

#include "engine/cli/rules_command.hpp"
#include "engine/cli/scan_command.hpp"
#include "engine/cli/test_command.hpp"
#include "mockaws/cli/export_command.hpp"
#include "mockaws/cli/serve_command.hpp"
#include "mockaws/cli/validate_command.hpp"

namespace {

constexpr const char* usage =
    "usage: hipaasim COMMAND [ARGS...]\n"
    "\n"
    "An offline test bench for HIPAA compliance on AWS.\n"
    "\n"
    "commands:\n"
    "  scan SCENARIO.yaml    evaluate the HIPAA rule pack against a scenario's account\n"
    "  scan --endpoint URL   ... or against any AWS-compatible endpoint (real AWS too)\n"
    "  test PATH...          check scenarios' expected verdicts (a rule pack's regression suite)\n"
    "  rules                 list the pack's rules, their parameters and HIPAA controls\n"
    "  serve SCENARIO.yaml   serve a scenario's AWS account over the real AWS protocols\n"
    "  validate FILE...      check scenario files (errors as FILE:LINE:COLUMN: message)\n"
    "  export SCENARIO.yaml  write the account a scenario loads to, every default explicit\n"
    "  help [COMMAND]        show help for a command\n"
    "\n"
    "Run 'hipaasim COMMAND --help' for a command's options.\n";

struct command {
  std::string_view name;
  int (*run)(std::span<const std::string_view>);
  const char* const* help;
};

const command commands[] = {
    {"scan", engine::cli::scan_command, &engine::cli::scan_usage},
    {"test", engine::cli::test_command, &engine::cli::test_usage},
    {"rules", engine::cli::rules_command, &engine::cli::rules_usage},
    {"serve", mockaws::cli::serve_command, &mockaws::cli::serve_usage},
    {"validate", mockaws::cli::validate_command, &mockaws::cli::validate_usage},
    {"export", mockaws::cli::export_command, &mockaws::cli::export_usage},
};

const command* find(std::string_view name) {
  for (const auto& c : commands)
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help") {
    (args.empty() ? std::cerr : std::cout) << usage;
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "hipaasim 0.1.0\n";
    return 0;
  }
  if (args[0] == "help") {
    if (args.size() > 1) {
      if (const command* c = find(args[1])) {
        std::cout << *c->help;
        return 0;
      }
    }
    std::cout << usage;
    return 0;
  }
  const command* c = find(args[0]);
  if (!c) {
    std::cerr << "hipaasim: unknown command '" << args[0] << "'\n\n" << usage;
    return 2;
  }
  return c->run(std::span<const std::string_view>(args).subspan(1));
}
