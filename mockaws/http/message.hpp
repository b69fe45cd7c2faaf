#pragma once
// Plain HTTP messages, independent of Beast, so that protocol codecs, SigV4 and the engine's
// client can build and inspect requests without pulling in the transport.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mockaws::http {

// Header names are stored lower-case (HTTP names are case-insensitive and SigV4 canonicalises
// them to lower case anyway); values are stored as received. A name may repeat.
using header_list = std::vector<std::pair<std::string, std::string>>;

std::string to_lower(std::string_view text);

struct request {
  std::string method;   // "GET", "POST", ...
  std::string target;   // origin-form as on the wire: percent-encoded path, then "?query"
  header_list headers;
  std::string body;

  // First value of a header, or an empty view when absent. `name` must be lower-case.
  std::string_view header(std::string_view name) const;
  bool has_header(std::string_view name) const;
  // Replaces every value of `name` (any case) with one value.
  void set_header(std::string_view name, std::string value);

  std::string_view path() const;   // target before '?', still percent-encoded
  std::string_view query() const;  // target after '?', empty when none
};

struct response {
  unsigned status = 200;
  header_list headers;
  std::string body;

  std::string_view header(std::string_view name) const;
  void set_header(std::string_view name, std::string value);
};

}  // namespace mockaws::http
