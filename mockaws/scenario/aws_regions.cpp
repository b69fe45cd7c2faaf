#include "mockaws/scenario/aws_regions.hpp"

#include <algorithm>

#include "mockaws/scenario/did_you_mean.hpp"

namespace mockaws::scenario {

// Debian's botocore (1.29, 2022) lists only the regions open then, so the list lives here.
// A region AWS opens later is one line to add.
const std::vector<std::string_view>& aws_regions() {
  static const std::vector<std::string_view> regions = {
      "af-south-1",     "ap-east-1",      "ap-east-2",      "ap-northeast-1", "ap-northeast-2",
      "ap-northeast-3", "ap-south-1",     "ap-south-2",     "ap-southeast-1", "ap-southeast-2",
      "ap-southeast-3", "ap-southeast-4", "ap-southeast-5", "ap-southeast-6", "ap-southeast-7",
      "ca-central-1",   "ca-west-1",      "eu-central-1",   "eu-central-2",   "eu-north-1",
      "eu-south-1",     "eu-south-2",     "eu-west-1",      "eu-west-2",      "eu-west-3",
      "il-central-1",   "me-central-1",   "me-south-1",     "mx-central-1",   "sa-east-1",
      "us-east-1",      "us-east-2",      "us-west-1",      "us-west-2",
      "cn-north-1",     "cn-northwest-1", "us-gov-east-1",  "us-gov-west-1"};
  return regions;
}

bool is_aws_region(std::string_view name) {
  const auto& regions = aws_regions();
  return std::find(regions.begin(), regions.end(), name) != regions.end();
}

std::string not_a_region(std::string_view name) {
  std::string suggestion = did_you_mean(name, aws_regions());
  return "'" + std::string(name) + "' is not an AWS region" +
         (suggestion.empty() ? " (regions are named like us-east-1)" : suggestion);
}

std::string partition_of(std::string_view region) {
  if (region.rfind("cn-", 0) == 0) return "aws-cn";
  if (region.rfind("us-gov-", 0) == 0) return "aws-us-gov";
  return "aws";
}

}  // namespace mockaws::scenario
