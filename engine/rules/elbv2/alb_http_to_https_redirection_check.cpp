// ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK (alb-http-to-https-redirection-check): every HTTP listener
// of an Application Load Balancer redirects its requests to HTTPS; one that forwards (or answers)
// over HTTP instead fails the load balancer. Network and Gateway Load Balancers (no HTTP
// listeners) are NOT_APPLICABLE.
//
// Readings where AWS's page is silent, pinned by scenarios/rules/alb-http-to-https-redirection-
// check/: every rule of an HTTP listener counts (DescribeRules: the default rule, whose actions
// are the listener's DefaultActions, and the others), so a listener that redirects by default but
// forwards one path over HTTP fails; a redirect counts only with RedirectConfig.Protocol HTTPS
// (AWS's default "#{protocol}" keeps HTTP); an ALB without HTTP listeners is COMPLIANT (nothing
// is served unencrypted).

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"

namespace engine::rules {

namespace {

bool redirects_to_https(const json& actions) {
  if (!actions.is_array()) return false;
  return std::any_of(actions.begin(), actions.end(), [](const json& action) {
    return action.value("Type", "") == "redirect" &&
           action.value("RedirectConfig", json::object()).value("Protocol", "#{protocol}") == "HTTPS";
  });
}

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  std::string type = load_balancer_type(lb.configuration);
  if (type != "application") return {compliance::not_applicable, "a " + type + " load balancer (the rule judges ALBs)"};
  const json* listeners = ctx.read(lb, "Listeners");
  const json* rules = ctx.read(lb, "ListenerRules");
  int http = 0;
  for (const auto& listener : listeners && listeners->is_array() ? *listeners : json::array()) {
    if (listener.value("Protocol", "") != "HTTP") continue;
    ++http;
    std::string arn = listener.value("ListenerArn", "");
    std::string port = listener.value("Port", json()).dump();
    // DescribeRules answers the default rule too; without its answer the default actions stand.
    json listener_rules = rules && rules->contains(arn) ? (*rules)[arn] : json::array();
    if (listener_rules.empty())
      listener_rules = json::array({{{"Priority", "default"}, {"Actions", listener.value("DefaultActions", json::array())}}});
    for (const auto& rule : listener_rules)
      if (!redirects_to_https(rule.value("Actions", json::array())))
        return {compliance::non_compliant, "the HTTP listener on port " + port + " does not redirect to HTTPS (rule " +
                                               rule.value("Priority", "?") + ")"};
  }
  if (http == 0) return {compliance::compliant, "no HTTP listener"};
  return {compliance::compliant, "every HTTP listener redirects to HTTPS"};
}

}  // namespace

rule_definition alb_http_to_https_redirection_check() {
  return {.identifier = "ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK",
          .summary = "Application Load Balancers' HTTP listeners redirect to HTTPS",
          .resource_type = "AWS::ElasticLoadBalancingV2::LoadBalancer",
          .reads = {.supplements = {"Listeners", "ListenerRules"}},
          .judge = judge,
          .reading = "Every rule of each HTTP listener (the default one and the others) must redirect with "
                     "Protocol HTTPS; an ALB without HTTP listeners is COMPLIANT; NLBs and GWLBs are NOT_APPLICABLE."};
}

}  // namespace engine::rules
