// Routing: services that share a signing name, services that speak two protocols, and requests
// that carry no signature.

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/server/router.hpp"

namespace mockaws::server {
namespace {

const models::model_registry& registry() { return models::model_registry::embedded(); }

http::request form(std::string body) {
  return {"POST", "/", {{"content-type", "application/x-www-form-urlencoded"}}, std::move(body)};
}

sigv4::parse_result signed_for(std::string service, std::string region = "us-east-1") {
  sigv4::parse_result auth;
  auth.status = sigv4::parse_status::ok;
  auth.auth.scope = {std::move(region), std::move(service)};
  return auth;
}

TEST(routing, elb_and_elbv2_are_told_apart_by_version) {
  auto v1 = resolve_route(registry(), form("Action=DescribeLoadBalancers&Version=2012-06-01"),
                          signed_for("elasticloadbalancing"));
  ASSERT_TRUE(v1.service);
  EXPECT_EQ(v1.service->id(), "elb");
  auto v2 = resolve_route(registry(), form("Action=DescribeLoadBalancers&Version=2015-12-01"),
                          signed_for("elasticloadbalancing"));
  ASSERT_TRUE(v2.service);
  EXPECT_EQ(v2.service->id(), "elbv2");
}

TEST(routing, cloudwatch_is_served_over_query_and_json) {
  auto query = resolve_route(registry(), form("Action=DescribeAlarms&Version=2010-08-01"),
                             signed_for("monitoring", "eu-west-1"));
  ASSERT_TRUE(query.service);
  EXPECT_EQ(query.protocol, models::protocol::query);
  EXPECT_EQ(query.region, "eu-west-1");
  http::request json_request{"POST", "/",
                             {{"x-amz-target", "GraniteServiceVersion20100801.DescribeAlarms"}},
                             "{}"};
  auto json = resolve_route(registry(), json_request, signed_for("monitoring"));
  ASSERT_TRUE(json.service);
  EXPECT_EQ(json.service->id(), "cloudwatch");
  EXPECT_EQ(json.protocol, models::protocol::json);
}

TEST(routing, s3_and_s3control_are_told_apart_by_uri) {
  http::request bucket{"GET", "/my-bucket?encryption", {}, {}};
  EXPECT_EQ(resolve_route(registry(), bucket, signed_for("s3")).service->id(), "s3");
  http::request control{"GET", "/v20180820/configuration/publicAccessBlock", {}, {}};
  EXPECT_EQ(resolve_route(registry(), control, signed_for("s3")).service->id(), "s3control");
}

TEST(routing, unsigned_requests_are_routed_by_target_host_or_action) {
  sigv4::parse_result none;
  http::request target{"POST", "/", {{"x-amz-target", "TrentService.ListKeys"}}, "{}"};
  EXPECT_EQ(resolve_route(registry(), target, none).service->id(), "kms");
  http::request host{"GET", "/", {{"host", "ec2.eu-central-1.amazonaws.com"}}, {}};
  auto by_host = resolve_route(registry(), host, none);
  EXPECT_EQ(by_host.service->id(), "ec2");
  EXPECT_EQ(by_host.region, "eu-central-1");
  EXPECT_EQ(resolve_route(registry(), form("Action=ListUsers&Version=2010-05-08"), none).service->id(),
            "iam");
}

TEST(routing, unknown_signing_name_leaves_no_service_and_guesses_the_protocol) {
  http::request json_request{"POST", "/", {{"x-amz-target", "X.Y"}}, "{}"};
  auto r = resolve_route(registry(), json_request, signed_for("no-such-service"));
  EXPECT_EQ(r.service, nullptr);
  EXPECT_EQ(r.protocol, models::protocol::json);
  EXPECT_EQ(r.signing_name, "no-such-service");
}

TEST(routing, virtual_hosted_s3_is_rewritten_to_path_style) {
  http::request request{"GET", "/?encryption", {{"host", "phi.s3.us-east-1.amazonaws.com"}}, {}};
  EXPECT_TRUE(rewrite_virtual_hosted_s3(request));
  EXPECT_EQ(request.target, "/phi?encryption");
  http::request local{"GET", "/", {{"host", "logs.localhost:4566"}}, {}};
  EXPECT_TRUE(rewrite_virtual_hosted_s3(local));
  EXPECT_EQ(local.target, "/logs");
  http::request path_style{"GET", "/phi?encryption", {{"host", "127.0.0.1:8080"}}, {}};
  EXPECT_FALSE(rewrite_virtual_hosted_s3(path_style));
  EXPECT_EQ(path_style.target, "/phi?encryption");
}

}  // namespace
}  // namespace mockaws::server
