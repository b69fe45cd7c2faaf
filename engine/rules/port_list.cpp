#include "engine/rules/port_list.hpp"

#include <algorithm>
#include <charconv>
#include <optional>

#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

std::optional<int> port(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  int n = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || n < 0 || n > 65535)
    return std::nullopt;
  return n;
}

// One entry, or the problem with it.
std::optional<port_range> entry(const std::string& text, std::string* problem) {
  auto dash = text.find('-');
  auto from = port(std::string_view(text).substr(0, dash));
  auto to = dash == std::string::npos ? from : port(std::string_view(text).substr(dash + 1));
  if (!from || !to) {
    if (problem) *problem = "'" + text + "' is not a port (0-65535) or a range of ports such as 1020-1025";
    return std::nullopt;
  }
  if (*from > *to) {
    if (problem) *problem = "the range '" + text + "' ends below its start";
    return std::nullopt;
  }
  return port_range{*from, *to};
}

}  // namespace

std::string port_range::text() const {
  return from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to);
}

std::string port_list_problem(std::string_view text) {
  std::string problem;
  for (const auto& e : comma_separated(text))
    if (!entry(e, &problem)) return problem;
  return {};
}

std::vector<port_range> port_list(std::string_view text) {
  std::vector<port_range> out;
  for (const auto& e : comma_separated(text))
    if (auto range = entry(e, nullptr)) out.push_back(*range);
  return out;
}

std::vector<port_range> uncovered(const port_range& wanted, std::vector<port_range> allowed) {
  std::sort(allowed.begin(), allowed.end(), [](const port_range& a, const port_range& b) { return a.from < b.from; });
  std::vector<port_range> out;
  int next = wanted.from;  // the lowest port of `wanted` not yet accounted for
  for (const auto& range : allowed) {
    if (range.to < next || range.from > wanted.to) continue;
    if (range.from > next) out.push_back({next, range.from - 1});
    next = std::max(next, range.to + 1);
    if (next > wanted.to) return out;
  }
  if (next <= wanted.to) out.push_back({next, wanted.to});
  return out;
}

}  // namespace engine::rules
