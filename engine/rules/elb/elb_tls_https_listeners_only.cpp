// ELB_TLS_HTTPS_LISTENERS_ONLY (elb-tls-https-listeners-only): every listener of a Classic Load
// Balancer takes HTTPS or SSL from its clients (Listener.Protocol); one HTTP or TCP listener
// fails it. A load balancer without listeners is NOT_APPLICABLE, as AWS's page says. Only the
// front-end protocol is judged: the InstanceProtocol behind the load balancer is not (the rule
// is about what the clients connect with).

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& lb) {
  auto listeners = classic_listeners(lb.configuration);
  if (listeners.empty()) return {compliance::not_applicable, "the load balancer has no listener"};
  std::string plain;
  for (const json* listener : listeners) {
    std::string protocol = listener->value("Protocol", "");
    if (!secure_protocol(protocol))
      plain += (plain.empty() ? "" : ", ") + protocol + " on port " + listener->value("LoadBalancerPort", json()).dump();
  }
  if (!plain.empty()) return {compliance::non_compliant, "listeners without TLS: " + plain};
  return {compliance::compliant, "every listener uses HTTPS or SSL"};
}

}  // namespace

rule_definition elb_tls_https_listeners_only() {
  return {.identifier = "ELB_TLS_HTTPS_LISTENERS_ONLY",
          .summary = "Classic Load Balancers listen with HTTPS or SSL only",
          .resource_type = "AWS::ElasticLoadBalancing::LoadBalancer",
          .judge = judge,
          .reading = "The client-side Listener.Protocol is judged (HTTPS or SSL pass); the protocol to the "
                     "instances is not. No listener: NOT_APPLICABLE."};
}

}  // namespace engine::rules
