#pragma once
// `hipaasim rules`: the rules of a pack, whether the engine implements each, their parameters and
// their HIPAA controls.

#include <span>
#include <string_view>

namespace engine::cli {

extern const char* const rules_usage;
int rules_command(std::span<const std::string_view> args);

}  // namespace engine::cli
