// Signing and verifying: round trips, every way a request can fail, and cross-checks against
// the AWS documentation and botocore.

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "mockaws/sigv4/sigv4.hpp"

namespace {

namespace sigv4 = mockaws::sigv4;
using namespace std::chrono_literals;
using mockaws::http::request;
using sigv4::parse_status;
using sigv4::uri_mode;
using sigv4::verify_status;

const sigv4::credentials long_term{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", ""};
const sigv4::credentials temporary{"ASIAEXAMPLE", "temporary/secret+key",
                                   "FQoGZXIvYXdzEXAMPLE//token+value="};
const sigv4::signing_scope scope{"us-east-1", "service"};
const sigv4::clock_time signed_at = *sigv4::parse_amz_date("20240102T030405Z");

request make_request(std::string method, std::string target, std::string body = {}) {
  return {std::move(method), std::move(target), {{"host", "example.amazonaws.com"}},
          std::move(body)};
}

// A request with what makes canonicalisation interesting: an encoded path with a dot segment,
// a query with '+' and an encoded value, and signed and unsigned headers.
request rich_request() {
  auto req = make_request("PUT", "/bucket/./my%20key/a+b.txt?versionId=x%2By&tagging&a=b+c", "hello");
  req.headers.emplace_back("content-type", "text/plain");
  req.headers.emplace_back("x-amz-meta-owner", "  Alice   Smith ");
  req.headers.emplace_back("user-agent", "test/1.0");
  return req;
}

sigv4::sign_options sign_options_for(uri_mode mode) { return {scope, signed_at, mode}; }

sigv4::verify_options verify_options_for(uri_mode mode, sigv4::clock_time now = signed_at) {
  sigv4::verify_options options;
  options.mode = mode;
  options.now = now;
  return options;
}

sigv4::verify_result parse_and_verify(const request& req, const sigv4::credentials& creds,
                                      const sigv4::verify_options& options) {
  const auto parsed = sigv4::parse_authorization(req);
  if (parsed.status != parse_status::ok) {
    ADD_FAILURE() << "parse_authorization: " << parsed.detail;
    return {verify_status::signature_mismatch, parsed.detail};
  }
  return sigv4::verify(req, parsed.auth, creds, options);
}

std::string replace(std::string text, std::string_view from, std::string_view to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from << " not in " << text;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

// ----- building blocks -----

TEST(sigv4_blocks, uri_encode_keeps_only_unreserved_characters) {
  EXPECT_EQ(sigv4::uri_encode("az-AZ_09.~", false), "az-AZ_09.~");
  EXPECT_EQ(sigv4::uri_encode("a b/c+d=e%f*", true), "a%20b/c%2Bd%3De%25f%2A");
  EXPECT_EQ(sigv4::uri_encode("a/b", false), "a%2Fb");
  EXPECT_EQ(sigv4::uri_encode("\xe1\x88\xb4", false), "%E1%88%B4");
}

TEST(sigv4_blocks, percent_decode_keeps_plus_and_bad_escapes) {
  EXPECT_EQ(sigv4::percent_decode("a%20b+c%2B%e1%88%B4"), "a b+c+\xe1\x88\xb4");
  EXPECT_EQ(sigv4::percent_decode("100%"), "100%");
  EXPECT_EQ(sigv4::percent_decode("%zz%4"), "%zz%4");
}

TEST(sigv4_blocks, amz_date_round_trips_and_rejects_nonsense) {
  EXPECT_EQ(sigv4::format_amz_date(signed_at), "20240102T030405Z");
  EXPECT_EQ(sigv4::format_amz_date(signed_at + 999ms), "20240102T030405Z");
  EXPECT_TRUE(sigv4::parse_amz_date("20240229T235959Z"));
  for (const auto* bad : {"20230229T000000Z", "20240102T240000Z", "20240102T030405",
                          "2024-01-02T03:04:05Z", "2024010xT030405Z", "99991231T000000Z", ""})
    EXPECT_FALSE(sigv4::parse_amz_date(bad)) << bad;
}

TEST(sigv4_blocks, sha256_and_hmac_match_known_values) {
  EXPECT_EQ(sigv4::sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  // RFC 4231, test case 2.
  EXPECT_EQ(sigv4::hex(sigv4::hmac_sha256("Jefe", "what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  // An empty key (even a null view) is an empty key, not the previous call's.
  EXPECT_EQ(sigv4::hex(sigv4::hmac_sha256(std::string_view{}, "")),
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
}

std::string canonical_uri_and_query(const std::string& target, uri_mode mode,
                                    std::string_view exclude = {}) {
  const auto creq = sigv4::canonical_request(make_request("GET", target), {"host"}, "-", mode, exclude);
  const auto first = creq.find('\n') + 1;
  const auto second = creq.find('\n', first) + 1;
  return creq.substr(first, creq.find('\n', second) - first);
}

TEST(sigv4_blocks, canonical_uri_normalises_and_double_encodes_except_for_s3) {
  EXPECT_EQ(canonical_uri_and_query("/a/./b/../c//d/%24x", uri_mode::normalize_and_encode),
            "/a/c/d/%2524x\n");
  EXPECT_EQ(canonical_uri_and_query("/a/b/.", uri_mode::normalize_and_encode), "/a/b/\n");
  EXPECT_EQ(canonical_uri_and_query("/a/./b/../c//d/%24x", uri_mode::s3_as_is),
            "/a/./b/../c//d/%24x\n");
  EXPECT_EQ(canonical_uri_and_query("", uri_mode::s3_as_is), "/\n");
  EXPECT_EQ(canonical_uri_and_query("?x=1", uri_mode::normalize_and_encode), "/\nx=1");
}

// '+' is not a space in SigV4's canonical query: it is a literal plus, signed as %2B.
TEST(sigv4_blocks, canonical_query_sorts_reencodes_and_keeps_plus) {
  EXPECT_EQ(canonical_uri_and_query("/?b=2&a=x%20y&a=1&c&q=a+b", uri_mode::s3_as_is),
            "/\na=1&a=x%20y&b=2&c=&q=a%2Bb");
  EXPECT_EQ(canonical_uri_and_query("/?&&x=%7e&", uri_mode::s3_as_is), "/\nx=~");
  EXPECT_EQ(canonical_uri_and_query("/?a=1&X-Amz-Signature=ab", uri_mode::s3_as_is,
                                    "X-Amz-Signature"),
            "/\na=1");
}

// ----- signing -----

TEST(sigv4_sign, adds_the_headers_and_signs_what_aws_requires) {
  auto req = rich_request();
  req.headers.emplace_back("content-md5", "XUFAKrxLKna5cZ2REBfFkg==");
  auto options = sign_options_for(uri_mode::s3_as_is);
  options.add_content_sha256_header = true;
  sigv4::sign(req, temporary, options);

  EXPECT_EQ(req.header("x-amz-date"), "20240102T030405Z");
  EXPECT_EQ(req.header("x-amz-security-token"), temporary.session_token);
  EXPECT_EQ(req.header("x-amz-content-sha256"), sigv4::sha256_hex("hello"));
  const auto parsed = sigv4::parse_authorization(req);
  ASSERT_EQ(parsed.status, parse_status::ok) << parsed.detail;
  EXPECT_EQ(parsed.auth.signed_headers,
            (std::vector<std::string>{"content-md5", "content-type", "host", "x-amz-content-sha256",
                                      "x-amz-date", "x-amz-meta-owner", "x-amz-security-token"}));
  EXPECT_EQ(parsed.auth.access_key_id, "ASIAEXAMPLE");
  EXPECT_EQ(parsed.auth.date, "20240102");
  EXPECT_EQ(parsed.auth.scope.region, "us-east-1");
  EXPECT_EQ(parsed.auth.scope.service, "service");
}

TEST(sigv4_sign, requires_a_host_header) {
  request req{"GET", "/", {}, ""};
  EXPECT_THROW(sigv4::sign(req, long_term, sign_options_for(uri_mode::s3_as_is)),
               std::invalid_argument);
  EXPECT_THROW(sigv4::presign(req, long_term, sign_options_for(uri_mode::s3_as_is), 60s),
               std::invalid_argument);
}

TEST(sigv4_sign, presign_appends_to_the_existing_query) {
  auto req = make_request("GET", "/key?versionId=3");
  sigv4::presign(req, temporary, sign_options_for(uri_mode::s3_as_is), 300s);
  EXPECT_TRUE(req.target.starts_with(
      "/key?versionId=3&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAEXAMPLE%2F20240102"
      "%2Fus-east-1%2Fservice%2Faws4_request&X-Amz-Date=20240102T030405Z&X-Amz-Expires=300"
      "&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FQoGZXIvYXdzEXAMPLE%2F%2Ftoken%2Bvalue%3D"
      "&X-Amz-Signature="))
      << req.target;
  EXPECT_FALSE(req.has_header("authorization"));
  EXPECT_FALSE(req.has_header("x-amz-date"));
}

// ----- round trips -----

TEST(sigv4_round_trip, header_form_in_both_modes_with_and_without_token) {
  for (const auto mode : {uri_mode::normalize_and_encode, uri_mode::s3_as_is})
    for (const auto& creds : {long_term, temporary})
      for (const bool content_sha256 : {false, true}) {
        SCOPED_TRACE(testing::Message() << "mode " << static_cast<int>(mode) << ", key "
                                        << creds.access_key_id << ", sha256 header "
                                        << content_sha256);
        auto req = rich_request();
        auto options = sign_options_for(mode);
        options.add_content_sha256_header = content_sha256;
        sigv4::sign(req, creds, options);
        const auto result = parse_and_verify(req, creds, verify_options_for(mode));
        EXPECT_EQ(result.status, verify_status::ok) << result.detail;
      }
}

TEST(sigv4_round_trip, presigned_form_in_both_modes_with_and_without_token) {
  for (const auto mode : {uri_mode::normalize_and_encode, uri_mode::s3_as_is})
    for (const auto& creds : {long_term, temporary}) {
      SCOPED_TRACE(testing::Message() << "mode " << static_cast<int>(mode) << ", key "
                                      << creds.access_key_id);
      auto req = rich_request();
      sigv4::presign(req, creds, sign_options_for(mode), 3600s);
      const auto parsed = sigv4::parse_authorization(req);
      ASSERT_EQ(parsed.status, parse_status::ok) << parsed.detail;
      EXPECT_TRUE(parsed.auth.presigned);
      EXPECT_EQ(parsed.auth.expires, 3600s);
      EXPECT_EQ(parsed.auth.session_token, creds.session_token);
      const auto result = sigv4::verify(req, parsed.auth, creds, verify_options_for(mode));
      EXPECT_EQ(result.status, verify_status::ok) << result.detail;
    }
}

TEST(sigv4_round_trip, presigned_s3_urls_leave_the_body_unsigned_other_services_do_not) {
  auto s3 = rich_request();
  sigv4::presign(s3, long_term, sign_options_for(uri_mode::s3_as_is), 60s);
  s3.body = "another body";
  EXPECT_EQ(parse_and_verify(s3, long_term, verify_options_for(uri_mode::s3_as_is)).status,
            verify_status::ok);

  auto other = rich_request();
  sigv4::presign(other, long_term, sign_options_for(uri_mode::normalize_and_encode), 60s);
  other.body = "another body";
  EXPECT_EQ(
      parse_and_verify(other, long_term, verify_options_for(uri_mode::normalize_and_encode)).status,
      verify_status::signature_mismatch);
}

// The Date header instead of X-Amz-Date (older clients): the string to sign carries the
// timestamp converted to the ISO 8601 basic form.
TEST(sigv4_round_trip, date_header_stands_in_for_x_amz_date) {
  auto req = make_request("GET", "/");
  req.headers.emplace_back("date", "Tue, 02 Jan 2024 03:04:05 GMT");
  const auto creq = sigv4::canonical_request(req, {"date", "host"}, sigv4::sha256_hex(""),
                                             uri_mode::normalize_and_encode);
  const auto sts = sigv4::string_to_sign("20240102T030405Z", scope, creq);
  const auto sig = sigv4::signature(
      sigv4::signing_key(long_term.secret_access_key, "20240102", scope), sts);
  req.set_header("authorization",
                 "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/aws4_request, "
                 "SignedHeaders=date;host, Signature=" + sig);

  const auto parsed = sigv4::parse_authorization(req);
  ASSERT_EQ(parsed.status, parse_status::ok) << parsed.detail;
  EXPECT_EQ(parsed.auth.amz_date, "20240102T030405Z");
  EXPECT_EQ(sigv4::verify(req, parsed.auth, long_term, verify_options_for(uri_mode::s3_as_is)).status,
            verify_status::ok);
}

// ----- tampering -----

TEST(sigv4_tamper, changes_to_signed_parts_are_signature_mismatches) {
  auto signed_req = rich_request();
  sigv4::sign(signed_req, long_term, sign_options_for(uri_mode::normalize_and_encode));
  const auto options = verify_options_for(uri_mode::normalize_and_encode);

  auto body = signed_req;
  body.body = "Hello";
  auto query = signed_req;
  query.target = replace(query.target, "versionId=x%2By", "versionId=x%2Bz");
  auto header = signed_req;
  header.set_header("x-amz-meta-owner", "Mallory");
  auto method = signed_req;
  method.method = "POST";
  for (const auto* tampered : {&body, &query, &header, &method}) {
    const auto result = parse_and_verify(*tampered, long_term, options);
    EXPECT_EQ(result.status, verify_status::signature_mismatch);
    EXPECT_TRUE(contains(result.detail, "The Canonical String for this request should have been"));
    EXPECT_TRUE(contains(result.detail, "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n"));
  }

  auto unsigned_header = signed_req;
  unsigned_header.set_header("user-agent", "something else");
  EXPECT_EQ(parse_and_verify(unsigned_header, long_term, options).status, verify_status::ok);
}

TEST(sigv4_tamper, mismatch_detail_shows_the_servers_canonical_request) {
  auto req = make_request("GET", "/a%20b?x=1");
  sigv4::sign(req, long_term, sign_options_for(uri_mode::normalize_and_encode));
  auto other = long_term;
  other.secret_access_key = "not the secret";
  const auto result =
      parse_and_verify(req, other, verify_options_for(uri_mode::normalize_and_encode));
  ASSERT_EQ(result.status, verify_status::signature_mismatch);
  EXPECT_TRUE(contains(result.detail,
                       "'GET\n/a%2520b\nx=1\nhost:example.amazonaws.com\n"
                       "x-amz-date:20240102T030405Z\n\nhost;x-amz-date\n"
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"))
      << result.detail;
}

// ----- parse_authorization -----

struct garbled_case {
  const char* name;
  const char* authorization;  // nullptr: no Authorization header
  parse_status status;
  const char* detail;  // expected in the detail
};

constexpr const char* good_credential = "Credential=AKIDEXAMPLE/20240102/us-east-1/service/aws4_request";

class garbled_header : public testing::TestWithParam<garbled_case> {};

TEST_P(garbled_header, gives_the_right_status_and_a_precise_detail) {
  auto req = make_request("GET", "/");
  req.headers.emplace_back("x-amz-date", "20240102T030405Z");
  if (GetParam().authorization) req.headers.emplace_back("authorization", GetParam().authorization);
  const auto parsed = sigv4::parse_authorization(req);
  EXPECT_EQ(parsed.status, GetParam().status);
  EXPECT_TRUE(contains(parsed.detail, GetParam().detail)) << parsed.detail;
}

INSTANTIATE_TEST_SUITE_P(
    sigv4_parse, garbled_header,
    testing::Values(
        garbled_case{"absent", nullptr, parse_status::missing, "neither an Authorization header"},
        garbled_case{"empty", "", parse_status::malformed, "unsupported authorization algorithm ''"},
        garbled_case{"bearer", "Bearer abc", parse_status::malformed,
                     "unsupported authorization algorithm 'Bearer'"},
        garbled_case{"sigv2", "AWS AKIDEXAMPLE:c2lnbmF0dXJl", parse_status::malformed,
                     "algorithm 'AWS'; expected AWS4-HMAC-SHA256"},
        garbled_case{"sigv4a", "AWS4-ECDSA-P256-SHA256 Credential=a", parse_status::malformed,
                     "'AWS4-ECDSA-P256-SHA256'"},
        garbled_case{"no_components", "AWS4-HMAC-SHA256", parse_status::malformed,
                     "requires 'Credential' parameter"},
        garbled_case{"no_signed_headers",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/"
                     "aws4_request, Signature=abc",
                     parse_status::malformed, "requires 'SignedHeaders' parameter"},
        garbled_case{"empty_signature",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/"
                     "aws4_request, SignedHeaders=host, Signature=",
                     parse_status::malformed, "requires 'Signature' parameter"},
        garbled_case{"not_key_value", "AWS4-HMAC-SHA256 Credential", parse_status::malformed,
                     "'Credential' is not of the form key=value"},
        garbled_case{"unknown_component", "AWS4-HMAC-SHA256 Foo=bar", parse_status::malformed,
                     "unknown component 'Foo'"},
        garbled_case{"repeated_component", "AWS4-HMAC-SHA256 Signature=a, Signature=b",
                     parse_status::malformed, "repeats 'Signature'"},
        garbled_case{"credential_four_parts",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/aws4_request, "
                     "SignedHeaders=host, Signature=abc",
                     parse_status::malformed, "must have 5 '/'-separated parts"},
        garbled_case{"credential_terminator",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/"
                     "aws4_reqest, SignedHeaders=host, Signature=abc",
                     parse_status::malformed, "valid terminator: 'aws4_request', not 'aws4_reqest'"},
        garbled_case{"credential_empty_part",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102//service/aws4_request, "
                     "SignedHeaders=host, Signature=abc",
                     parse_status::malformed, "has an empty part"},
        garbled_case{"credential_date",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/service/"
                     "aws4_request, SignedHeaders=host, Signature=abc",
                     parse_status::malformed, "'20240101' != '20240102'"},
        garbled_case{"no_host",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/"
                     "aws4_request, SignedHeaders=x-amz-date, Signature=abc",
                     parse_status::malformed, "'Host' must be a 'SignedHeader'"},
        garbled_case{"absent_signed_header",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/"
                     "aws4_request, SignedHeaders=host;x-amz-foo, Signature=abc",
                     parse_status::malformed, "signed header 'x-amz-foo' is not present"},
        garbled_case{"empty_signed_header",
                     "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/service/"
                     "aws4_request, SignedHeaders=host;;x-amz-date, Signature=abc",
                     parse_status::malformed, "empty header name"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(sigv4_parse, tolerates_component_order_and_spacing) {
  auto req = make_request("GET", "/");
  req.headers.emplace_back("x-amz-date", "20240102T030405Z");
  req.headers.emplace_back("authorization",
                           " AWS4-HMAC-SHA256   SignedHeaders=host;x-amz-date,Signature=abc ,"
                           "Credential=AKIDEXAMPLE/20240102/us-east-1/service/aws4_request ");
  const auto parsed = sigv4::parse_authorization(req);
  ASSERT_EQ(parsed.status, parse_status::ok) << parsed.detail;
  EXPECT_FALSE(parsed.auth.presigned);
  EXPECT_EQ(parsed.auth.access_key_id, "AKIDEXAMPLE");
  EXPECT_EQ(parsed.auth.signed_headers, (std::vector<std::string>{"host", "x-amz-date"}));
  EXPECT_EQ(parsed.auth.signature, "abc");
  EXPECT_EQ(parsed.auth.amz_date, "20240102T030405Z");
}

sigv4::parse_result parse_with_dates(const char* amz_date, const char* date) {
  auto req = make_request("GET", "/");
  if (amz_date) req.headers.emplace_back("x-amz-date", amz_date);
  if (date) req.headers.emplace_back("date", date);
  req.headers.emplace_back("authorization", std::string("AWS4-HMAC-SHA256 ") + good_credential +
                                                ", SignedHeaders=host, Signature=abc");
  return sigv4::parse_authorization(req);
}

TEST(sigv4_parse, requires_a_usable_timestamp) {
  const auto none = parse_with_dates(nullptr, nullptr);
  EXPECT_EQ(none.status, parse_status::malformed);
  EXPECT_TRUE(contains(none.detail, "either a 'X-Amz-Date' or a 'Date' header")) << none.detail;

  const auto extended = parse_with_dates("2024-01-02T03:04:05Z", nullptr);
  EXPECT_EQ(extended.status, parse_status::malformed);
  EXPECT_TRUE(contains(extended.detail, "'2024-01-02T03:04:05Z' is not of the form")) << extended.detail;

  const auto bad_date = parse_with_dates(nullptr, "Tuesday");
  EXPECT_EQ(bad_date.status, parse_status::malformed);
  EXPECT_TRUE(contains(bad_date.detail, "is not RFC 1123")) << bad_date.detail;

  // X-Amz-Date wins over Date.
  const auto both = parse_with_dates("20240102T030405Z", "Wed, 03 Jan 2024 00:00:00 GMT");
  ASSERT_EQ(both.status, parse_status::ok) << both.detail;
  EXPECT_EQ(both.auth.amz_date, "20240102T030405Z");
}

class presigned_query : public testing::Test {
 protected:
  // A valid presigned target to break one piece at a time.
  std::string presigned_target() const {
    auto req = make_request("GET", "/key");
    sigv4::presign(req, temporary, sign_options_for(uri_mode::s3_as_is), 600s);
    return req.target;
  }
  static sigv4::parse_result parse(std::string target) {
    return sigv4::parse_authorization(make_request("GET", std::move(target)));
  }
};

TEST_F(presigned_query, reads_every_parameter) {
  const auto parsed = parse(presigned_target());
  ASSERT_EQ(parsed.status, parse_status::ok) << parsed.detail;
  EXPECT_TRUE(parsed.auth.presigned);
  EXPECT_EQ(parsed.auth.access_key_id, "ASIAEXAMPLE");
  EXPECT_EQ(parsed.auth.amz_date, "20240102T030405Z");
  EXPECT_EQ(parsed.auth.expires, 600s);
  EXPECT_EQ(parsed.auth.signed_headers, std::vector<std::string>{"host"});
  EXPECT_EQ(parsed.auth.session_token, temporary.session_token);
  EXPECT_EQ(parsed.auth.signature.size(), 64u);
}

TEST_F(presigned_query, broken_parameters_are_malformed_with_a_precise_detail) {
  const std::string target = presigned_target();
  const std::vector<std::pair<std::string, std::string>> cases{
      {replace(target, "AWS4-HMAC-SHA256", "AWS4-HMAC-SHA1"), "only supports \"AWS4-HMAC-SHA256\""},
      {replace(target, "X-Amz-Signature=", "X-Amz-Sig="), "lacks the X-Amz-Signature query parameter"},
      {replace(target, "X-Amz-Date=", "X-Amz-Datum="), "lacks the X-Amz-Date query parameter"},
      {replace(target, "X-Amz-Expires=600", "X-Amz-Expires=604801"),
       "X-Amz-Expires must be less than a week (in seconds) that is; 604800"},
      {replace(target, "X-Amz-Expires=600", "X-Amz-Expires=-1"), "'-1' is not a non-negative integer"},
      {replace(target, "X-Amz-Expires=600", "X-Amz-Expires=1e3"), "'1e3' is not a non-negative integer"},
      {replace(target, "X-Amz-SignedHeaders=host", "X-Amz-SignedHeaders=x-amz-date"),
       "'Host' must be a 'SignedHeader'"},
      {replace(target, "%2Faws4_request", "%2Faws5_request"), "not 'aws5_request'"},
  };
  for (const auto& [broken, detail] : cases) {
    const auto parsed = parse(broken);
    EXPECT_EQ(parsed.status, parse_status::malformed) << broken;
    EXPECT_TRUE(contains(parsed.detail, detail)) << parsed.detail;
  }
  EXPECT_EQ(parse(replace(target, "X-Amz-Expires=600", "X-Amz-Expires=604800")).status,
            parse_status::ok);
}

TEST_F(presigned_query, header_and_query_authorization_together_are_malformed) {
  auto req = make_request("GET", presigned_target());
  req.headers.emplace_back("authorization", "AWS4-HMAC-SHA256 whatever");
  const auto parsed = sigv4::parse_authorization(req);
  EXPECT_EQ(parsed.status, parse_status::malformed);
  EXPECT_TRUE(contains(parsed.detail, "Only one auth mechanism allowed")) << parsed.detail;
}

// ----- time -----

TEST(sigv4_time, presigned_urls_expire_after_x_amz_expires) {
  auto req = make_request("GET", "/key");
  sigv4::presign(req, long_term, sign_options_for(uri_mode::s3_as_is), 3600s);
  const auto at = [&](sigv4::clock_time now) {
    return parse_and_verify(req, long_term, verify_options_for(uri_mode::s3_as_is, now));
  };
  EXPECT_EQ(at(signed_at + 3600s).status, verify_status::ok);
  const auto late = at(signed_at + 3601s);
  EXPECT_EQ(late.status, verify_status::expired);
  EXPECT_TRUE(contains(late.detail, "Request has expired")) << late.detail;
  EXPECT_TRUE(contains(late.detail, "ended at 20240102T040405Z")) << late.detail;
  // Within the skew before X-Amz-Date is fine; beyond it the URL is not valid yet.
  EXPECT_EQ(at(signed_at - 10min).status, verify_status::ok);
  const auto early = at(signed_at - 16min);
  EXPECT_EQ(early.status, verify_status::expired);
  EXPECT_TRUE(contains(early.detail, "not yet current")) << early.detail;
}

TEST(sigv4_time, header_form_allows_the_skew_either_way) {
  auto req = make_request("GET", "/");
  sigv4::sign(req, long_term, sign_options_for(uri_mode::normalize_and_encode));
  const auto at = [&](sigv4::clock_time now, std::chrono::seconds skew = 15min) {
    auto options = verify_options_for(uri_mode::normalize_and_encode, now);
    options.max_skew = skew;
    return parse_and_verify(req, long_term, options);
  };
  EXPECT_EQ(at(signed_at + 15min).status, verify_status::ok);
  EXPECT_EQ(at(signed_at - 15min).status, verify_status::ok);
  const auto late = at(signed_at + 15min + 1s);
  EXPECT_EQ(late.status, verify_status::expired);
  EXPECT_TRUE(contains(late.detail, "Signature expired: 20240102T030405Z is now earlier than "
                                    "20240102T030406Z (20240102T031906Z - 900 s)"))
      << late.detail;
  const auto early = at(signed_at - 15min - 1s);
  EXPECT_EQ(early.status, verify_status::expired);
  EXPECT_TRUE(contains(early.detail, "Signature not yet current")) << early.detail;
  EXPECT_EQ(at(signed_at + 6min, 5min).status, verify_status::expired);

  auto replay = verify_options_for(uri_mode::normalize_and_encode, signed_at + 24h * 365);
  replay.check_time = false;
  EXPECT_EQ(parse_and_verify(req, long_term, replay).status, verify_status::ok);
}

// ----- payload hash -----

request signed_with_content_sha256(std::optional<std::string> payload_hash) {
  auto req = make_request("PUT", "/bucket/key", "hello");
  auto options = sign_options_for(uri_mode::s3_as_is);
  options.add_content_sha256_header = true;
  options.payload_hash = std::move(payload_hash);
  sigv4::sign(req, long_term, options);
  return req;
}

TEST(sigv4_payload, a_body_that_does_not_match_x_amz_content_sha256_is_reported) {
  auto req = signed_with_content_sha256(std::nullopt);
  const auto options = verify_options_for(uri_mode::s3_as_is);
  EXPECT_EQ(parse_and_verify(req, long_term, options).status, verify_status::ok);
  req.body = "HELLO";
  const auto result = parse_and_verify(req, long_term, options);
  EXPECT_EQ(result.status, verify_status::payload_hash_mismatch);
  EXPECT_TRUE(contains(result.detail, "ClientComputedContentSHA256: " + sigv4::sha256_hex("hello")))
      << result.detail;
}

TEST(sigv4_payload, unsigned_and_streaming_payloads_are_accepted_as_is) {
  for (const auto* claim : {"UNSIGNED-PAYLOAD", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD"}) {
    auto req = signed_with_content_sha256(claim);
    req.body = "anything at all";
    const auto result = parse_and_verify(req, long_term, verify_options_for(uri_mode::s3_as_is));
    EXPECT_EQ(result.status, verify_status::ok) << claim << ": " << result.detail;
  }
}

TEST(sigv4_payload, a_value_that_is_no_hash_is_rejected) {
  const auto req = signed_with_content_sha256("not-a-hash");
  const auto result = parse_and_verify(req, long_term, verify_options_for(uri_mode::s3_as_is));
  EXPECT_EQ(result.status, verify_status::payload_hash_mismatch);
  EXPECT_TRUE(contains(result.detail, "must be UNSIGNED-PAYLOAD")) << result.detail;
}

// The signature is checked first, as S3 can only hash the body after reading it.
TEST(sigv4_payload, a_wrong_signature_is_reported_before_a_wrong_body) {
  auto req = signed_with_content_sha256(std::nullopt);
  req.body = "HELLO";
  auto other = long_term;
  other.secret_access_key = "wrong";
  EXPECT_EQ(parse_and_verify(req, other, verify_options_for(uri_mode::s3_as_is)).status,
            verify_status::signature_mismatch);
}

// ----- session tokens -----

TEST(sigv4_token, the_request_token_must_match_the_credentials) {
  const auto options = verify_options_for(uri_mode::normalize_and_encode);
  auto with_token = make_request("GET", "/");
  sigv4::sign(with_token, temporary, sign_options_for(uri_mode::normalize_and_encode));
  auto without_token = make_request("GET", "/");
  sigv4::sign(without_token, long_term, sign_options_for(uri_mode::normalize_and_encode));

  auto other_token = temporary;
  other_token.session_token = "another token";
  auto no_token = temporary;
  no_token.session_token.clear();
  auto long_term_with_token = long_term;
  long_term_with_token.session_token = "token";

  const auto different = parse_and_verify(with_token, other_token, options);
  EXPECT_EQ(different.status, verify_status::token_mismatch);
  EXPECT_TRUE(contains(different.detail, "security token included in the request is invalid"));
  const auto unexpected = parse_and_verify(with_token, no_token, options);
  EXPECT_EQ(unexpected.status, verify_status::token_mismatch);
  EXPECT_TRUE(contains(unexpected.detail, "takes no session token")) << unexpected.detail;
  const auto absent = parse_and_verify(without_token, long_term_with_token, options);
  EXPECT_EQ(absent.status, verify_status::token_mismatch);
  EXPECT_TRUE(contains(absent.detail, "carries no X-Amz-Security-Token")) << absent.detail;
}

TEST(sigv4_token, presigned_token_travels_in_the_query) {
  auto req = make_request("GET", "/key");
  sigv4::presign(req, temporary, sign_options_for(uri_mode::s3_as_is), 60s);
  auto other = temporary;
  other.session_token = "another token";
  EXPECT_EQ(parse_and_verify(req, other, verify_options_for(uri_mode::s3_as_is)).status,
            verify_status::token_mismatch);
}

// ----- cross-checks -----

// The AWS documentation's presigned-URL example (S3 User Guide, "Authenticating Requests:
// Using Query Parameters"), confirmed with botocore 1.43's S3SigV4QueryAuth.
TEST(sigv4_reference, aws_documentation_s3_presigned_url) {
  request req{"GET", "/test.txt", {{"host", "examplebucket.s3.amazonaws.com"}}, ""};
  const sigv4::credentials creds{"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ""};
  const auto when = *sigv4::parse_amz_date("20130524T000000Z");
  sigv4::presign(req, creds, {{"us-east-1", "s3"}, when, uri_mode::s3_as_is}, 86400s);
  EXPECT_EQ(req.target,
            "/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F"
            "20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires="
            "86400&X-Amz-SignedHeaders=host&X-Amz-Signature="
            "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");
  EXPECT_EQ(parse_and_verify(req, creds, verify_options_for(uri_mode::s3_as_is, when + 1h)).status,
            verify_status::ok);
}

// Expected values below were produced with botocore 1.43.11 (python3 -c ..., patching
// botocore.auth.get_current_datetime to return datetime(2024, 1, 2, 3, 4, 5)):
//   S3SigV4Auth(Credentials(akid, secret, token), 's3', 'us-east-1').add_auth(AWSRequest(...))
// on http:// so that botocore hashes the payload.
TEST(sigv4_reference, botocore_s3_put_with_session_token) {
  request req{"PUT",
              "/photos/my%20photo.jpg?x-id=PutObject",
              {{"host", "examplebucket.s3.amazonaws.com"},
               {"content-type", "text/plain"},
               {"x-amz-meta-owner", "Alice"}},
              "hello world"};
  const sigv4::credentials creds{"ASIAEXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                 "FQoGZXIvYXdzEXAMPLE//token+value="};
  sigv4::sign_options options{{"us-east-1", "s3"}, signed_at, uri_mode::s3_as_is};
  options.add_content_sha256_header = true;
  sigv4::sign(req, creds, options);
  EXPECT_EQ(req.header("x-amz-content-sha256"),
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9");
  EXPECT_EQ(req.header("authorization"),
            "AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20240102/us-east-1/s3/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-meta-owner;"
            "x-amz-security-token, "
            "Signature=c7e6eec3276a5d3d9e1fa7d39044304f0f4dc780d5e188fd3ffbc672e030c366");
  EXPECT_EQ(parse_and_verify(req, creds, verify_options_for(uri_mode::s3_as_is)).status,
            verify_status::ok);
}

// Same provenance, SigV4Auth(..., 'lambda', 'us-east-1'): the ARN's %3A is encoded a second
// time in the canonical URI.
TEST(sigv4_reference, botocore_lambda_invoke_double_encodes_the_path) {
  request req{"POST",
              "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3A"
              "my-fn/invocations",
              {{"host", "lambda.us-east-1.amazonaws.com"}, {"content-type", "application/json"}},
              R"({"key":"value"})"};
  sigv4::sign(req, long_term, {{"us-east-1", "lambda"}, signed_at});
  EXPECT_EQ(req.header("authorization"),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240102/us-east-1/lambda/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-date, "
            "Signature=02783f4a3864fc0bcb96ae37d20555c5dfe796e1ce024ce2d82c0684a3c601f5");
}

// Same provenance, SigV4QueryAuth(..., 'sts', 'us-east-1', expires=900): a presigned URL for a
// service other than S3 signs the (empty) body's hash.
TEST(sigv4_reference, botocore_sts_presigned_url) {
  request req{"GET", "/?Action=GetCallerIdentity&Version=2011-06-15",
              {{"host", "sts.amazonaws.com"}}, ""};
  sigv4::presign(req, long_term, {{"us-east-1", "sts"}, signed_at}, 900s);
  EXPECT_EQ(req.target,
            "/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256"
            "&X-Amz-Credential=AKIDEXAMPLE%2F20240102%2Fus-east-1%2Fsts%2Faws4_request"
            "&X-Amz-Date=20240102T030405Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
            "&X-Amz-Signature=18e90a8d50ffdfcb408b9e3b9bbc560ae9bb8b38f6fd5750b3a78f3fd6185913");
}

// ----- signing key cache -----

// More distinct keys than the cache holds, from several threads at once: every verification
// must still use the right key.
TEST(sigv4_cache, concurrent_sign_and_verify_with_many_keys) {
  constexpr int threads = 4;
  constexpr int keys_per_thread = 40;
  std::vector<int> failures(threads, 0);
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([t, &failures] {
      for (int round = 0; round < 3; ++round)
        for (int k = 0; k < keys_per_thread; ++k) {
          const sigv4::credentials creds{"AKID" + std::to_string(k),
                                         "secret-" + std::to_string(t) + "-" + std::to_string(k), ""};
          auto req = make_request("GET", "/");
          sigv4::sign(req, creds, sign_options_for(uri_mode::s3_as_is));
          const auto parsed = sigv4::parse_authorization(req);
          auto wrong = creds;
          wrong.secret_access_key += "x";
          const auto options = verify_options_for(uri_mode::s3_as_is);
          if (sigv4::verify(req, parsed.auth, creds, options).status != verify_status::ok ||
              sigv4::verify(req, parsed.auth, wrong, options).status != verify_status::signature_mismatch)
            ++failures[t];
        }
    });
  for (auto& worker : workers) worker.join();
  EXPECT_EQ(failures, std::vector<int>(threads, 0));
}

}  // namespace
