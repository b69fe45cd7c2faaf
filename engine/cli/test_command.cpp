#include "engine/cli/test_command.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "engine/cli/expectation_check.hpp"
#include "engine/cli/report_options.hpp"
#include "engine/cli/scan_runner.hpp"
#include "engine/cli/scenario_parameters.hpp"
#include "engine/report/junit_report.hpp"

namespace engine::cli {

const char* const test_usage =
    "usage: hipaasim test PATH... [options]\n"
    "\n"
    "Scans every scenario (PATH: scenario files, or directories searched for *.yaml) and checks\n"
    "the verdicts its `expect:` block lists: the regression suite of a rule pack. Expectations\n"
    "for rules hipaasim does not implement yet are skipped; scenarios without `expect:` are\n"
    "reported as having nothing to check.\n"
    "\n"
    "options:\n"
    "  --pack NAME|FILE       rule pack (default hipaa)\n"
    "  --param NAME=VALUE     override a pack parameter (repeatable)\n"
    "  --format F             table (default) or junit\n"
    "  --output FILE, -o FILE write the results to FILE instead of standard output\n"
    "  -h, --help             show this help\n"
    "\n"
    "exit status: 0 every expectation holds, 1 one does not, 2 bad arguments, scenario or pack.\n";

namespace {

namespace fs = std::filesystem;

int usage_error(const std::string& message) { return cli::usage_error("test", message); }

// The scenario files under `paths`, sorted within each directory.
std::optional<std::vector<std::string>> scenario_files(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    if (fs::is_directory(p)) {
      std::vector<std::string> found;
      for (const auto& entry : fs::recursive_directory_iterator(p))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml") found.push_back(entry.path().string());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p)) {
      out.push_back(p);
    } else {
      std::cerr << "hipaasim test: " << p << ": no such file or directory\n";
      return std::nullopt;
    }
  }
  return out;
}

// FILE:LINE of an expectation, for a reader to jump to.
std::string place(const mockaws::scenario::expectation& x) {
  return (x.where.file ? *x.where.file : std::string("?")) + ":" + std::to_string(x.where.line);
}

struct scenario_outcome {
  std::string file;
  std::vector<expectation_result> results;
  double seconds = 0;
};

std::size_t count(const scenario_outcome& s, check_outcome o) {
  return std::count_if(s.results.begin(), s.results.end(), [&](const auto& r) { return r.outcome == o; });
}

void write_table(std::ostream& out, const std::vector<scenario_outcome>& outcomes) {
  std::size_t passed = 0, failed = 0, skipped = 0;
  for (const auto& s : outcomes) {
    std::size_t f = count(s, check_outcome::failed), p = count(s, check_outcome::passed),
                k = count(s, check_outcome::skipped);
    passed += p, failed += f, skipped += k;
    out << (f ? "FAIL " : "ok   ") << s.file << ": " << p << " passed, " << f << " failed, " << k
        << " skipped" << (s.results.empty() ? " (no expectations)" : "") << '\n';
    for (const auto& r : s.results)
      if (r.outcome == check_outcome::failed)
        out << "  " << place(r.expected) << ": " << r.expected.rule
            << (r.expected.resource.empty() ? "" : " " + r.expected.resource) << ": expected "
            << r.expected.compliance << ", " << r.detail << '\n';
  }
  out << "\n" << outcomes.size() << " scenarios: " << passed << " expectations passed, " << failed
      << " failed, " << skipped << " skipped (rules not implemented yet)\n";
}

void write_junit(std::ostream& out, const std::vector<scenario_outcome>& outcomes) {
  using report::xml_escape;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"hipaasim test\">\n";
  for (const auto& s : outcomes) {
    out << "  <testsuite name=\"" << xml_escape(s.file) << "\" tests=\"" << s.results.size()
        << "\" failures=\"" << count(s, check_outcome::failed) << "\" skipped=\""
        << count(s, check_outcome::skipped) << "\" time=\"" << s.seconds << "\">\n";
    for (const auto& r : s.results) {
      std::string name = r.expected.rule + (r.expected.resource.empty() ? "" : " " + r.expected.resource) +
                         (r.expected.region.empty() ? "" : " in " + r.expected.region) + " is " +
                         r.expected.compliance;
      out << "    <testcase classname=\"" << xml_escape(s.file) << "\" name=\"" << xml_escape(name) << "\">";
      if (r.outcome == check_outcome::failed)
        out << "<failure message=\"" << xml_escape(r.detail) << "\">" << xml_escape(place(r.expected))
            << "</failure>";
      else if (r.outcome == check_outcome::skipped)
        out << "<skipped message=\"" << xml_escape(r.detail) << "\"/>";
      out << "</testcase>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace

int test_command(std::span<const std::string_view> span) {
  std::vector<std::string_view> args(span.begin(), span.end());
  common_options options;
  std::vector<std::string> paths;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << test_usage;
      return 0;
    }
    if (options.parse(args, i, error)) {
      if (!error.empty()) return usage_error(error);
    } else if (args[i].starts_with("-")) {
      return usage_error("unknown option '" + std::string(args[i]) + "'");
    } else {
      paths.emplace_back(args[i]);
    }
  }
  if (paths.empty()) return usage_error("give at least one scenario file or directory");
  if (options.format == output_format::json) return usage_error("--format is table or junit");
  auto files = scenario_files(paths);
  if (!files) return 2;
  auto pack = load_pack(options.pack, options.parameters, std::cerr);
  if (!pack) return 2;
  // Scenarios written for another pack (`pack:`: a built-in name, or a template path relative
  // to the scenario) are scanned with it, each pack loaded once.
  std::map<std::string, std::optional<loaded_pack>> other_packs;
  const auto builtin = pack::builtin_pack_names();
  auto pack_for = [&](const std::string& file, const mockaws::scenario::load_result& scenario) -> const loaded_pack* {
    if (scenario.pack.empty() || scenario.pack == options.pack) return &*pack;
    std::string name = scenario.pack;
    if (std::find(builtin.begin(), builtin.end(), name) == builtin.end() && std::filesystem::path(name).is_relative())
      name = (std::filesystem::path(file).parent_path() / name).string();
    auto [it, fresh] = other_packs.try_emplace(name);
    if (fresh) it->second = load_pack(name, options.parameters, std::cerr);
    return it->second ? &*it->second : nullptr;
  };

  bool invalid = false;
  std::vector<scenario_outcome> outcomes;
  for (const auto& file : *files) {
    auto scenario = mockaws::scenario::load_file(file);
    for (const auto& e : scenario.errors) std::cerr << e.to_string() << '\n';
    auto problems = scenario.store ? scenario_parameter_problems(scenario) : std::vector<std::string>{};
    for (const auto& problem : problems) std::cerr << problem << '\n';
    if (!scenario.store || !problems.empty()) {
      invalid = true;
      continue;
    }
    const loaded_pack* scenario_pack = pack_for(file, scenario);
    if (!scenario_pack) {
      std::cerr << file << ": pack '" << scenario.pack << "' could not be loaded\n";
      invalid = true;
      continue;
    }
    auto report = scan_scenario(*scenario_pack, file, scenario, options.regions, options.now);
    outcomes.push_back({file, check_expectations(scenario.expectations, report), report.statistics.seconds});
  }
  std::ostringstream text;
  if (options.format == output_format::junit) write_junit(text, outcomes);
  else write_table(text, outcomes);
  if (!write_output(text.str(), options, "test")) return 2;
  if (invalid) return 2;
  for (const auto& s : outcomes)
    if (count(s, check_outcome::failed)) return 1;
  return 0;
}

}  // namespace engine::cli
