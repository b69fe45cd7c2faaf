#include "mockaws/sigv4/sigv4.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <utility>

namespace mockaws::sigv4 {

namespace {

using namespace std::chrono_literals;

constexpr std::string_view algorithm_name = "AWS4-HMAC-SHA256";
constexpr std::string_view scope_terminator = "aws4_request";
constexpr std::string_view unsigned_payload = "UNSIGNED-PAYLOAD";
constexpr std::string_view signature_param = "X-Amz-Signature";
// SigV4 caps presigned URLs at seven days whatever the service.
constexpr std::chrono::seconds max_presign_expiry = 7 * 24h;

// ----- OpenSSL -----

// Fetched once: an implicit fetch through EVP_sha256() costs a method-store lookup per call,
// and the mock hashes several times per request.
const EVP_MD* sha256_md() {
  static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md{
      EVP_MD_fetch(nullptr, "SHA256", nullptr), &EVP_MD_free};
  if (!md) throw std::runtime_error("OpenSSL: SHA256 is unavailable");
  return md.get();
}

// One HMAC-SHA256 context per thread, re-keyed by every EVP_MAC_init: allocating and
// configuring a context per HMAC costs as much as the HMAC itself, and a request needs five.
EVP_MAC_CTX* hmac_context() {
  thread_local const std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> ctx = [] {
    const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac{
        EVP_MAC_fetch(nullptr, "HMAC", nullptr), &EVP_MAC_free};
    std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)> made{
        mac ? EVP_MAC_CTX_new(mac.get()) : nullptr, &EVP_MAC_CTX_free};
    char digest_name[] = "SHA256";
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name, 0),
        OSSL_PARAM_construct_end()};
    if (!made || EVP_MAC_CTX_set_params(made.get(), params) != 1)
      throw std::runtime_error("OpenSSL: HMAC-SHA256 is unavailable");
    return made;
  }();
  return ctx.get();
}

void require(bool ok, const char* what) {
  if (!ok) throw std::runtime_error(std::string("OpenSSL: ") + what + " failed");
}

// Never null: EVP_MAC_init takes a null key to mean "keep the previous one", which with the
// reused context above would sign with the last caller's key.
const unsigned char* bytes(std::string_view text) {
  static constexpr unsigned char empty[1] = {};
  return text.data() ? reinterpret_cast<const unsigned char*>(text.data()) : empty;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

// ----- text helpers -----

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

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

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_sha256_hex(std::string_view text) {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return hex_value(c) >= 0; });
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A short run of ASCII digits only: no sign, no spaces, nothing from_chars would also accept.
std::optional<int> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 9 || !std::all_of(text.begin(), text.end(), is_digit))
    return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

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

using param_list = std::vector<std::pair<std::string, std::string>>;

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

const std::string* find_param(const param_list& params, std::string_view key) {
  for (const auto& [name, value] : params)
    if (name == key) return &value;
  return nullptr;
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

std::vector<std::string> canonical_names(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  out.reserve(names.size());
  for (const auto& name : names) out.push_back(http::to_lower(name));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
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

// Host, content-type, content-md5 and every x-amz-* header: what the AWS SDKs sign, and all
// that servers insist on.
std::vector<std::string> headers_to_sign(const http::request& req) {
  std::vector<std::string> names;
  for (const auto& [key, value] : req.headers) {
    const std::string name = http::to_lower(key);
    if (name == "host" || name == "content-type" || name == "content-md5" ||
        name.starts_with("x-amz-"))
      names.push_back(name);
  }
  return canonical_names(names);
}

// ----- signing key cache -----

// The mock verifies every request and the key derivation costs four HMACs, while a run sees
// few distinct (secret, day, region, service) tuples. Bounded so a stream of new keys cannot
// grow it: when full it simply starts over.
class signing_key_cache {
 public:
  std::string get(std::string_view secret, std::string_view date, const signing_scope& scope) {
    std::string key;
    for (const auto part : {secret, date, std::string_view(scope.region),
                            std::string_view(scope.service)})
      (key += part) += '\0';
    {
      const std::lock_guard lock(mutex_);
      if (const auto it = keys_.find(key); it != keys_.end()) return it->second;
    }
    std::string derived = signing_key(secret, date, scope);  // outside the lock: it is the slow part
    const std::lock_guard lock(mutex_);
    if (keys_.size() >= capacity_) keys_.clear();
    keys_.emplace(std::move(key), derived);
    return derived;
  }

 private:
  static constexpr std::size_t capacity_ = 64;
  std::mutex mutex_;
  std::unordered_map<std::string, std::string> keys_;
};

std::string cached_signing_key(std::string_view secret, std::string_view date,
                               const signing_scope& scope) {
  static signing_key_cache cache;
  return cache.get(secret, date, scope);
}

// ----- shared by the client and the server -----

std::string credential_scope(std::string_view date, const signing_scope& scope) {
  std::string out(date);
  out += '/' + scope.region + '/' + scope.service + '/';
  out += scope_terminator;
  return out;
}

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
                           std::string_view exclude_query, const signing_input& in) {
  computed_signature out;
  out.canonical_request = canonical_request(req, names, payload_hash, mode, exclude_query);
  out.string_to_sign = string_to_sign(in.amz_date, in.scope, out.canonical_request);
  out.signature =
      signature(cached_signing_key(in.secret, in.date, in.scope), out.string_to_sign);
  return out;
}

// ----- client side -----

void require_host(const http::request& req) {
  if (!req.has_header("host")) throw std::invalid_argument("sigv4: the request has no Host header");
}

// Precedence mirrors botocore: an explicit hash, then one the request already declares in
// x-amz-content-sha256 (the server signs with that), then the body's.
std::string client_payload_hash(const http::request& req, const sign_options& options) {
  if (options.payload_hash) return *options.payload_hash;
  if (req.has_header("x-amz-content-sha256"))
    return std::string(trim(req.header("x-amz-content-sha256")));
  return sha256_hex(req.body);
}

// S3 presigned URLs cannot know the body they will carry; other services sign it.
std::string presign_payload_hash(const http::request& req, const sign_options& options) {
  if (options.payload_hash) return *options.payload_hash;
  if (options.mode == uri_mode::s3_as_is) return std::string(unsigned_payload);
  return sha256_hex(req.body);
}

void append_query(std::string& target, std::string_view key, std::string_view value) {
  const auto q = target.find('?');
  if (q == std::string::npos)
    target += '?';
  else if (q + 1 != target.size())
    target += '&';
  target += uri_encode(key, false) + '=' + uri_encode(value, false);
}

// ----- server side: parsing -----

parse_result malformed(std::string detail) {
  return {parse_status::malformed, std::move(detail), {}};
}

// "AKID/20150830/us-east-1/service/aws4_request"; empty on success, else what is wrong.
std::string parse_credential(std::string_view credential, authorization& auth) {
  const auto parts = split(credential, '/');
  if (parts.size() != 5)
    return "Credential '" + std::string(credential) +
           "' must have 5 '/'-separated parts: <access key>/<YYYYMMDD>/<region>/<service>/"
           "aws4_request";
  if (parts[4] != scope_terminator)
    return "Credential should be scoped with a valid terminator: 'aws4_request', not '" +
           std::string(parts[4]) + "'";
  if (std::any_of(parts.begin(), parts.end() - 1, [](auto p) { return p.empty(); }))
    return "Credential '" + std::string(credential) + "' has an empty part";
  auth.access_key_id = parts[0];
  auth.date = parts[1];
  auth.scope = {std::string(parts[2]), std::string(parts[3])};
  return {};
}

std::string parse_signed_headers(std::string_view list, authorization& auth) {
  for (const auto name : split(list, ';')) {
    if (name.empty()) return "SignedHeaders '" + std::string(list) + "' has an empty header name";
    auth.signed_headers.emplace_back(name);
  }
  return {};
}

// Checks shared by both forms, once every field is read.
std::string consistency_problem(const http::request& req, const authorization& auth) {
  if (!parse_amz_date(auth.amz_date))
    return "X-Amz-Date '" + auth.amz_date + "' is not of the form YYYYMMDDTHHMMSSZ";
  if (auth.amz_date.substr(0, 8) != auth.date)
    return "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
           "from HTTP: '" + auth.date + "' != '" + auth.amz_date.substr(0, 8) + "', from '" +
           auth.amz_date + "'";
  const auto& names = auth.signed_headers;
  if (std::none_of(names.begin(), names.end(),
                   [](const auto& n) { return iequals(n, "host"); }))
    return "'Host' must be a 'SignedHeader' in the AWS Authorization";
  for (const auto& name : names)
    if (!req.has_header(http::to_lower(name)))
      return "signed header '" + name + "' is not present in the request";
  return {};
}

// The timestamp of the header form: X-Amz-Date, else the Date header converted; empty with
// `problem` set when neither is usable.
std::string header_amz_date(const http::request& req, std::string& problem) {
  if (req.has_header("x-amz-date")) return std::string(trim(req.header("x-amz-date")));
  if (!req.has_header("date")) {
    problem = "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header";
    return {};
  }
  const auto parsed = parse_http_date(req.header("date"));
  if (!parsed) problem = "Date header '" + std::string(req.header("date")) + "' is not RFC 1123";
  return parsed ? format_amz_date(*parsed) : std::string{};
}

struct header_components {
  std::optional<std::string> credential, signed_headers, signature;
};

// "Credential=..., SignedHeaders=..., Signature=..." in any order, spaces optional.
std::string parse_components(std::string_view text, header_components& out) {
  for (const auto piece : split(text, ',')) {
    const auto component = trim(piece);
    if (component.empty()) continue;
    const auto eq = component.find('=');
    if (eq == std::string_view::npos)
      return "Authorization header component '" + std::string(component) +
             "' is not of the form key=value";
    const auto key = component.substr(0, eq);
    std::optional<std::string>* slot = key == "Credential"      ? &out.credential
                                       : key == "SignedHeaders" ? &out.signed_headers
                                       : key == "Signature"     ? &out.signature
                                                                : nullptr;
    if (!slot) return "Authorization header has an unknown component '" + std::string(key) + "'";
    if (*slot) return "Authorization header repeats '" + std::string(key) + "'";
    if (const auto value = trim(component.substr(eq + 1)); !value.empty()) *slot = value;
  }
  return {};
}

parse_result parse_header_form(const http::request& req) {
  const auto value = trim(req.header("authorization"));
  const auto space = std::min(value.find_first_of(" \t"), value.size());
  if (value.substr(0, space) != algorithm_name)
    return malformed("unsupported authorization algorithm '" +
                     std::string(value.substr(0, space)) + "'; expected AWS4-HMAC-SHA256");
  header_components parts;
  if (auto problem = parse_components(value.substr(space), parts); !problem.empty())
    return malformed(std::move(problem));
  for (const auto& [slot, name] : {std::pair{&parts.credential, "Credential"},
                                   std::pair{&parts.signed_headers, "SignedHeaders"},
                                   std::pair{&parts.signature, "Signature"}})
    if (!*slot) return malformed(std::string("Authorization header requires '") + name + "' parameter");

  parse_result result{parse_status::ok, {}, {}};
  authorization& auth = result.auth;
  std::string problem = parse_credential(*parts.credential, auth);
  if (problem.empty()) problem = parse_signed_headers(*parts.signed_headers, auth);
  if (problem.empty()) auth.amz_date = header_amz_date(req, problem);
  if (problem.empty()) {
    auth.signature = *parts.signature;
    auth.session_token = trim(req.header("x-amz-security-token"));
    problem = consistency_problem(req, auth);
  }
  if (!problem.empty()) return malformed(std::move(problem));
  return result;
}

std::string parse_expires(std::string_view text, authorization& auth) {
  const auto seconds = parse_digits(text);
  if (!seconds) return "X-Amz-Expires '" + std::string(text) + "' is not a non-negative integer";
  auth.expires = std::chrono::seconds{*seconds};
  // S3's AuthorizationQueryParametersError: a static property of the URL, so rejected as
  // malformed here rather than reported as expired by verify().
  if (auth.expires > max_presign_expiry)
    return "X-Amz-Expires must be less than a week (in seconds) that is; 604800";
  return {};
}

parse_result parse_query_form(const http::request& req, const param_list& params) {
  if (*find_param(params, "X-Amz-Algorithm") != algorithm_name)
    return malformed("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\", not \"" +
                     *find_param(params, "X-Amz-Algorithm") + "\"");
  for (const auto* name : {"X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                           "X-Amz-SignedHeaders", "X-Amz-Signature"})
    if (const auto* value = find_param(params, name); !value || value->empty())
      return malformed(std::string("presigned URL lacks the ") + name +
                       " query parameter (query-string SigV4 requires X-Amz-Algorithm, "
                       "X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders and "
                       "X-Amz-Signature)");

  parse_result result{parse_status::ok, {}, {}};
  authorization& auth = result.auth;
  auth.presigned = true;
  auth.amz_date = *find_param(params, "X-Amz-Date");
  auth.signature = *find_param(params, "X-Amz-Signature");
  if (const auto* token = find_param(params, "X-Amz-Security-Token")) auth.session_token = *token;
  std::string problem = parse_credential(*find_param(params, "X-Amz-Credential"), auth);
  if (problem.empty()) problem = parse_signed_headers(*find_param(params, "X-Amz-SignedHeaders"), auth);
  if (problem.empty()) problem = parse_expires(*find_param(params, "X-Amz-Expires"), auth);
  if (problem.empty()) problem = consistency_problem(req, auth);
  if (!problem.empty()) return malformed(std::move(problem));
  return result;
}

// ----- server side: verifying -----

// The token need not be among the signed headers: the suite's post-sts-header-after shows
// services that take it added after signing. It must match the credentials, though.
std::string token_problem(const authorization& auth, const credentials& creds) {
  if (creds.session_token.empty() && !auth.session_token.empty())
    return "The security token included in the request is invalid: access key " +
           creds.access_key_id + " is a long-term key and takes no session token";
  if (!creds.session_token.empty() && auth.session_token.empty())
    return "access key " + creds.access_key_id +
           " is temporary and the request carries no X-Amz-Security-Token";
  if (!constant_time_equal(creds.session_token, auth.session_token))
    return "The security token included in the request is invalid";
  return {};
}

std::string time_problem(const authorization& auth, const verify_options& options) {
  const auto signed_at = parse_amz_date(auth.amz_date);
  if (!signed_at) return "X-Amz-Date '" + auth.amz_date + "' is not of the form YYYYMMDDTHHMMSSZ";
  const auto& now = options.now;
  if (auth.presigned && now > *signed_at + auth.expires)
    return "Request has expired: X-Amz-Date " + auth.amz_date + " plus X-Amz-Expires " +
           std::to_string(auth.expires.count()) + " s ended at " +
           format_amz_date(*signed_at + auth.expires) + ", server time is " + format_amz_date(now);
  if (*signed_at > now + options.max_skew)
    return "Signature not yet current: " + auth.amz_date + " is still later than " +
           format_amz_date(now + options.max_skew) + " (" + format_amz_date(now) + " + " +
           std::to_string(options.max_skew.count()) + " s)";
  if (!auth.presigned && *signed_at < now - options.max_skew)
    return "Signature expired: " + auth.amz_date + " is now earlier than " +
           format_amz_date(now - options.max_skew) + " (" + format_amz_date(now) + " - " +
           std::to_string(options.max_skew.count()) + " s)";
  return {};
}

// The payload hash that goes into the server's canonical request.
std::string claimed_payload_hash(const http::request& req, const authorization& auth,
                                 uri_mode mode) {
  if (auth.presigned)
    return mode == uri_mode::s3_as_is ? std::string(unsigned_payload) : sha256_hex(req.body);
  if (req.has_header("x-amz-content-sha256"))
    return std::string(trim(req.header("x-amz-content-sha256")));
  return sha256_hex(req.body);
}

// S3's XAmzContentSHA256Mismatch and its InvalidArgument for values that are no hash at all.
std::string payload_problem(std::string_view claimed, std::string_view body) {
  if (claimed == unsigned_payload || claimed.starts_with("STREAMING-")) return {};
  if (!is_sha256_hex(claimed))
    return "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-..., or a valid sha256 "
           "value, not '" + std::string(claimed) + "'";
  if (const auto actual = sha256_hex(body); !iequals(claimed, actual))
    return "The provided 'x-amz-content-sha256' header does not match what was computed. "
           "ClientComputedContentSHA256: " + std::string(claimed) +
           ", S3ComputedContentSHA256: " + actual;
  return {};
}

std::string mismatch_detail(const computed_signature& expected) {
  return "The request signature we calculated does not match the signature you provided. "
         "Check your AWS Secret Access Key and signing method. Consult the service "
         "documentation for details.\n\nThe Canonical String for this request should have "
         "been\n'" + expected.canonical_request +
         "'\n\nThe String-to-Sign should have been\n'" + expected.string_to_sign + "'\n";
}

}  // namespace

// ----- building blocks -----

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int size = 0;
  require(EVP_Digest(data.data(), data.size(), digest.data(), &size, sha256_md(), nullptr) == 1,
          "SHA-256");
  return hex({reinterpret_cast<const char*>(digest.data()), size});
}

std::string hmac_sha256(std::string_view key, std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> out{};
  std::size_t size = 0;
  EVP_MAC_CTX* ctx = hmac_context();
  require(EVP_MAC_init(ctx, bytes(key), key.size(), nullptr) == 1 &&
              EVP_MAC_update(ctx, bytes(data), data.size()) == 1 &&
              EVP_MAC_final(ctx, out.data(), &size, out.size()) == 1,
          "HMAC-SHA256");
  return {reinterpret_cast<const char*>(out.data()), size};
}

std::string hex(std::string_view data) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() * 2);
  for (const char c : data) {
    const auto byte = static_cast<unsigned char>(c);
    out += digits[byte >> 4];
    out += digits[byte & 0x0f];
  }
  return out;
}

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

std::string signing_key(std::string_view secret, std::string_view date, const signing_scope& scope) {
  const std::string k_date = hmac_sha256("AWS4" + std::string(secret), date);
  const std::string k_region = hmac_sha256(k_date, scope.region);
  const std::string k_service = hmac_sha256(k_region, scope.service);
  return hmac_sha256(k_service, scope_terminator);
}

std::string signature(std::string_view signing_key, std::string_view string_to_sign) {
  return hex(hmac_sha256(signing_key, string_to_sign));
}

// ----- client side -----

void sign(http::request& req, const credentials& creds, const sign_options& options) {
  require_host(req);
  const std::string amz_date = format_amz_date(options.time);
  const std::string date = amz_date.substr(0, 8);
  req.set_header("x-amz-date", amz_date);
  if (!creds.session_token.empty()) req.set_header("x-amz-security-token", creds.session_token);
  const std::string payload_hash = client_payload_hash(req, options);
  if (options.add_content_sha256_header) req.set_header("x-amz-content-sha256", payload_hash);

  const auto names = headers_to_sign(req);
  const auto computed = compute(req, names, payload_hash, options.mode, {},
                                {amz_date, date, options.scope, creds.secret_access_key});
  std::string value(algorithm_name);
  value += " Credential=" + creds.access_key_id + '/' + credential_scope(date, options.scope);
  value += ", SignedHeaders=" + join(names, ';');
  value += ", Signature=" + computed.signature;
  req.set_header("authorization", std::move(value));
}

void presign(http::request& req, const credentials& creds, const sign_options& options,
             std::chrono::seconds expires) {
  require_host(req);
  const std::string amz_date = format_amz_date(options.time);
  const std::string date = amz_date.substr(0, 8);
  const auto names = headers_to_sign(req);
  append_query(req.target, "X-Amz-Algorithm", algorithm_name);
  append_query(req.target, "X-Amz-Credential",
               creds.access_key_id + '/' + credential_scope(date, options.scope));
  append_query(req.target, "X-Amz-Date", amz_date);
  append_query(req.target, "X-Amz-Expires", std::to_string(expires.count()));
  append_query(req.target, "X-Amz-SignedHeaders", join(names, ';'));
  if (!creds.session_token.empty())
    append_query(req.target, "X-Amz-Security-Token", creds.session_token);

  const std::string payload_hash = presign_payload_hash(req, options);
  const auto computed = compute(req, names, payload_hash, options.mode, signature_param,
                                {amz_date, date, options.scope, creds.secret_access_key});
  append_query(req.target, signature_param, computed.signature);
}

// ----- server side -----

parse_result parse_authorization(const http::request& req) {
  const auto params = decoded_query(req.query());
  const bool in_query = find_param(params, "X-Amz-Algorithm") != nullptr;
  const bool in_header = req.has_header("authorization");
  if (in_query && in_header)
    return malformed("Only one auth mechanism allowed; only the X-Amz-Algorithm query "
                     "parameter or the Authorization header should be specified");
  if (in_header) return parse_header_form(req);
  if (in_query) return parse_query_form(req, params);
  return {parse_status::missing,
          "the request carries neither an Authorization header nor an X-Amz-Algorithm query "
          "parameter",
          {}};
}

verify_result verify(const http::request& req, const authorization& auth,
                     const credentials& creds, const verify_options& options) {
  if (auto problem = token_problem(auth, creds); !problem.empty())
    return {verify_status::token_mismatch, std::move(problem)};
  if (options.check_time)
    if (auto problem = time_problem(auth, options); !problem.empty())
      return {verify_status::expired, std::move(problem)};

  const std::string payload_hash = claimed_payload_hash(req, auth, options.mode);
  const auto expected =
      compute(req, auth.signed_headers, payload_hash, options.mode,
              auth.presigned ? signature_param : std::string_view{},
              {auth.amz_date, auth.date, auth.scope, creds.secret_access_key});
  if (!constant_time_equal(expected.signature, auth.signature))
    return {verify_status::signature_mismatch, mismatch_detail(expected)};
  // After the signature, as S3 does: it can only hash the body once it has streamed it. Only a
  // declared x-amz-content-sha256 can disagree; otherwise the hash already is the body's.
  const bool declared = !auth.presigned && req.has_header("x-amz-content-sha256");
  if (auto problem = declared ? payload_problem(payload_hash, req.body) : std::string{};
      !problem.empty())
    return {verify_status::payload_hash_mismatch, std::move(problem)};
  return {};
}

}  // namespace mockaws::sigv4
