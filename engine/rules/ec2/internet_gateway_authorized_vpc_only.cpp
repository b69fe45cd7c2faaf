// INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY (internet-gateway-authorized-vpc-only): an internet gateway
// is attached only to a VPC of AuthorizedVpcIds (comma-separated VPC ids). The page: without the
// parameter every attached gateway is NON_COMPLIANT; the HIPAA pack leaves it empty, so there
// the rule asks for no internet gateway at all on an ePHI account, or an explicit list.
//
// Readings (pinned by scenarios/rules/internet-gateway-authorized-vpc-only/): an attachment in
// state "detached" (or "detaching") connects nothing and does not count; a gateway with no live
// attachment is COMPLIANT.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& gateway) {
  auto authorized = comma_separated(ctx.text("AuthorizedVpcIds"));
  std::vector<std::string> attached, unauthorized;
  for (const auto& attachment : gateway.configuration.value("Attachments", json::array())) {
    std::string state = attachment.value("State", "available");
    if (state == "detached" || state == "detaching") continue;
    std::string vpc = attachment.value("VpcId", "");
    attached.push_back(vpc);
    if (std::find(authorized.begin(), authorized.end(), vpc) == authorized.end()) unauthorized.push_back(vpc);
  }
  if (attached.empty()) return {compliance::compliant, "the internet gateway is not attached to a VPC"};
  if (!unauthorized.empty())
    return {compliance::non_compliant,
            "the internet gateway is attached to " + unauthorized.front() +
                (authorized.empty() ? ", and AuthorizedVpcIds authorizes no VPC" : ", which is not in AuthorizedVpcIds")};
  return {compliance::compliant, "the internet gateway is attached only to authorized VPCs (" + attached.front() + ")"};
}

}  // namespace

rule_definition internet_gateway_authorized_vpc_only() {
  return {.identifier = "INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY",
          .summary = "internet gateways are attached only to the AuthorizedVpcIds VPCs",
          .resource_type = "AWS::EC2::InternetGateway",
          .parameters = {{"AuthorizedVpcIds", parameter_kind::string, "",
                          "comma-separated ids of the VPCs that may have an internet gateway; unset: none may"}},
          .judge = judge,
          .reading = "without AuthorizedVpcIds every attached gateway is NON_COMPLIANT (the page); detached "
                     "attachments do not count."};
}

}  // namespace engine::rules
