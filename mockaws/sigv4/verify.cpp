// The server side: parse_authorization() reads what a request claims about its signature,
// verify() recomputes the signature and checks the token, the time and the payload hash.

#include <openssl/crypto.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <utility>

#include "mockaws/sigv4/sigv4.hpp"
#include "mockaws/sigv4/sigv4_internal.hpp"

namespace mockaws::sigv4 {

using namespace detail;

namespace {

using namespace std::chrono_literals;

// SigV4 caps presigned URLs at seven days whatever the service.
constexpr std::chrono::seconds max_presign_expiry = 7 * 24h;

bool constant_time_equal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

const std::string* find_param(const param_list& params, std::string_view key) {
  for (const auto& [name, value] : params)
    if (name == key) return &value;
  return nullptr;
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
