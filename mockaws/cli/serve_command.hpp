#pragma once
// `hipaasim serve SCENARIO.yaml [--host H] [--port P] ...`: loads a scenario and serves it until
// SIGINT or SIGTERM. Prints "listening on http://HOST:PORT" as its first line of output.

#include <span>
#include <string_view>

namespace mockaws::cli {

// Exit codes: 0 stopped by a signal, 1 the server could not start, 2 bad arguments or scenario.
int serve_command(std::span<const std::string_view> args);
extern const char* const serve_usage;

}  // namespace mockaws::cli
