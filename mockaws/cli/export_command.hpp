#pragma once
// `hipaasim export SCENARIO [--json]`: the account a scenario loads to, written out in full.

#include <span>
#include <string_view>

namespace mockaws::cli {

// Exit codes: 0 written, 2 bad arguments or an invalid scenario.
int export_command(std::span<const std::string_view> args);
extern const char* const export_usage;

}  // namespace mockaws::cli
