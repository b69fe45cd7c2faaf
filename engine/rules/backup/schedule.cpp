#include "engine/rules/backup/schedule.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <sstream>
#include <string>
#include <vector>

namespace engine::rules {

namespace {

std::optional<int> number(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool every(std::string_view field) { return field == "*" || field == "?"; }

// The longest distance between consecutive values of sorted `at` on a cycle of `period` (days
// of a week, hours of a day); one value alone recurs once per period.
int longest_cyclic_gap(const std::vector<int>& at, int period) {
  int gap = 0;
  for (std::size_t i = 0; i < at.size(); ++i) {
    int d = ((at[(i + 1) % at.size()] - at[i]) % period + period) % period;
    gap = std::max(gap, d == 0 ? period : d);
  }
  return gap;
}

// Weekday numbers (0 = SUN) a cron day-of-week field selects: "SUN", "MON-FRI", "1,3,5" (AWS
// numbers them 1 = SUN .. 7 = SAT).
std::optional<std::vector<int>> weekdays(std::string_view field) {
  static const std::array<std::string_view, 7> names = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  auto day = [&](std::string_view t) -> std::optional<int> {
    std::string upper(t);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (int i = 0; i < 7; ++i)
      if (names[i] == upper) return i;
    if (auto n = number(t); n && *n >= 1 && *n <= 7) return *n - 1;
    return std::nullopt;
  };
  std::vector<int> out;
  std::stringstream parts{std::string(field)};
  for (std::string part; std::getline(parts, part, ',');) {
    auto dash = part.find('-');
    auto first = day(std::string_view(part).substr(0, dash));
    auto last = dash == std::string::npos ? first : day(std::string_view(part).substr(dash + 1));
    if (!first || !last) return std::nullopt;
    for (int d = *first;; d = (d + 1) % 7) {
      out.push_back(d);
      if (d == *last) break;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<double> cron_gap(std::string_view body) {
  std::vector<std::string> f;
  std::stringstream words{std::string(body)};
  for (std::string w; words >> w;) f.push_back(w);
  if (f.size() != 6) return std::nullopt;
  const std::string &hours = f[1], &day_of_month = f[2], &day_of_week = f[4];
  double day_gap_hours = 24;
  if (!every(day_of_week)) {
    auto days = weekdays(day_of_week);
    if (!days || days->empty()) return std::nullopt;
    day_gap_hours = 24.0 * longest_cyclic_gap(*days, 7);
  } else if (!every(day_of_month)) {
    auto slash = day_of_month.find('/');
    auto step = slash == std::string::npos ? std::nullopt : number(std::string_view(day_of_month).substr(slash + 1));
    day_gap_hours = 24.0 * (step ? *step : 31);  // a fixed day of the month: up to 31 days apart
  }
  if (day_gap_hours > 24) return day_gap_hours;
  // Every day: the hours field decides whether it is more often than daily.
  if (hours == "*") return 1;
  if (auto slash = hours.find('/'); slash != std::string::npos) {
    auto step = number(std::string_view(hours).substr(slash + 1));
    if (!step || *step <= 0) return std::nullopt;
    return double(*step);
  }
  if (hours.find(',') != std::string::npos) {
    std::vector<int> at;
    std::stringstream parts{hours};
    for (std::string p; std::getline(parts, p, ',');) {
      auto n = number(p);
      if (!n) return std::nullopt;
      at.push_back(*n);
    }
    std::sort(at.begin(), at.end());
    return double(longest_cyclic_gap(at, 24));
  }
  return 24;
}

std::optional<double> rate_gap(std::string_view body) {
  std::stringstream words{std::string(body)};
  std::string amount, unit;
  words >> amount >> unit;
  auto n = number(amount);
  if (!n || *n <= 0) return std::nullopt;
  if (unit.starts_with("minute")) return *n / 60.0;
  if (unit.starts_with("hour")) return double(*n);
  if (unit.starts_with("day")) return 24.0 * *n;
  return std::nullopt;
}

}  // namespace

std::optional<double> longest_gap_hours(std::string_view expression) {
  auto inside = [&](std::string_view prefix) -> std::optional<std::string_view> {
    if (!expression.starts_with(prefix) || !expression.ends_with(")")) return std::nullopt;
    return expression.substr(prefix.size(), expression.size() - prefix.size() - 1);
  };
  if (auto body = inside("cron(")) return cron_gap(*body);
  if (auto body = inside("rate(")) return rate_gap(*body);
  return std::nullopt;
}

}  // namespace engine::rules
