#pragma once
// schema.yaml, compiled in (cmake/embed_text.py).

#include <string_view>

namespace mockaws::scenario {

std::string_view embedded_schema_text();

}  // namespace mockaws::scenario
