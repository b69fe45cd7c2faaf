// ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK (elb-predefined-security-policy-ssl-check): the SSL
// and HTTPS listeners of a Classic Load Balancer negotiate with the predefined security policy
// predefinedPolicyName (required by AWS; the HIPAA pack sets ELBSecurityPolicy-TLS-1-2-2017-01).
// A listener's policy is the SSLNegotiationPolicyType policy among its PolicyNames
// (DescribeLoadBalancerPolicies of the load balancer); a predefined one names itself in its
// Reference-Security-Policy attribute, a custom one (protocols and ciphers listed one by one)
// has none and fails. Load balancers without SSL or HTTPS listeners are NOT_APPLICABLE.
//
// Readings where AWS's page is silent: a secure listener without any SSL negotiation policy
// fails; a listener naming a policy DescribeLoadBalancerPolicies did not return, with no SSL
// negotiation policy found, is INSUFFICIENT_DATA (its type cannot be known); the rule without
// predefinedPolicyName cannot judge: INSUFFICIENT_DATA.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"

namespace engine::rules {

namespace {

const json* policy_named(const json* policies, const std::string& name) {
  if (!policies || !policies->is_array()) return nullptr;
  for (const auto& policy : *policies)
    if (policy.value("PolicyName", "") == name) return &policy;
  return nullptr;
}

// The Reference-Security-Policy of an SSL negotiation policy ("" for a custom one).
std::string reference_policy(const json& policy) {
  for (const auto& attribute : policy.value("PolicyAttributeDescriptions", json::array()))
    if (attribute.value("AttributeName", "") == "Reference-Security-Policy") return attribute.value("AttributeValue", "");
  return {};
}

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  std::string wanted = ctx.text("predefinedPolicyName");
  if (wanted.empty()) return {compliance::insufficient_data, "predefinedPolicyName is not set (AWS requires it)"};
  const json* policies = ctx.read(lb, "PolicyDescriptions");
  int secure = 0;
  for (const auto& description : lb.configuration.value("ListenerDescriptions", json::array())) {
    json listener = description.value("Listener", json::object());
    if (!secure_protocol(listener.value("Protocol", ""))) continue;
    ++secure;
    std::string port = listener.value("LoadBalancerPort", json()).dump();
    const json* negotiation = nullptr;
    std::string undescribed;
    for (const auto& name : description.value("PolicyNames", json::array())) {
      std::string text = name.is_string() ? name.get<std::string>() : name.dump();
      const json* policy = policy_named(policies, text);
      if (!policy) undescribed = text;
      else if (policy->value("PolicyTypeName", "") == "SSLNegotiationPolicyType") negotiation = policy;
    }
    if (!negotiation && !undescribed.empty())
      return {compliance::insufficient_data, "the listener on port " + port + " names policy " + undescribed +
                                                 ", which DescribeLoadBalancerPolicies did not return"};
    if (!negotiation)
      return {compliance::non_compliant, "the listener on port " + port + " has no SSL negotiation policy"};
    std::string reference = reference_policy(*negotiation);
    std::string name = negotiation->value("PolicyName", "");
    if (reference.empty())
      return {compliance::non_compliant, "the listener on port " + port + " uses custom policy " + name};
    if (reference != wanted)
      return {compliance::non_compliant, "the listener on port " + port + " uses predefined policy " + reference +
                                             ", not " + wanted};
  }
  if (secure == 0) return {compliance::not_applicable, "no SSL or HTTPS listener"};
  return {compliance::compliant, "every SSL/HTTPS listener uses " + wanted};
}

}  // namespace

rule_definition elb_predefined_security_policy_ssl_check() {
  return {.identifier = "ELB_PREDEFINED_SECURITY_POLICY_SSL_CHECK",
          .summary = "Classic Load Balancers' SSL listeners use the predefined security policy predefinedPolicyName",
          .resource_type = "AWS::ElasticLoadBalancing::LoadBalancer",
          .parameters = {{"predefinedPolicyName", parameter_kind::string, "",
                          "the predefined security policy SSL and HTTPS listeners must use (required)"}},
          .reads = {.supplements = {"PolicyDescriptions"}},
          .judge = judge,
          .reading = "A listener's SSLNegotiationPolicyType policy must name predefinedPolicyName as its "
                     "Reference-Security-Policy; a custom policy or none fails; no SSL/HTTPS listener: "
                     "NOT_APPLICABLE."};
}

}  // namespace engine::rules
