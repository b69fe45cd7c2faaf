#include "mockaws/cli/serve_command.hpp"

#include <cerrno>
#include <csignal>
#include <ctime>
#include <iostream>
#include <string>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/server/mock_server.hpp"

namespace mockaws::cli {

const char* const serve_usage =
    "usage: hipaasim serve SCENARIO.yaml [options]\n"
    "\n"
    "Serves the AWS account a scenario describes, over the real AWS wire protocols, until\n"
    "interrupted (SIGINT or SIGTERM). The first line printed is 'listening on http://HOST:PORT';\n"
    "point any AWS client at it, e.g.\n"
    "  AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE \\\n"
    "  AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY \\\n"
    "  aws --endpoint-url http://127.0.0.1:PORT --region us-east-1 iam list-users\n"
    "\n"
    "options:\n"
    "  --host HOST              address to bind (default 127.0.0.1)\n"
    "  --port PORT              port to bind (default 0: any free port)\n"
    "  --threads N              I/O threads (default: one per CPU)\n"
    "  --no-verify-signatures   accept requests whatever their SigV4 signature\n"
    "  --no-clock-skew-check    accept signatures dated more than 15 minutes off\n"
    "  --stop-after SECONDS     stop by itself after this long (tests use it so that a\n"
    "                           server never outlives them)\n"
    "  -h, --help               show this help\n"
    "\n"
    "exit status: 0 when stopped (signal or --stop-after), 1 when the server cannot start,\n"
    "2 on bad arguments or an invalid scenario (errors are printed as FILE:LINE:COLUMN: message).\n";

namespace {

bool parse_number(std::string_view text, unsigned long max, unsigned long& out) {
  if (text.empty() || text.size() > 10) return false;
  unsigned long value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<unsigned long>(c - '0');
  }
  if (value > max) return false;
  out = value;
  return true;
}

int usage_error(const std::string& message) {
  std::cerr << "hipaasim serve: " << message << "\n(see 'hipaasim serve --help')\n";
  return 2;
}

}  // namespace

int serve_command(std::span<const std::string_view> args) {
  server::mock_options options;
  std::string scenario_path;
  unsigned long stop_after_seconds = 0;  // 0: until a signal
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    auto value = [&]() -> std::string_view { return i + 1 < args.size() ? args[++i] : ""; };
    unsigned long number = 0;
    if (arg == "-h" || arg == "--help") {
      std::cout << serve_usage;
      return 0;
    } else if (arg == "--host") {
      std::string_view host = value();
      if (host.empty()) return usage_error("--host needs an address");
      options.http.host = std::string(host);
    } else if (arg == "--port") {
      if (!parse_number(value(), 65535, number)) return usage_error("--port needs 0..65535");
      options.http.port = static_cast<unsigned short>(number);
    } else if (arg == "--threads") {
      if (!parse_number(value(), 256, number) || number == 0)
        return usage_error("--threads needs 1..256");
      options.http.threads = static_cast<unsigned>(number);
    } else if (arg == "--no-verify-signatures") {
      options.auth.verify_signatures = false;
    } else if (arg == "--stop-after") {
      if (!parse_number(value(), 7 * 24 * 3600, number) || number == 0)
        return usage_error("--stop-after needs 1..604800 seconds");
      stop_after_seconds = number;
    } else if (arg == "--no-clock-skew-check") {
      options.auth.check_clock_skew = false;
    } else if (!arg.empty() && arg.front() == '-') {
      return usage_error("unknown option '" + std::string(arg) + "'");
    } else if (scenario_path.empty()) {
      scenario_path = std::string(arg);
    } else {
      return usage_error("one scenario at a time (got '" + scenario_path + "' and '" +
                         std::string(arg) + "')");
    }
  }
  if (scenario_path.empty()) return usage_error("missing SCENARIO.yaml");

  scenario::load_result loaded = scenario::load_file(scenario_path);
  for (const auto& w : loaded.warnings) std::cerr << w.to_string() << " (warning)\n";
  if (!loaded.errors.empty()) {
    for (const auto& e : loaded.errors) std::cerr << e.to_string() << "\n";
    std::cerr << "hipaasim serve: " << loaded.errors.size()
              << " error(s) in the scenario; nothing served\n";
    return 2;
  }

  // Block the stop signals before any server thread exists, so they all inherit the mask and
  // only sigwait below receives them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  server::mock_server server(loaded.store, options);
  if (std::error_code ec = server.start()) {
    std::cerr << "hipaasim serve: cannot listen on " << options.http.host << ":"
              << options.http.port << ": " << ec.message() << "\n";
    return 1;
  }
  std::cout << "listening on " << server.endpoint() << std::endl;

  const char* reason = nullptr;
  if (stop_after_seconds == 0) {
    int received = 0;
    sigwait(&stop_signals, &received);
    reason = received == SIGINT ? "SIGINT" : "SIGTERM";
  } else {
    timespec limit{static_cast<time_t>(stop_after_seconds), 0};
    int received = -1;
    do {
      received = sigtimedwait(&stop_signals, nullptr, &limit);
    } while (received < 0 && errno == EINTR);
    reason = received == SIGINT ? "SIGINT" : received == SIGTERM ? "SIGTERM" : "--stop-after";
  }
  server.stop();
  std::cerr << "hipaasim serve: stopped on " << reason << "\n";
  return 0;
}

}  // namespace mockaws::cli
