// ACM through HTTP (JSON 1.1): ListCertificates answers RSA_2048 certificates unless
// Includes.keyTypes names others, filters by status; DescribeCertificate gives the detail, or
// ResourceNotFoundException.

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* rsa = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-0000-4000-8000-000000000001";
constexpr const char* ecdsa = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-0000-4000-8000-000000000002";
constexpr const char* expired = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-0000-4000-8000-000000000003";

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    acm:
      Certificates:
        - {CertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/11111111-0000-4000-8000-000000000001",
           DomainName: portal.example, NotAfter: +200d}
        - {CertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/11111111-0000-4000-8000-000000000002",
           DomainName: api.example, KeyAlgorithm: EC_prime256v1, NotAfter: +20d}
        - {CertificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/11111111-0000-4000-8000-000000000003",
           DomainName: old.example, Type: IMPORTED, Status: EXPIRED, NotAfter: -3d}
)yaml";

std::vector<std::string> arns(const json& output) {
  std::vector<std::string> out;
  for (const auto& c : output["CertificateSummaryList"]) out.push_back(c["CertificateArn"]);
  return out;
}

TEST(acm, list_certificates_answers_rsa_2048_unless_asked_for_more) {
  scenario_server server{scenario};
  auto client = server.client();
  auto plain = client.call("acm", "ListCertificates");
  ASSERT_FALSE(plain.error) << plain.error->message;
  EXPECT_EQ(arns(plain.output), (std::vector<std::string>{rsa, expired}));
  auto all = client.call("acm", "ListCertificates",
                         {{"Includes", {{"keyTypes", {"RSA_2048", "EC_prime256v1"}}}}});
  ASSERT_FALSE(all.error);
  EXPECT_EQ(arns(all.output), (std::vector<std::string>{rsa, ecdsa, expired}));
  auto issued = client.call("acm", "ListCertificates", {{"CertificateStatuses", {"ISSUED"}}});
  ASSERT_FALSE(issued.error);
  EXPECT_EQ(arns(issued.output), (std::vector<std::string>{rsa}));
}

TEST(acm, describe_certificate_gives_the_detail_with_aws_defaults) {
  scenario_server server{scenario};
  auto out = server.client().call("acm", "DescribeCertificate", {{"CertificateArn", rsa}});
  ASSERT_FALSE(out.error) << out.error->message;
  const json& c = out.output["Certificate"];
  EXPECT_EQ(c["DomainName"], "portal.example");
  EXPECT_EQ(c["NotAfter"], "2027-05-20T00:00:00Z");
  EXPECT_EQ(c["Status"], "ISSUED");
  EXPECT_EQ(c["Type"], "AMAZON_ISSUED");
  EXPECT_EQ(c["KeyAlgorithm"], "RSA_2048");
}

TEST(acm, describe_certificate_of_an_unknown_arn_is_not_found) {
  scenario_server server{scenario};
  std::string gone = "arn:aws:acm:us-east-1:123456789012:certificate/99999999-0000-4000-8000-000000000009";
  auto out = server.client().call("acm", "DescribeCertificate", {{"CertificateArn", gone}});
  ASSERT_TRUE(out.error);
  EXPECT_EQ(out.error->code, "ResourceNotFoundException");
  EXPECT_EQ(out.error->message, "Could not find certificate " + gone + ".");
}

}  // namespace
}  // namespace hipaasim::testing
