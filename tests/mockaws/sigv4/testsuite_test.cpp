// The official SigV4 test suite (tests/data/sigv4-testsuite): every case folder holding a .req
// becomes its own parameterised test.

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "mockaws/sigv4/sigv4.hpp"

namespace {

namespace fs = std::filesystem;
namespace sigv4 = mockaws::sigv4;
using mockaws::http::request;

const fs::path suite_root = fs::path(HIPAASIM_SOURCE_DIR) / "tests" / "data" / "sigv4-testsuite";

const sigv4::credentials suite_credentials{"AKIDEXAMPLE",
                                           "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", ""};
const sigv4::signing_scope suite_scope{"us-east-1", "service"};
constexpr std::string_view suite_amz_date = "20150830T123600Z";

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string lower(std::string_view text) { return mockaws::http::to_lower(text); }

// The suite's HTTP files: request line, headers (a line starting with whitespace continues the
// previous value, kept raw so that canonicalisation has to fold it), blank line, body. The
// target may hold spaces (get-space), so it runs from the first space to the last.
request parse_http_file(const std::string& text) {
  const auto blank = text.find("\n\n");
  std::istringstream head(text.substr(0, blank));
  request req;
  if (blank != std::string::npos) req.body = text.substr(blank + 2);
  std::string line;
  std::getline(head, line);
  req.method = line.substr(0, line.find(' '));
  req.target = line.substr(line.find(' ') + 1, line.rfind(' ') - line.find(' ') - 1);
  while (std::getline(head, line)) {
    if (line.empty()) continue;
    if (line.front() == ' ' || line.front() == '\t') {
      req.headers.back().second += '\n' + line;
      continue;
    }
    const auto colon = line.find(':');
    req.headers.emplace_back(lower(line.substr(0, colon)), line.substr(colon + 1));
  }
  return req;
}

struct suite_case {
  std::string name;  // folder relative to the suite root, e.g. "normalize-path/get-space"

  fs::path file(std::string_view extension) const {
    const fs::path dir = suite_root / name;
    return dir / (dir.filename().string() + std::string(extension));
  }
  std::string text(std::string_view extension) const { return read_text(file(extension)); }
  request http(std::string_view extension) const { return parse_http_file(text(extension)); }

  // The suite's session token lives only in the signed request.
  std::string session_token() const {
    return std::string(http(".sreq").header("x-amz-security-token"));
  }
  sigv4::credentials credentials() const {
    auto creds = suite_credentials;
    creds.session_token = session_token();
    return creds;
  }
  // The suite's readme: in post-sts-header-after the token is added once the signature is
  // computed; in the other token cases the signer adds (or keeps) it and signs it.
  bool token_added_after_signing() const { return name.ends_with("post-sts-header-after"); }

  // See testsuite_data.session_token_sreq_carries_get_vanillas_signature; the .req with the
  // .authz covers that case instead (request_with_authz_verifies).
  bool sreq_signature_is_wrong() const { return name == "get-vanilla-with-session-token"; }

  // The request as the signer sees it.
  request signing_request() const {
    auto req = http(".req");
    if (!session_token().empty() && !token_added_after_signing())
      req.set_header("x-amz-security-token", session_token());
    return req;
  }
};

void PrintTo(const suite_case& c, std::ostream* out) { *out << c.name; }

std::vector<suite_case> discover_cases() {
  std::vector<suite_case> cases;
  for (const auto& entry : fs::recursive_directory_iterator(suite_root)) {
    if (!entry.is_directory()) continue;
    const auto leaf = entry.path().filename().string();
    if (fs::exists(entry.path() / (leaf + ".req")))
      cases.push_back({fs::relative(entry.path(), suite_root).generic_string()});
  }
  std::sort(cases.begin(), cases.end(),
            [](const auto& a, const auto& b) { return a.name < b.name; });
  return cases;
}

// The suite signs every header of the request.
std::vector<std::string> all_header_names(const request& req) {
  std::vector<std::string> names;
  for (const auto& [name, value] : req.headers) names.push_back(lower(name));
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// Whether sign(), which picks host, content-type, content-md5 and x-amz-* itself, signs the same
// header set as the suite.
bool sign_picks_same_headers(const request& req) {
  const auto names = all_header_names(req);
  return std::all_of(names.begin(), names.end(), [](const std::string& n) {
    return n == "host" || n == "content-type" || n == "content-md5" || n.starts_with("x-amz-");
  });
}

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ";") + name;
  return out;
}

std::string suite_canonical_request(const suite_case& c) {
  const auto req = c.signing_request();
  return sigv4::canonical_request(req, all_header_names(req), sigv4::sha256_hex(req.body),
                                  sigv4::uri_mode::normalize_and_encode);
}

std::string suite_string_to_sign(const suite_case& c) {
  return sigv4::string_to_sign(suite_amz_date, suite_scope, suite_canonical_request(c));
}

sigv4::verify_options replay_options() {
  sigv4::verify_options options;
  options.check_time = false;
  return options;
}

class testsuite : public ::testing::TestWithParam<suite_case> {};

TEST_P(testsuite, canonical_request_matches_creq) {
  EXPECT_EQ(suite_canonical_request(GetParam()), GetParam().text(".creq"));
}

TEST_P(testsuite, string_to_sign_matches_sts) {
  EXPECT_EQ(suite_string_to_sign(GetParam()), GetParam().text(".sts"));
}

TEST_P(testsuite, authorization_matches_authz) {
  const auto& c = GetParam();
  const auto key = sigv4::signing_key(suite_credentials.secret_access_key, "20150830", suite_scope);
  const std::string authz =
      "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
      "SignedHeaders=" + join(all_header_names(c.signing_request())) +
      ", Signature=" + sigv4::signature(key, suite_string_to_sign(c));
  EXPECT_EQ(authz, c.text(".authz"));

  if (!sign_picks_same_headers(c.signing_request())) return;
  auto req = c.http(".req");
  auto creds = c.credentials();
  if (c.token_added_after_signing()) creds.session_token.clear();
  sigv4::sign(req, creds, {suite_scope, *sigv4::parse_amz_date(suite_amz_date)});
  EXPECT_EQ(req.header("authorization"), c.text(".authz"));
}

TEST_P(testsuite, signed_request_verifies) {
  const auto& c = GetParam();
  const auto sreq = c.http(".sreq");
  const auto parsed = sigv4::parse_authorization(sreq);
  ASSERT_EQ(parsed.status, sigv4::parse_status::ok) << parsed.detail;
  const auto result = sigv4::verify(sreq, parsed.auth, c.credentials(), replay_options());
  EXPECT_EQ(result.status, c.sreq_signature_is_wrong() ? sigv4::verify_status::signature_mismatch
                                                       : sigv4::verify_status::ok)
      << result.detail;
}

// The .req plus the .authz, signed token included.
TEST_P(testsuite, request_with_authz_verifies) {
  const auto& c = GetParam();
  auto req = c.signing_request();
  req.set_header("authorization", c.text(".authz"));
  if (c.token_added_after_signing()) req.set_header("x-amz-security-token", c.session_token());
  const auto parsed = sigv4::parse_authorization(req);
  ASSERT_EQ(parsed.status, sigv4::parse_status::ok) << parsed.detail;
  const auto result = sigv4::verify(req, parsed.auth, c.credentials(), replay_options());
  EXPECT_EQ(result.status, sigv4::verify_status::ok) << result.detail;
}

TEST_P(testsuite, wrong_secret_is_signature_mismatch) {
  const auto& c = GetParam();
  const auto sreq = c.http(".sreq");
  const auto parsed = sigv4::parse_authorization(sreq);
  ASSERT_EQ(parsed.status, sigv4::parse_status::ok) << parsed.detail;
  auto creds = c.credentials();
  creds.secret_access_key = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEz";
  const auto result = sigv4::verify(sreq, parsed.auth, creds, replay_options());
  EXPECT_EQ(result.status, sigv4::verify_status::signature_mismatch);
  const auto server_creq =
      sigv4::canonical_request(sreq, parsed.auth.signed_headers, sigv4::sha256_hex(sreq.body),
                               sigv4::uri_mode::normalize_and_encode);
  EXPECT_NE(result.detail.find("'" + server_creq + "'"), std::string::npos) << result.detail;
}

std::string case_test_name(const ::testing::TestParamInfo<suite_case>& info) {
  std::string name = info.param.name;
  std::replace_if(name.begin(), name.end(), [](unsigned char ch) { return !std::isalnum(ch); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(official, testsuite, ::testing::ValuesIn(discover_cases()),
                         case_test_name);

TEST(testsuite_data, every_case_is_discovered) {
  EXPECT_EQ(discover_cases().size(), 34u);
}

// Our copy's get-vanilla-with-session-token.sreq is inconsistent: it claims to sign
// host;x-amz-date;x-amz-security-token but carries get-vanilla's signature, not the .authz one.
TEST(testsuite_data, session_token_sreq_carries_get_vanillas_signature) {
  const suite_case c{"get-vanilla-with-session-token"};
  auto with_authz = c.signing_request();
  with_authz.set_header("authorization", c.text(".authz"));
  const auto sreq = sigv4::parse_authorization(c.http(".sreq")).auth;
  EXPECT_EQ(sreq.signature, sigv4::parse_authorization(suite_case{"get-vanilla"}.http(".sreq")).auth.signature);
  EXPECT_NE(sreq.signature, sigv4::parse_authorization(with_authz).auth.signature);
  EXPECT_EQ(sreq.signed_headers, sigv4::parse_authorization(with_authz).auth.signed_headers);
}

// post-sts-header-after: the token is sent but not signed. Accepted (services that want it
// added after signing exist), as long as it is the credentials' token.
TEST(testsuite_data, unsigned_session_token_must_still_match_the_credentials) {
  const suite_case c{"post-sts-token/post-sts-header-after"};
  const auto sreq = c.http(".sreq");
  const auto parsed = sigv4::parse_authorization(sreq);
  ASSERT_EQ(parsed.status, sigv4::parse_status::ok);
  EXPECT_EQ(parsed.auth.session_token, c.session_token());

  EXPECT_EQ(sigv4::verify(sreq, parsed.auth, c.credentials(), replay_options()).status,
            sigv4::verify_status::ok);
  EXPECT_EQ(sigv4::verify(sreq, parsed.auth, suite_credentials, replay_options()).status,
            sigv4::verify_status::token_mismatch);
  auto other = c.credentials();
  other.session_token += "x";
  EXPECT_EQ(sigv4::verify(sreq, parsed.auth, other, replay_options()).status,
            sigv4::verify_status::token_mismatch);
}

}  // namespace
