#pragma once
// Where a call goes and which region signs it. Pure functions: no network, no environment.
//
// Without an override, the real AWS hosts:
//   global services (a model with a globalEndpoint: IAM, CloudFront, Route 53) go to that host and
//   sign for us-east-1 (cn-*: <prefix>.cn-north-1.amazonaws.com.cn and cn-north-1; us-gov-*:
//   <prefix>.us-gov.amazonaws.com and us-gov-west-1);
//   S3 goes to s3.<region>.amazonaws.com, path-style (the codec writes the bucket in the path);
//   every other service to <endpoint_prefix>.<region>.amazonaws.com;
//   all over https, amazonaws.com.cn for cn-* regions.
// S3 and STS also carry a globalEndpoint in their models, but today's SDKs address them by region,
// and so does this client.
// With an override (AWS_ENDPOINT_URL), every service goes to its scheme, host and port; the
// signing region stays what it would be on AWS.

#include <optional>
#include <string>
#include <string_view>

#include "mockaws/models/service_model.hpp"

namespace engine::client {

struct endpoint_url {
  std::string scheme;  // "http" or "https"
  std::string host;    // "127.0.0.1", "::1" (no brackets), "iam.amazonaws.com"
  unsigned short port = 0;
};

// Parses "http(s)://host[:port][/]". Throws std::invalid_argument naming the problem for any
// other form (a path, a query, credentials, an unknown scheme, a bad port).
endpoint_url parse_endpoint_url(std::string_view url);

struct endpoint {
  endpoint_url address;
  std::string signing_region;
  bool overridden = false;  // the address came from endpoint_url

  bool tls() const { return address.scheme == "https"; }
  // "https://iam.amazonaws.com", "http://127.0.0.1:4566" (the port only when not the default).
  std::string url() const;
  // The Host header: host, with ":port" when not the scheme's default, IPv6 in brackets.
  std::string host_header() const;
};

// True for a region name AWS could have ("us-east-1", "cn-north-1"): lower-case letters, digits
// and dashes. Region names become part of a host name, so anything else is refused.
bool valid_region_name(std::string_view region);

// Throws std::invalid_argument for an invalid region name.
endpoint resolve_endpoint(const mockaws::models::service_model& service, std::string_view region,
                          const std::optional<endpoint_url>& override_url = std::nullopt);
// By botocore service id ("iam"); throws std::invalid_argument for a service with no embedded
// model or a malformed endpoint_url.
endpoint resolve_endpoint(std::string_view service_id, std::string_view region,
                          const std::optional<std::string>& endpoint_url = std::nullopt);

// The host of a model's globalEndpoint metadata ("iam.amazonaws.com"), or empty when the service
// is regional (S3 and STS count as regional; see above).
std::string global_endpoint_of(const mockaws::models::service_model& service);

}  // namespace engine::client
