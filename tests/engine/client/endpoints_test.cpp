// Where calls go on real AWS and with an endpoint override, and which region signs them. Pure
// functions: nothing here touches the network.

#include <gtest/gtest.h>

#include <stdexcept>

#include "engine/client/endpoints.hpp"

namespace engine::client {
namespace {

TEST(real_endpoints, send_iam_to_its_global_host_signed_for_us_east_1) {
  for (const char* region : {"us-east-1", "eu-west-1", "ap-southeast-2"}) {
    endpoint to = resolve_endpoint("iam", region);
    EXPECT_EQ(to.url(), "https://iam.amazonaws.com") << region;
    EXPECT_EQ(to.host_header(), "iam.amazonaws.com");
    EXPECT_EQ(to.signing_region, "us-east-1") << region;
    EXPECT_TRUE(to.tls());
    EXPECT_FALSE(to.overridden);
  }
}

TEST(real_endpoints, send_iam_in_china_and_govcloud_to_their_partition) {
  endpoint china = resolve_endpoint("iam", "cn-northwest-1");
  EXPECT_EQ(china.url(), "https://iam.cn-north-1.amazonaws.com.cn");
  EXPECT_EQ(china.signing_region, "cn-north-1");
  endpoint gov = resolve_endpoint("iam", "us-gov-east-1");
  EXPECT_EQ(gov.url(), "https://iam.us-gov.amazonaws.com");
  EXPECT_EQ(gov.signing_region, "us-gov-west-1");
}

TEST(real_endpoints, send_regional_services_to_their_endpoint_prefix_in_the_region) {
  EXPECT_EQ(resolve_endpoint("ec2", "eu-west-1").url(), "https://ec2.eu-west-1.amazonaws.com");
  EXPECT_EQ(resolve_endpoint("dynamodb", "us-west-2").url(),
            "https://dynamodb.us-west-2.amazonaws.com");
  // CloudWatch's endpoint prefix is not its botocore id.
  EXPECT_EQ(resolve_endpoint("cloudwatch", "us-east-1").url(),
            "https://monitoring.us-east-1.amazonaws.com");
  EXPECT_EQ(resolve_endpoint("elbv2", "us-east-1").url(),
            "https://elasticloadbalancing.us-east-1.amazonaws.com");
  endpoint lambda = resolve_endpoint("lambda", "ap-south-1");
  EXPECT_EQ(lambda.signing_region, "ap-south-1");
}

TEST(real_endpoints, address_s3_and_sts_by_region_despite_their_legacy_global_hosts) {
  endpoint s3 = resolve_endpoint("s3", "eu-central-1");
  EXPECT_EQ(s3.url(), "https://s3.eu-central-1.amazonaws.com");
  EXPECT_EQ(s3.signing_region, "eu-central-1");
  EXPECT_EQ(resolve_endpoint("s3", "us-east-1").url(), "https://s3.us-east-1.amazonaws.com");
  endpoint sts = resolve_endpoint("sts", "eu-west-1");
  EXPECT_EQ(sts.url(), "https://sts.eu-west-1.amazonaws.com");
  EXPECT_EQ(sts.signing_region, "eu-west-1");
}

TEST(real_endpoints, use_amazonaws_com_cn_in_china) {
  EXPECT_EQ(resolve_endpoint("ec2", "cn-north-1").url(), "https://ec2.cn-north-1.amazonaws.com.cn");
  EXPECT_EQ(resolve_endpoint("s3", "cn-northwest-1").url(),
            "https://s3.cn-northwest-1.amazonaws.com.cn");
}

TEST(endpoint_override, sends_every_service_to_the_given_host_and_port) {
  const std::string url = "http://127.0.0.1:4566";
  for (const char* service : {"iam", "s3", "ec2", "dynamodb", "lambda", "backup"}) {
    endpoint to = resolve_endpoint(service, "eu-west-1", url);
    EXPECT_EQ(to.url(), url) << service;
    EXPECT_EQ(to.host_header(), "127.0.0.1:4566") << service;
    EXPECT_FALSE(to.tls());
    EXPECT_TRUE(to.overridden);
  }
  // The signing region stays what AWS would expect.
  EXPECT_EQ(resolve_endpoint("iam", "eu-west-1", url).signing_region, "us-east-1");
  EXPECT_EQ(resolve_endpoint("ec2", "eu-west-1", url).signing_region, "eu-west-1");
}

TEST(endpoint_override, keeps_https_and_leaves_default_ports_out_of_the_host_header) {
  endpoint to = resolve_endpoint("ec2", "us-east-1", std::string("https://aws.internal.example/"));
  EXPECT_TRUE(to.tls());
  EXPECT_EQ(to.address.port, 443);
  EXPECT_EQ(to.host_header(), "aws.internal.example");
  EXPECT_EQ(to.url(), "https://aws.internal.example");
  endpoint plain = resolve_endpoint("ec2", "us-east-1", std::string("HTTP://localhost"));
  EXPECT_EQ(plain.address.port, 80);
  EXPECT_EQ(plain.url(), "http://localhost");
}

TEST(endpoint_override, accepts_ipv6_literals) {
  endpoint_url url = parse_endpoint_url("http://[::1]:8080");
  EXPECT_EQ(url.host, "::1");
  EXPECT_EQ(url.port, 8080);
  endpoint to = resolve_endpoint("iam", "us-east-1", std::string("http://[::1]:8080"));
  EXPECT_EQ(to.host_header(), "[::1]:8080");
}

TEST(endpoint_override, refuses_urls_it_cannot_honour) {
  for (const char* bad : {"127.0.0.1:4566", "ftp://host", "http://", "http://host:0",
                          "http://host:70000", "http://host:port", "http://host/path",
                          "http://user:pw@host", "http://[::1", "http://host:"}) {
    EXPECT_THROW(parse_endpoint_url(bad), std::invalid_argument) << bad;
  }
  try {
    parse_endpoint_url("http://host/path");
    FAIL();
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "endpoint URL 'http://host/path': a path, query or fragment is not supported");
  }
}

TEST(region_names, are_checked_before_they_become_part_of_a_host) {
  EXPECT_TRUE(valid_region_name("us-east-1"));
  EXPECT_TRUE(valid_region_name("cn-north-1"));
  for (const char* bad : {"", "US-EAST-1", "us-east-1.evil.com", "us east", "-x", "eu-west-1/"})
    EXPECT_FALSE(valid_region_name(bad)) << bad;
  EXPECT_THROW(resolve_endpoint("ec2", "evil.com/x"), std::invalid_argument);
  EXPECT_THROW(resolve_endpoint("no-such-service", "us-east-1"), std::invalid_argument);
}

}  // namespace
}  // namespace engine::client
