#pragma once
// AWS Config's four verdicts, spelt as AWS spells them.

#include <optional>
#include <string_view>

namespace engine {

enum class compliance { compliant, non_compliant, not_applicable, insufficient_data };

std::string_view to_string(compliance c);
std::optional<compliance> parse_compliance(std::string_view text);  // "NON_COMPLIANT" -> ...

}  // namespace engine
