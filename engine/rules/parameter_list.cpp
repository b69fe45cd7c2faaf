#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

std::vector<std::string> comma_separated(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    auto comma = text.find(',');
    std::string_view entry = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    auto first = entry.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) continue;
    auto last = entry.find_last_not_of(" \t\r\n");
    out.emplace_back(entry.substr(first, last - first + 1));
  }
  return out;
}

}  // namespace engine::rules
