// NO_UNRESTRICTED_ROUTE_TO_IGW (no-unrestricted-route-to-igw): no route of a route table sends
// 0.0.0.0/0 or ::/0 to an internet gateway (igw-...), unless the table is one of routeTableIds
// (comma-separated; unset in the HIPAA pack). Such a route makes every subnet the table serves
// public.
//
// Readings (pinned by scenarios/rules/no-unrestricted-route-to-igw/): a route in state blackhole
// (its gateway deleted) carries no traffic and does not count; egress-only internet gateways
// (eigw-...) admit no inbound connection and are not internet gateways here.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& table) {
  auto exempt = comma_separated(ctx.text("routeTableIds"));
  if (std::find(exempt.begin(), exempt.end(), table.resource_id) != exempt.end())
    return {compliance::compliant, "the route table is one of routeTableIds"};
  for (const auto& route : table.configuration.value("Routes", json::array())) {
    std::string gateway = route.value("GatewayId", "");
    if (gateway.rfind("igw-", 0) != 0 || route.value("State", "active") == "blackhole") continue;
    for (const char* member : {"DestinationCidrBlock", "DestinationIpv6CidrBlock"}) {
      std::string destination = route.value(member, "");
      if (destination == "0.0.0.0/0" || destination == "::/0")
        return {compliance::non_compliant, "the route table sends " + destination + " to the internet gateway " + gateway};
    }
  }
  return {compliance::compliant, "no route sends 0.0.0.0/0 or ::/0 to an internet gateway"};
}

}  // namespace

rule_definition no_unrestricted_route_to_igw() {
  return {.identifier = "NO_UNRESTRICTED_ROUTE_TO_IGW",
          .summary = "route tables send no 0.0.0.0/0 or ::/0 route to an internet gateway",
          .resource_type = "AWS::EC2::RouteTable",
          .parameters = {{"routeTableIds", parameter_kind::string, "",
                          "comma-separated ids of route tables allowed such a route"}},
          .judge = judge,
          .reading = "blackhole routes do not count; egress-only internet gateways are not internet gateways."};
}

}  // namespace engine::rules
