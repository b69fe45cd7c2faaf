#pragma once
// `hipaasim scan`: evaluate a rule pack against a scenario (served in-process) or an endpoint.

#include <span>
#include <string_view>

namespace engine::cli {

extern const char* const scan_usage;
int scan_command(std::span<const std::string_view> args);

}  // namespace engine::cli
