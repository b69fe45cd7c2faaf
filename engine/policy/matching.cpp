#include "engine/policy/matching.hpp"

#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include <arpa/inet.h>

#include "mockaws/protocol/timestamp.hpp"

namespace engine::policy {

namespace {

bool same_char(char a, char b, letter_case c) {
  if (c == letter_case::sensitive) return a == b;
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

std::vector<std::string_view> split_arn(std::string_view arn) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (int i = 0; i < 5; ++i) {
    auto colon = arn.find(':', start);
    if (colon == std::string_view::npos) return {};
    parts.push_back(arn.substr(start, colon - start));
    start = colon + 1;
  }
  parts.push_back(arn.substr(start));
  return parts;
}

// 16 bytes (IPv4 mapped into the last 4) and the number of meaningful leading bits.
struct address {
  std::array<std::uint8_t, 16> bytes{};
  bool v6 = false;
  int prefix = 0;
};

std::optional<address> parse_address(std::string_view text) {
  std::string host(text);
  address out;
  std::optional<int> prefix;
  if (auto slash = host.find('/'); slash != std::string::npos) {
    std::string bits = host.substr(slash + 1);
    host.resize(slash);
    if (bits.empty() || bits.size() > 3) return std::nullopt;
    for (char ch : bits)
      if (!std::isdigit(static_cast<unsigned char>(ch))) return std::nullopt;
    prefix = std::stoi(bits);
  }
  if (host.find(':') != std::string::npos) {
    if (inet_pton(AF_INET6, host.c_str(), out.bytes.data()) != 1) return std::nullopt;
    out.v6 = true;
    out.prefix = prefix.value_or(128);
    if (out.prefix > 128) return std::nullopt;
  } else {
    std::uint8_t v4[4];
    if (inet_pton(AF_INET, host.c_str(), v4) != 1) return std::nullopt;
    for (int i = 0; i < 4; ++i) out.bytes[12 + i] = v4[i];
    out.prefix = prefix.value_or(32);
    if (out.prefix > 32) return std::nullopt;
  }
  return out;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view value, letter_case c) {
  std::size_t p = 0, v = 0, star = std::string_view::npos, mark = 0;
  while (v < value.size()) {
    if (p < pattern.size() && (pattern[p] == '?' || (pattern[p] != '*' && same_char(pattern[p], value[v], c)))) {
      ++p;
      ++v;
    } else if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = v;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      v = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

bool equal_text(std::string_view a, std::string_view b, letter_case c) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!same_char(a[i], b[i], c)) return false;
  return true;
}

bool arn_match(std::string_view pattern, std::string_view arn) {
  if (pattern == "*") return true;
  auto want = split_arn(pattern), have = split_arn(arn);
  if (want.empty() || have.empty()) return false;
  for (std::size_t i = 0; i < want.size(); ++i)
    if (!glob_match(want[i], have[i], letter_case::sensitive)) return false;
  return true;
}

std::optional<std::string> arn_account(std::string_view arn) {
  auto parts = split_arn(arn);
  if (parts.empty() || parts[0] != "arn") return std::nullopt;
  return std::string(parts[4]);
}

bool ip_in_cidr(std::string_view address_text, std::string_view cidr_text) {
  auto a = parse_address(address_text), net = parse_address(cidr_text);
  if (!a || !net || a->v6 != net->v6) return false;
  int offset = net->v6 ? 0 : 96;  // IPv4 lives in the last 32 bits
  int bits = net->prefix;
  if (a->prefix < bits) return false;  // a wider block is not inside a narrower one
  for (int i = 0; i < bits; ++i) {
    int bit = offset + i;
    auto mask = static_cast<std::uint8_t>(0x80 >> (bit % 8));
    if ((a->bytes[bit / 8] & mask) != (net->bytes[bit / 8] & mask)) return false;
  }
  return true;
}

std::optional<int> cidr_prefix(std::string_view cidr) {
  auto net = parse_address(cidr);
  if (!net) return std::nullopt;
  return net->prefix;
}

bool has_wildcard(std::string_view pattern) { return pattern.find_first_of("*?") != std::string_view::npos; }

std::optional<double> number_value(std::string_view text) {
  std::string s(text);
  char* end = nullptr;
  double d = std::strtod(s.c_str(), &end);
  if (s.empty() || end != s.c_str() + s.size()) return std::nullopt;
  return d;
}

std::optional<double> date_value(std::string_view text) {
  if (auto epoch = number_value(text)) return *epoch;
  auto t = mockaws::protocol::parse_iso8601(text);
  if (!t) return std::nullopt;
  return std::chrono::duration<double>(t->time_since_epoch()).count();
}

std::string lower_case(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace engine::policy
