// The canonical request and the string to sign: URI encoding, the canonical URI, query and
// headers, amz-date formatting and parsing, and the text helpers they are built from.

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "mockaws/sigv4/sigv4.hpp"
#include "mockaws/sigv4/sigv4_internal.hpp"

namespace mockaws::sigv4 {

using namespace detail;

namespace {

// ----- text helpers -----

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ----- dates -----

// Years are kept well inside what system_clock's nanosecond time_point holds (1678-2261), so
// that a hostile X-Amz-Date cannot overflow the expiry arithmetic.
std::optional<clock_time> make_time(int y, int mon, int d, int h, int min, int s) {
  if (y < 1900 || y > 2200) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(mon)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || h > 23 || min > 59 || s > 59) return std::nullopt;
  return std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{min} +
         std::chrono::seconds{s};
}

// "HH:MM:SS" of an HTTP date.
std::optional<std::array<int, 3>> parse_clock(std::string_view text) {
  if (text.size() != 8 || text[2] != ':' || text[5] != ':') return std::nullopt;
  const auto h = parse_digits(text.substr(0, 2));
  const auto m = parse_digits(text.substr(3, 2));
  const auto s = parse_digits(text.substr(6, 2));
  if (!h || !m || !s) return std::nullopt;
  return std::array{*h, *m, *s};
}

std::optional<int> parse_month_name(std::string_view text) {
  static constexpr std::array<std::string_view, 12> names{
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto it = std::find(names.begin(), names.end(), text);
  if (it == names.end()) return std::nullopt;
  return static_cast<int>(it - names.begin()) + 1;
}

// ----- canonical request pieces -----

// RFC 3986 dot-segment removal, plus dropping empty segments: SigV4 collapses "//" (see the
// suite's get-slashes). A trailing "/", "/." or "/.." keeps a trailing slash, as in RFC 3986.
std::string normalized_path(std::string_view path) {
  std::vector<std::string_view> segments;
  bool trailing_slash = false;
  for (const auto segment : split(path, '/')) {
    trailing_slash = segment.empty() || segment == "." || segment == "..";
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!trailing_slash) {
      segments.push_back(segment);
    }
  }
  std::string out = "/";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) out += '/';
    out += segments[i];
  }
  if (trailing_slash && !segments.empty()) out += '/';
  return out;
}

// Every service but S3 encodes the (already encoded) wire path a second time, so "%24" on the
// wire is signed as "%2524"; S3 signs the path exactly as sent.
std::string canonical_uri(std::string_view path, uri_mode mode) {
  if (mode == uri_mode::s3_as_is) return path.empty() ? "/" : std::string(path);
  return uri_encode(normalized_path(path), true);
}

std::string canonical_query(std::string_view query, std::string_view exclude) {
  param_list encoded;
  for (const auto& [key, value] : decoded_query(query))
    if (exclude.empty() || key != exclude)
      encoded.emplace_back(uri_encode(key, false), uri_encode(value, false));
  std::sort(encoded.begin(), encoded.end());
  std::string out;
  for (const auto& [key, value] : encoded) {
    if (!out.empty()) out += '&';
    out += key + '=' + value;
  }
  return out;
}

// Trimmed, with every run of whitespace (folded line breaks included) turned into one space;
// quoted strings get no exception (the suite's get-header-value-trim).
std::string canonical_header_value(std::string_view raw) {
  std::string out;
  bool in_space = false;
  for (const char c : trim(raw)) {
    if (is_space(c)) {
      in_space = true;
      continue;
    }
    if (in_space) out += ' ';
    in_space = false;
    out += c;
  }
  return out;
}

// Repeated headers are joined with ',' in the order received (get-header-value-order).
// Appends to `out`: the mock builds a canonical request for every request it serves.
void append_canonical_header_line(std::string& out, const http::request& req,
                                  const std::string& name) {
  out += name;
  out += ':';
  bool first = true;
  for (const auto& [key, value] : req.headers) {
    if (!iequals(key, name)) continue;
    if (!first) out += ',';
    out += canonical_header_value(value);
    first = false;
  }
  out += '\n';
}

}  // namespace

namespace detail {

// ----- text helpers -----

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (;;) {
    const auto at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

std::string join(const std::vector<std::string>& parts, char separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return hex_value(c) >= 0; });
}

// A short run of ASCII digits only: no sign, no spaces, nothing from_chars would also accept.
std::optional<int> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), is_digit))
    return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// RFC 1123 ("Sun, 30 Aug 2015 12:36:00 GMT"): SigV4 falls back to the Date header when a
// client sends no X-Amz-Date. The weekday is optional and not cross-checked.
std::optional<clock_time> parse_http_date(std::string_view text) {
  std::vector<std::string_view> words;
  for (auto word : split(trim(text), ' '))
    if (!word.empty()) words.push_back(word);
  if (!words.empty() && words.front().ends_with(',')) words.erase(words.begin());
  if (words.size() != 5 || words[4] != "GMT") return std::nullopt;
  const auto day = parse_digits(words[0]);
  const auto month = parse_month_name(words[1]);
  const auto year = words[2].size() == 4 ? parse_digits(words[2]) : std::nullopt;
  const auto clock = parse_clock(words[3]);
  if (!day || !month || !year || !clock) return std::nullopt;
  return make_time(*year, *month, *day, (*clock)[0], (*clock)[1], (*clock)[2]);
}

// ----- canonical request pieces -----

// Query parameters, percent-decoded. '+' stays a literal '+': SigV4 canonicalises with RFC 3986
// rules, under which '+' has no special meaning, so a client meaning a space must send %20
// (every AWS SDK does). Empty pieces ("a=1&&b=2", a trailing '&') carry no parameter.
param_list decoded_query(std::string_view query) {
  param_list params;
  if (query.empty()) return params;
  for (const auto piece : split(query, '&')) {
    if (piece.empty()) continue;
    const auto eq = piece.find('=');
    const auto value = eq == std::string_view::npos ? std::string_view{} : piece.substr(eq + 1);
    params.emplace_back(percent_decode(piece.substr(0, eq)), percent_decode(value));
  }
  return params;
}

std::vector<std::string> canonical_names(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const auto& name : names) out.push_back(http::to_lower(name));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string credential_scope(std::string_view date, const signing_scope& scope) {
  std::string out(date);
  out += '/' + scope.region + '/' + scope.service + '/';
  out += scope_terminator;
  return out;
}

}  // namespace detail

// ----- building blocks -----

std::string format_amz_date(clock_time t) {
  const auto seconds = std::chrono::floor<std::chrono::seconds>(t);
  const auto day = std::chrono::floor<std::chrono::days>(seconds);
  const std::chrono::year_month_day ymd{day};
  const std::chrono::hh_mm_ss hms{seconds - day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02d%02d%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buffer;
}

std::optional<clock_time> parse_amz_date(std::string_view text) {
  if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z') return std::nullopt;
  const auto y = parse_digits(text.substr(0, 4));
  const auto mon = parse_digits(text.substr(4, 2));
  const auto d = parse_digits(text.substr(6, 2));
  const auto h = parse_digits(text.substr(9, 2));
  const auto min = parse_digits(text.substr(11, 2));
  const auto s = parse_digits(text.substr(13, 2));
  if (!y || !mon || !d || !h || !min || !s) return std::nullopt;
  return make_time(*y, *mon, *d, *h, *min, *s);
}

std::string uri_encode(std::string_view text, bool keep_slash) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                            c == '~';
    if (unreserved || (keep_slash && c == '/')) {
      out += c;
    } else {
      out += '%';
      out += digits[byte >> 4];
      out += digits[byte & 0x0f];
    }
  }
  return out;
}

// A '%' not followed by two hex digits is kept literally, as lenient servers do.
std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool escape = text[i] == '%' && i + 2 < text.size();
    const int hi = escape ? hex_value(text[i + 1]) : -1;
    const int lo = escape ? hex_value(text[i + 2]) : -1;
    if (hi >= 0 && lo >= 0) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string canonical_request(const http::request& req,
                              const std::vector<std::string>& signed_headers,
                              std::string_view payload_hash, uri_mode mode,
                              std::string_view exclude_query) {
  const auto names = canonical_names(signed_headers);
  std::string out;
  out.reserve(512 + req.target.size());
  out += req.method;
  out += '\n';
  out += canonical_uri(req.path(), mode);
  out += '\n';
  out += canonical_query(req.query(), exclude_query);
  out += '\n';
  for (const auto& name : names) append_canonical_header_line(out, req, name);
  out += '\n';
  out += join(names, ';');
  out += '\n';
  out += payload_hash;
  return out;
}

std::string string_to_sign(std::string_view amz_date, const signing_scope& scope,
                           std::string_view canonical_request) {
  std::string out(algorithm_name);
  out += '\n';
  out += amz_date;
  out += '\n' + credential_scope(amz_date.substr(0, 8), scope) + '\n';
  out += sha256_hex(canonical_request);
  return out;
}

}  // namespace mockaws::sigv4
