#pragma once
// `hipaasim validate FILE...`: checks scenario files without serving them.

#include <span>
#include <string_view>

namespace mockaws::cli {

// Exit codes: 0 every file is valid, 2 some file is not (or bad arguments).
int validate_command(std::span<const std::string_view> args);
extern const char* const validate_usage;

}  // namespace mockaws::cli
