#include "engine/cli/scan_command.hpp"

#include <iostream>
#include <sstream>

#include "engine/cli/report_options.hpp"
#include "engine/cli/scan_runner.hpp"
#include "engine/cli/scenario_parameters.hpp"
#include "engine/client/credentials.hpp"
#include "engine/pack/hipaa_controls.hpp"
#include "engine/report/json_report.hpp"
#include "engine/report/junit_report.hpp"
#include "engine/report/table_report.hpp"

namespace engine::cli {

const char* const scan_usage =
    "usage: hipaasim scan SCENARIO.yaml [options]\n"
    "       hipaasim scan --endpoint URL|aws [--region R]... [options]\n"
    "\n"
    "Evaluates a rule pack (by default AWS's Operational Best Practices for HIPAA Security\n"
    "conformance pack) against an AWS account and reports every verdict by HIPAA control.\n"
    "A scenario is served in-process by mockaws and scanned over HTTP; --endpoint scans any\n"
    "AWS-compatible endpoint ('aws' for the real AWS endpoints), with credentials from\n"
    "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or the shared files (AWS_PROFILE).\n"
    "\n"
    "options:\n"
    "  --endpoint URL|aws     scan this endpoint instead of a scenario\n"
    "  --region R             a region to scan (repeatable; default: the scenario's regions,\n"
    "                         else AWS_REGION / AWS_DEFAULT_REGION / the profile's, else us-east-1)\n"
    "  --pack NAME|FILE       rule pack: a built-in pack (hipaa) or a conformance-pack template\n"
    "  --param NAME=VALUE     override a pack parameter (repeatable), as\n"
    "                         put-conformance-pack --template-parameters does\n"
    "  --format F             table (default), json or junit\n"
    "  --output FILE, -o FILE write the report to FILE instead of standard output\n"
    "  --now TIME             evaluation clock, ISO 8601 (default: the scenario's now, else now)\n"
    "  --all                  table: list compliant evaluations too\n"
    "  -h, --help             show this help\n"
    "\n"
    "exit status: 0 nothing NON_COMPLIANT and everything evaluated, 1 something NON_COMPLIANT,\n"
    "2 bad arguments, scenario or pack, 3 nothing NON_COMPLIANT but something could not be\n"
    "evaluated (INSUFFICIENT_DATA).\n";

namespace {

int usage_error(const std::string& message) { return cli::usage_error("scan", message); }

// Writes the report where and how the options say; false when the output file cannot be written.
bool write_report(const report::scan_report& report, const common_options& options) {
  std::ostringstream text;
  switch (options.format) {
    case output_format::table: report::write_table(text, report, *report.catalog, options.all); break;
    case output_format::json: text << report::to_json(report).dump(2) << '\n'; break;
    case output_format::junit: report::write_junit(text, report); break;
  }
  return write_output(text.str(), options, "scan");
}

}  // namespace

int scan_command(std::span<const std::string_view> span) {
  std::vector<std::string_view> args(span.begin(), span.end());
  common_options options;
  std::string scenario_path, endpoint;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string error;
    if (args[i] == "-h" || args[i] == "--help") {
      std::cout << scan_usage;
      return 0;
    }
    if (options.parse(args, i, error)) {
      if (!error.empty()) return usage_error(error);
    } else if (args[i] == "--endpoint") {
      if (i + 1 >= args.size()) return usage_error("--endpoint needs a URL (or 'aws')");
      endpoint = std::string(args[++i]);
    } else if (args[i].starts_with("-")) {
      return usage_error("unknown option '" + std::string(args[i]) + "'");
    } else if (scenario_path.empty()) {
      scenario_path = std::string(args[i]);
    } else {
      return usage_error("one scenario at a time (use 'hipaasim test' for several)");
    }
  }
  if (scenario_path.empty() == endpoint.empty())
    return usage_error("give a scenario file or --endpoint, not both or neither");

  auto pack = load_pack(options.pack, options.parameters, std::cerr);
  if (!pack) return 2;

  std::optional<report::scan_report> result;
  if (!scenario_path.empty()) {
    auto scenario = mockaws::scenario::load_file(scenario_path);
    for (const auto& w : scenario.warnings) std::cerr << w.to_string() << " (warning)\n";
    for (const auto& e : scenario.errors) std::cerr << e.to_string() << '\n';
    if (!scenario.store) return 2;
    auto problems = scenario_parameter_problems(scenario);
    for (const auto& problem : problems) std::cerr << problem << '\n';
    if (!problems.empty()) return 2;
    result = scan_scenario(*pack, scenario_path, scenario, options.regions, options.now);
  } else {
    endpoint_target target;
    target.label = endpoint == "aws" ? "AWS" : endpoint;
    if (endpoint != "aws") target.client.endpoint_url = endpoint;
    auto creds = client::resolve_credentials();
    if (!creds.found) {
      std::cerr << "hipaasim scan: no AWS credentials: " << creds.error << '\n';
      return 2;
    }
    target.client.credentials = creds.found->credentials;
    target.regions = options.regions;
    if (target.regions.empty() && !creds.found->region.empty()) target.regions = {creds.found->region};
    if (target.regions.empty()) target.regions = {"us-east-1"};
    target.now = options.now;
    try {
      result = scan_endpoint(*pack, target);
    } catch (const std::invalid_argument& e) {  // a malformed endpoint URL
      return usage_error(e.what());
    }
  }
  if (!write_report(*result, options)) return 2;
  return report::exit_status(*result);
}

}  // namespace engine::cli
