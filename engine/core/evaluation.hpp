#pragma once
// One verdict: a rule about a resource (or about the account in a region), as AWS Config
// reports it, with an annotation that says why.

#include <string>

#include "engine/core/compliance.hpp"

namespace engine {

// The resource type AWS Config gives account-level evaluations.
inline constexpr std::string_view account_resource_type = "AWS::::Account";

struct evaluation {
  std::string rule;           // managed-rule identifier: "S3_BUCKET_SSL_REQUESTS_ONLY"
  std::string resource_type;  // "AWS::S3::Bucket", or account_resource_type
  std::string resource_id;    // account-level: the account id
  std::string resource_name;  // empty when the resource has none
  std::string region;         // "us-east-1", or "global" for IAM resources
  compliance result = compliance::insufficient_data;
  std::string annotation;
};

}  // namespace engine
