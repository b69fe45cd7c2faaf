#include "mockaws/protocol/timestamp.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace mockaws::protocol {

namespace {

using namespace std::chrono;

// Reads exactly `n` digits at `pos`, advancing it.
bool read_digits(std::string_view text, std::size_t& pos, int n, int& out) {
  if (pos + n > text.size()) return false;
  int value = 0;
  for (int i = 0; i < n; ++i) {
    char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += n;
  out = value;
  return true;
}

bool expect(std::string_view text, std::size_t& pos, char c) {
  if (pos < text.size() && text[pos] == c) {
    ++pos;
    return true;
  }
  return false;
}

std::optional<timestamp> make_time(int y, int mo, int d, int h, int mi, int s, int ms) {
  year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;
  return timestamp{sys_days{ymd}} + hours{h} + minutes{mi} + seconds{s} + milliseconds{ms};
}

}  // namespace

std::optional<timestamp> parse_iso8601(std::string_view text) {
  std::size_t pos = 0;
  int y, mo, d, h = 0, mi = 0, s = 0, ms = 0;
  if (!read_digits(text, pos, 4, y) || !expect(text, pos, '-') || !read_digits(text, pos, 2, mo) ||
      !expect(text, pos, '-') || !read_digits(text, pos, 2, d))
    return std::nullopt;
  if (pos == text.size()) return make_time(y, mo, d, 0, 0, 0, 0);
  if (!expect(text, pos, 'T') && !expect(text, pos, 't') && !expect(text, pos, ' '))
    return std::nullopt;
  if (!read_digits(text, pos, 2, h) || !expect(text, pos, ':') || !read_digits(text, pos, 2, mi))
    return std::nullopt;
  if (expect(text, pos, ':') && !read_digits(text, pos, 2, s)) return std::nullopt;
  if (expect(text, pos, '.') || expect(text, pos, ',')) {
    // Keep milliseconds; further digits (micro-, nanoseconds) are read and dropped.
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 3) ms = ms * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    if (digits == 0) return std::nullopt;
    for (int i = digits; i < 3; ++i) ms *= 10;
  }
  auto t = make_time(y, mo, d, h, mi, s, ms);
  if (!t) return std::nullopt;
  if (pos == text.size() || expect(text, pos, 'Z') || expect(text, pos, 'z'))
    return pos == text.size() ? t : std::nullopt;
  char sign = text[pos];
  if (sign != '+' && sign != '-') return std::nullopt;
  ++pos;
  int off_h, off_m = 0;
  if (!read_digits(text, pos, 2, off_h)) return std::nullopt;
  expect(text, pos, ':');
  if (pos < text.size() && !read_digits(text, pos, 2, off_m)) return std::nullopt;
  if (pos != text.size()) return std::nullopt;
  auto offset = hours{off_h} + minutes{off_m};
  return sign == '+' ? *t - offset : *t + offset;
}

std::optional<timestamp> parse_rfc822(std::string_view text) {
  static constexpr std::array<std::string_view, 12> months = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  // "Fri, 01 Mar 2024 12:00:00 GMT": skip the weekday, then fixed fields.
  auto comma = text.find(", ");
  if (comma == std::string_view::npos) return std::nullopt;
  std::size_t pos = comma + 2;
  int d, y, h, mi, s;
  if (!read_digits(text, pos, 2, d) || !expect(text, pos, ' ') || pos + 3 > text.size())
    return std::nullopt;
  std::string_view month_name = text.substr(pos, 3);
  pos += 3;
  int mo = 0;
  for (std::size_t i = 0; i < months.size(); ++i)
    if (months[i] == month_name) mo = static_cast<int>(i) + 1;
  if (mo == 0 || !expect(text, pos, ' ') || !read_digits(text, pos, 4, y) ||
      !expect(text, pos, ' ') || !read_digits(text, pos, 2, h) || !expect(text, pos, ':') ||
      !read_digits(text, pos, 2, mi) || !expect(text, pos, ':') || !read_digits(text, pos, 2, s))
    return std::nullopt;
  std::string_view zone = text.substr(pos);
  if (zone != " GMT" && zone != " UTC" && zone != " +0000" && !zone.empty()) return std::nullopt;
  return make_time(y, mo, d, h, mi, s, 0);
}

std::optional<timestamp> from_epoch_seconds(double value) {
  if (!std::isfinite(value) || std::fabs(value) > 1e13) return std::nullopt;
  return timestamp{milliseconds{static_cast<long long>(std::llround(value * 1000.0))}};
}

std::optional<timestamp> parse_epoch_text(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return from_epoch_seconds(value);
}

std::optional<timestamp> parse_any_timestamp(std::string_view text) {
  if (auto t = parse_iso8601(text)) return t;
  if (auto t = parse_epoch_text(text)) return t;
  return parse_rfc822(text);
}

std::string format_iso8601(timestamp t) {
  // Hand-rolled: this runs for every timestamp of every response, and snprintf costs ten times
  // as much.
  auto day_point = floor<days>(t);
  year_month_day ymd{day_point};
  hh_mm_ss<milliseconds> time{t - day_point};
  int ms = static_cast<int>(time.subseconds().count());
  char buffer[24];
  auto put = [&buffer](int pos, int value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) buffer[pos + i] = static_cast<char>('0' + value % 10);
  };
  int year = int(ymd.year());
  if (year < 0 || year > 9999) return "invalid-year";
  put(0, year, 4);
  buffer[4] = '-';
  put(5, static_cast<int>(unsigned(ymd.month())), 2);
  buffer[7] = '-';
  put(8, static_cast<int>(unsigned(ymd.day())), 2);
  buffer[10] = 'T';
  put(11, static_cast<int>(time.hours().count()), 2);
  buffer[13] = ':';
  put(14, static_cast<int>(time.minutes().count()), 2);
  buffer[16] = ':';
  put(17, static_cast<int>(time.seconds().count()), 2);
  if (ms == 0) {
    buffer[19] = 'Z';
    return std::string(buffer, 20);
  }
  buffer[19] = '.';
  put(20, ms, 3);
  buffer[23] = 'Z';
  return std::string(buffer, 24);
}

bool is_canonical_iso8601(std::string_view text) {
  if (text.size() != 20 && text.size() != 24) return false;
  if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text.back() != 'Z' || (text.size() == 24 && text[19] != '.'))
    return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
    if (text[i] < '0' || text[i] > '9') return false;
  if (text.size() == 24)
    for (std::size_t i : {20, 21, 22})
      if (text[i] < '0' || text[i] > '9') return false;
  auto field = [&](std::size_t pos) { return (text[pos] - '0') * 10 + (text[pos + 1] - '0'); };
  int month = field(5), day = field(8);
  // Day-of-month validity (Feb 30) is left to the full parse; the scenario validator checks it.
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && field(11) <= 23 &&
         field(14) <= 59 && field(17) <= 59 && text.substr(19) != ".000Z";
}

std::string format_rfc822(timestamp t) {
  static constexpr std::array<const char*, 12> months = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  static constexpr std::array<const char*, 7> weekdays = {"Sun", "Mon", "Tue", "Wed",
                                                          "Thu", "Fri", "Sat"};
  auto day_point = floor<days>(t);
  year_month_day ymd{day_point};
  weekday wd{day_point};
  hh_mm_ss<seconds> time{floor<seconds>(t - day_point)};
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "%s, %02u %s %04d %02d:%02d:%02d GMT",
                weekdays[wd.c_encoding()], unsigned(ymd.day()),
                months[unsigned(ymd.month()) - 1], int(ymd.year()), int(time.hours().count()),
                int(time.minutes().count()), int(time.seconds().count()));
  return buffer;
}

double epoch_seconds(timestamp t) {
  return static_cast<double>(t.time_since_epoch().count()) / 1000.0;
}

}  // namespace mockaws::protocol
