#include "mockaws/server/page_limits.hpp"

#include <cctype>
#include <set>

namespace mockaws::server {

namespace {

using protocol::api_error;

// EC2 words the check two ways: the older calls say "parameter maxResults ... Expecting a value
// greater than 5." / "less than 1000.", the VPC-era calls "parameter MaxResults ... greater than
// or equal to 5." / "smaller than or equal to 1000." (both quoted from AWS's answers).
api_error ec2_error(const models::operation& operation, long long value, bool below, long long min,
                    long long max) {
  static const std::set<std::string_view> classic = {"DescribeInstances", "DescribeVolumes",
                                                     "DescribeSnapshots"};
  bool old = classic.count(operation.name) > 0;
  std::string message = "Value ( " + std::to_string(value) + " ) for parameter " +
                        (old ? "maxResults" : "MaxResults") + " is invalid. Expecting a value ";
  if (below) message += (old ? "greater than " : "greater than or equal to ") + std::to_string(min);
  else message += (old ? "less than " : "smaller than or equal to ") + std::to_string(max);
  return api_error("InvalidParameterValue", message + ".", 400);
}

// The member as AWS's validation messages name it: the first letter in lower case ("maxItems").
std::string message_name(std::string_view member) {
  std::string out(member);
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

}  // namespace

api_error page_size_error(const models::service_model& service, const models::operation& operation,
                          models::protocol p, long long value, bool below, long long min,
                          long long max) {
  const std::string& key = operation.pagination->limit_key;
  if (p == models::protocol::ec2) return ec2_error(operation, value, below, min, max);
  // RDS (and the services on its API: Neptune, DocumentDB) states the whole range.
  if (service.signing_name() == "rds")
    return api_error("InvalidParameterValue", "Invalid value " + std::to_string(value) + " for " +
                                                  key + ". Must be between " + std::to_string(min) +
                                                  " and " + std::to_string(max),
                     400);
  if (p == models::protocol::rest_xml) {
    // S3 names the query parameter (max-buckets) and the range.
    const models::shape_ref* ref = operation.input ? operation.input->member(key) : nullptr;
    return api_error("InvalidArgument", "Argument " + std::string(ref ? ref->wire_name() : key) +
                                            " must be an integer between " + std::to_string(min) +
                                            " and " + std::to_string(max),
                     400);
  }
  // Everyone else answers the generic constraint violation of the AWS SDK's validators.
  std::string message = "1 validation error detected: Value '" + std::to_string(value) + "' at '" +
                        message_name(key) + "' failed to satisfy constraint: Member must have value " +
                        (below ? "greater than or equal to " + std::to_string(min)
                               : "less than or equal to " + std::to_string(max));
  // CloudWatch Logs and GuardDuty answer it under their own validation errors (GuardDuty's model
  // declares no other client error).
  if (service.signing_name() == "logs") return api_error("InvalidParameterException", std::move(message), 400);
  if (service.signing_name() == "guardduty") return api_error("BadRequestException", std::move(message), 400);
  return api_error(p == models::protocol::query ? "ValidationError" : "ValidationException",
                   std::move(message), 400);
}

}  // namespace mockaws::server
