// The client side: sign() adds an Authorization header, presign() a presigned query string.

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "mockaws/sigv4/sigv4.hpp"
#include "mockaws/sigv4/sigv4_internal.hpp"

namespace mockaws::sigv4 {

using namespace detail;

namespace {

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

}  // namespace

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

}  // namespace mockaws::sigv4
