#pragma once
// Byte-level encodings the wire formats share: base64 for blobs, percent-encoding for URIs,
// query strings and form bodies.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mockaws::protocol {

std::string base64_encode(std::string_view bytes);
// nullopt when `text` is not valid base64 (padding optional).
std::optional<std::string> base64_decode(std::string_view text);

// Percent-encodes everything but RFC 3986 unreserved characters (and '/' when keep_slash).
std::string percent_encode(std::string_view text, bool keep_slash = false);
// Decodes %XX sequences; with plus_is_space (form bodies) '+' becomes ' '. nullopt on a
// truncated or non-hex escape.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

using param_list = std::vector<std::pair<std::string, std::string>>;

// Parses "a=1&b=2" (form body or query string); a key without '=' gets an empty value.
// nullopt, with `error` set to the offending pair, on a malformed escape.
std::optional<param_list> parse_params(std::string_view text, bool plus_is_space,
                                       std::string* error = nullptr);
// Joins parameters as "k=v&k=v", percent-encoding keys and values.
std::string format_params(const param_list& params);

}  // namespace mockaws::protocol
