#pragma once
// AWS Signature Version 4: one implementation that signs (the engine's client) and verifies
// (the mock). Covers the Authorization-header form and the presigned query-string form, session
// tokens, and S3's variant of the canonical request (no path normalisation, no double encoding,
// payload hash from x-amz-content-sha256).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/http/message.hpp"

namespace mockaws::sigv4 {

using clock_time = std::chrono::system_clock::time_point;

struct credentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // empty for long-term keys
};

// How the canonical URI is formed. Every service but S3 normalises the path (removes "." and
// ".." segments and duplicate slashes) and URI-encodes it once more; S3 signs the path as sent.
enum class uri_mode { normalize_and_encode, s3_as_is };

struct signing_scope {
  std::string region;   // "us-east-1"
  std::string service;  // signing name: "iam", "monitoring", "s3", ...
};

// ----- building blocks, exposed for the official test vectors -----

std::string sha256_hex(std::string_view data);
std::string hmac_sha256(std::string_view key, std::string_view data);  // raw 32 bytes
std::string hex(std::string_view bytes);
std::string format_amz_date(clock_time t);                             // "20150830T123600Z"
std::optional<clock_time> parse_amz_date(std::string_view text);
// RFC 3986 encoding as SigV4 wants it: unreserved characters (A-Z a-z 0-9 - _ . ~) stay,
// everything else becomes %XX (upper-case hex); '/' stays only when keep_slash.
std::string uri_encode(std::string_view text, bool keep_slash);
std::string percent_decode(std::string_view text);

// The canonical request of `req` for the given lower-case signed header names. `exclude_query`
// names a query parameter to leave out (X-Amz-Signature in the presigned form).
std::string canonical_request(const http::request& req,
                              const std::vector<std::string>& signed_headers,
                              std::string_view payload_hash, uri_mode mode,
                              std::string_view exclude_query = {});
std::string string_to_sign(std::string_view amz_date, const signing_scope& scope,
                           std::string_view canonical_request);
// The derived key: HMAC chain over date (YYYYMMDD), region, service and "aws4_request".
std::string signing_key(std::string_view secret, std::string_view date, const signing_scope& scope);
std::string signature(std::string_view signing_key, std::string_view string_to_sign);  // hex

// ----- client side -----

struct sign_options {
  signing_scope scope;
  clock_time time;
  uri_mode mode = uri_mode::normalize_and_encode;
  // S3 and some clients send x-amz-content-sha256; when set, the header is added and signed.
  bool add_content_sha256_header = false;
  // Payload hash to sign instead of the body's ("UNSIGNED-PAYLOAD" for presigned S3 URLs).
  std::optional<std::string> payload_hash;
};

// Adds X-Amz-Date, X-Amz-Security-Token (when the credentials carry one), optionally
// x-amz-content-sha256, and Authorization. Signs host, x-amz-* headers, content-type and every
// header already present that AWS requires to be signed. `req` must carry a Host header
// (std::invalid_argument otherwise). The payload hash is options.payload_hash, else an
// x-amz-content-sha256 value already on the request, else the body's SHA-256.
void sign(http::request& req, const credentials& creds, const sign_options& options);

// Appends X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders,
// X-Amz-Security-Token (when present) and X-Amz-Signature to the target's query string.
// Signs the same headers as sign(); the payload hash is options.payload_hash, else
// UNSIGNED-PAYLOAD for s3_as_is, else the body's SHA-256.
void presign(http::request& req, const credentials& creds, const sign_options& options,
             std::chrono::seconds expires);

// ----- server side -----

// What a request claims about its signature, read from the Authorization header or from the
// presigned query parameters.
struct authorization {
  bool presigned = false;
  std::string access_key_id;
  std::string date;  // YYYYMMDD from the credential scope
  signing_scope scope;
  std::vector<std::string> signed_headers;
  std::string signature;
  std::string amz_date;       // X-Amz-Date (or Date header converted), "YYYYMMDDTHHMMSSZ"
  std::string session_token;  // X-Amz-Security-Token, header or query
  std::chrono::seconds expires{0};  // presigned only
};

enum class parse_status {
  ok,
  missing,    // no Authorization header and no X-Amz-Algorithm query parameter
  malformed,  // present but not a well-formed SigV4 authorization
};

struct parse_result {
  parse_status status = parse_status::missing;
  std::string detail;  // what is wrong, for the error message, when not ok
  authorization auth;
};

// Never throws. Query parameters are percent-decoded with '+' kept as a literal plus (RFC 3986,
// as SigV4 canonicalises). X-Amz-Expires above 604800 (7 days) is malformed, as in S3.
parse_result parse_authorization(const http::request& req);

enum class verify_status {
  ok,
  signature_mismatch,     // recomputed signature differs
  token_mismatch,         // session token absent, unexpected, or different
  expired,                // presigned URL past X-Amz-Expires, or header form outside the skew
  payload_hash_mismatch,  // x-amz-content-sha256 differs from the body's hash
};

struct verify_options {
  uri_mode mode = uri_mode::normalize_and_encode;
  clock_time now;                           // for expiry and skew checks
  std::chrono::seconds max_skew{15 * 60};   // AWS allows 15 minutes
  bool check_time = true;                   // off for replaying fixed test vectors
};

struct verify_result {
  verify_status status = verify_status::ok;
  std::string detail;  // for mismatch: the canonical request and string to sign AWS-style
};

// Recomputes the signature of `req` with `creds` (looked up by auth.access_key_id) and compares.
// Never throws. Checks in order: session token (it must equal creds.session_token, but need not
// be signed: some services take it added after signing), time, signature, then the body against
// a hex x-amz-content-sha256.
verify_result verify(const http::request& req, const authorization& auth,
                     const credentials& creds, const verify_options& options);

}  // namespace mockaws::sigv4
