#pragma once
// What the SigV4 implementation files share (crypto.cpp, canonical.cpp, sign.cpp, verify.cpp):
// the protocol's fixed strings, the text helpers, and the signature computation used by both
// the client and the server. Private to mockaws/sigv4; the public API is sigv4.hpp.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mockaws/http/message.hpp"
#include "mockaws/sigv4/sigv4.hpp"

namespace mockaws::sigv4::detail {

inline constexpr std::string_view algorithm_name = "AWS4-HMAC-SHA256";
inline constexpr std::string_view scope_terminator = "aws4_request";
inline constexpr std::string_view unsigned_payload = "UNSIGNED-PAYLOAD";
inline constexpr std::string_view signature_param = "X-Amz-Signature";

// ----- canonical.cpp: text helpers -----

std::string_view trim(std::string_view text);
std::vector<std::string_view> split(std::string_view text, char separator);
std::string join(const std::vector<std::string>& parts, char separator);
bool iequals(std::string_view a, std::string_view b);  // ASCII case-insensitive
bool is_sha256_hex(std::string_view text);
std::optional<int> parse_digits(std::string_view text);
std::optional<clock_time> parse_http_date(std::string_view text);

// ----- canonical.cpp: canonical request pieces -----

using param_list = std::vector<std::pair<std::string, std::string>>;

param_list decoded_query(std::string_view query);
// Lower-cased, sorted and deduplicated.
std::vector<std::string> canonical_names(const std::vector<std::string>& names);
// "20150830/us-east-1/service/aws4_request"
std::string credential_scope(std::string_view date, const signing_scope& scope);

// ----- crypto.cpp: shared by the client and the server -----

struct signing_input {
  std::string_view amz_date;
  std::string_view date;  // credential scope date
  const signing_scope& scope;
  std::string_view secret;
};

struct computed_signature {
  std::string canonical_request;
  std::string string_to_sign;
  std::string signature;
};

computed_signature compute(const http::request& req, const std::vector<std::string>& names,
                           std::string_view payload_hash, uri_mode mode,
                           std::string_view exclude_query, const signing_input& in);

}  // namespace mockaws::sigv4::detail
