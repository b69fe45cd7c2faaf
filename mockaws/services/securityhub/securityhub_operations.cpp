// AWS Security Hub (REST-JSON): whether the account enabled Security Hub in a region.
//
// State (per region), as `aws securityhub describe-hub` prints it:
//   securityhub:
//     Hub:                                   # absent: Security Hub is not enabled
//       AutoEnableControls: true             # HubArn and SubscribedAt derived when omitted
//
// Not enabled, DescribeHub answers InvalidAccessException (401), in AWS's words.

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/collections.hpp"

namespace mockaws::services::securityhub {

namespace {

json describe_hub(const call_context& c) {
  const json* hub = member(c.state(), "Hub");
  if (!hub)
    c.fail("InvalidAccessException",
           "Account " + c.account.id() + " is not subscribed to AWS Security Hub");
  std::string arn = "arn:aws:securityhub:" + c.region + ":" + c.account.id() + ":hub/default";
  json out = {{"HubArn", arn}, {"SubscribedAt", protocol::format_iso8601(c.now)}, {"AutoEnableControls", true}};
  if (hub->is_object())
    for (const auto& [name, value] : hub->items()) out[name] = value;
  std::string asked = c.input_string("HubArn");
  if (!asked.empty() && asked != out["HubArn"])
    c.fail("ResourceNotFoundException", "Hub " + asked + " not found");
  return out;
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      {"securityhub", "DescribeHub", describe_hub},
  };
  return entries;
}

}  // namespace mockaws::services::securityhub
