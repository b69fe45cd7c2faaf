// ALB_WAF_ENABLED (alb-waf-enabled): an Application Load Balancer is protected by a web ACL, of
// AWS WAF (WAFv2) or of AWS WAF Classic Regional (GetWebACLForResource of each). With
// wafWebAclIds (comma-separated) the web ACL must also be one of those: a WAFv2 one by its ARN,
// a Classic one by its WebACLId, as the page says. Network and Gateway Load Balancers, which no
// web ACL can protect, are NOT_APPLICABLE.
//
// Readings where AWS's page is silent, pinned by scenarios/rules/alb-waf-enabled/: a web ACL
// found through either WAF decides even when the other one could not be read (COMPLIANT without
// wafWebAclIds, or when it is listed); only when neither shows an acceptable web ACL does an
// unreadable answer make the verdict INSUFFICIENT_DATA rather than NON_COMPLIANT. A WAFv2 web
// ACL named in wafWebAclIds by its Id instead of its ARN does not match (the page asks for ARNs).

#include <algorithm>
#include <optional>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

// What one WAF answered about the load balancer.
struct web_acl_answer {
  bool unreadable = false;
  std::string reason;            // why it could not be read
  std::optional<std::string> acl;  // the web ACL's identifier as wafWebAclIds names it
  std::string name;
};

web_acl_answer ask(const rule_context& ctx, const configuration_item& lb, std::string_view document,
                   const char* identifier) {
  web_acl_answer answer;
  try {
    const json* acl = ctx.read(lb, document);
    if (acl && acl->is_object() && acl->contains(identifier)) {
      answer.acl = acl->value(identifier, "");
      answer.name = acl->value("Name", *answer.acl);
    }
  } catch (const unreadable_document& e) {
    answer.unreadable = true;
    answer.reason = e.what();
  }
  return answer;
}

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  std::string type = load_balancer_type(lb.configuration);
  if (type != "application")
    return {compliance::not_applicable, "a " + type + " load balancer (web ACLs protect ALBs only)"};
  auto allowed = comma_separated(ctx.text("wafWebAclIds"));
  auto acceptable = [&](const web_acl_answer& a) {
    return a.acl && (allowed.empty() || std::find(allowed.begin(), allowed.end(), *a.acl) != allowed.end());
  };
  web_acl_answer answers[] = {ask(ctx, lb, "WAFv2WebACL", "ARN"), ask(ctx, lb, "WAFRegionalWebACL", "WebACLId")};
  const char* waf_names[] = {"AWS WAF", "AWS WAF Classic"};
  for (int i = 0; i < 2; ++i)
    if (acceptable(answers[i]))
      return {compliance::compliant, std::string(waf_names[i]) + " web ACL " + answers[i].name + " protects the load balancer" +
                                         (allowed.empty() ? "" : " (listed in wafWebAclIds)")};
  for (const auto& a : answers)
    if (a.unreadable) return {compliance::insufficient_data, a.reason};
  for (int i = 0; i < 2; ++i)
    if (answers[i].acl)
      return {compliance::non_compliant, "the load balancer's " + std::string(waf_names[i]) + " web ACL " +
                                             answers[i].name + " is not in wafWebAclIds"};
  return {compliance::non_compliant, "no web ACL protects the load balancer"};
}

}  // namespace

rule_definition alb_waf_enabled() {
  return {.identifier = "ALB_WAF_ENABLED",
          .summary = "Application Load Balancers are protected by an AWS WAF web ACL",
          .resource_type = "AWS::ElasticLoadBalancingV2::LoadBalancer",
          .parameters = {{"wafWebAclIds", parameter_kind::string, "",
                          "comma-separated web ACLs the ALB may use: WAF Classic WebACLIds, WAFv2 ARNs; unset: any"}},
          .reads = {.supplements = {"WAFv2WebACL", "WAFRegionalWebACL"}},
          .judge = judge,
          .reading = "a web ACL through either WAF decides even when the other WAF could not be read; WAFv2 "
                     "web ACLs match wafWebAclIds by ARN, Classic ones by WebACLId."};
}

}  // namespace engine::rules
