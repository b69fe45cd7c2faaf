// Hashing over OpenSSL (SHA-256, HMAC-SHA256, hex), the SigV4 signing-key derivation and its
// cache, and the signature computation that the client and the server share.

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>

#include "mockaws/sigv4/sigv4.hpp"
#include "mockaws/sigv4/sigv4_internal.hpp"

namespace mockaws::sigv4 {

using namespace detail;

namespace {

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

}  // namespace

namespace detail {

// ----- shared by the client and the server -----

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

}  // namespace detail

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

std::string signing_key(std::string_view secret, std::string_view date, const signing_scope& scope) {
  const std::string k_date = hmac_sha256("AWS4" + std::string(secret), date);
  const std::string k_region = hmac_sha256(k_date, scope.region);
  const std::string k_service = hmac_sha256(k_region, scope.service);
  return hmac_sha256(k_service, scope_terminator);
}

std::string signature(std::string_view signing_key, std::string_view string_to_sign) {
  return hex(hmac_sha256(signing_key, string_to_sign));
}

}  // namespace mockaws::sigv4
