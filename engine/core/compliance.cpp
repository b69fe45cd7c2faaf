#include "engine/core/compliance.hpp"

#include <array>
#include <utility>

namespace engine {

namespace {
constexpr std::array<std::pair<compliance, std::string_view>, 4> names = {{
    {compliance::compliant, "COMPLIANT"},
    {compliance::non_compliant, "NON_COMPLIANT"},
    {compliance::not_applicable, "NOT_APPLICABLE"},
    {compliance::insufficient_data, "INSUFFICIENT_DATA"},
}};
}  // namespace

std::string_view to_string(compliance c) {
  for (const auto& [value, name] : names)
    if (value == c) return name;
  return "INSUFFICIENT_DATA";
}

std::optional<compliance> parse_compliance(std::string_view text) {
  for (const auto& [value, name] : names)
    if (name == text) return value;
  return std::nullopt;
}

}  // namespace engine
