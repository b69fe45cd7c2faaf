#pragma once
// `hipaasim test PATH...`: scans every scenario and checks its `expect:` block, like a test
// runner; the regression suite of a rule pack.

#include <span>
#include <string_view>

namespace engine::cli {

extern const char* const test_usage;
int test_command(std::span<const std::string_view> args);

}  // namespace engine::cli
