#pragma once
// Test support: a self-signed certificate made at run time (no key material in the repository),
// for serving HTTPS on loopback to a client that is told to trust it.

#include <string>
#include <string_view>

namespace hipaasim::testing {

struct tls_identity {
  std::string certificate_pem;
  std::string private_key_pem;
};

// An ECDSA P-256 certificate for `dns_name` (subject CN and subjectAltName DNS), valid from an
// hour ago for a day. Throws std::runtime_error if OpenSSL fails.
tls_identity self_signed_identity(std::string_view dns_name);

}  // namespace hipaasim::testing
