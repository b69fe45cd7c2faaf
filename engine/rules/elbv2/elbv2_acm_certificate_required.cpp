// ELBV2_ACM_CERTIFICATE_REQUIRED (elbv2-acm-certificate-required): the listeners of Application
// and Network Load Balancers use certificates from ACM, and, when AcmCertificatesAllowed lists
// ARNs (the HIPAA pack leaves it unset), only those. A listener's certificates are all of
// DescribeListenerCertificates (DescribeListeners shows only the default one); an IAM server
// certificate or a certificate outside the list fails the load balancer. Gateway Load Balancers
// (no certificates) are NOT_APPLICABLE.
//
// Reading where AWS's page is silent ("configured without a certificate from ACM"): only
// listeners that take a certificate (HTTPS, TLS) are judged, so an HTTP listener that redirects
// to HTTPS does not fail the load balancer, an HTTPS or TLS listener without any certificate does,
// and a load balancer without HTTPS or TLS listeners is NOT_APPLICABLE.

#include <algorithm>

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"
#include "engine/rules/parameter_list.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& lb) {
  std::string type = load_balancer_type(lb.configuration);
  if (type != "application" && type != "network")
    return {compliance::not_applicable, "a " + type + " load balancer (the rule judges ALBs and NLBs)"};
  auto allowed = comma_separated(ctx.text("AcmCertificatesAllowed"));
  const json* listeners = ctx.read(lb, "Listeners");
  const json* certificates = ctx.read(lb, "ListenerCertificates");
  int secure = 0;
  for (const auto& listener : listeners && listeners->is_array() ? *listeners : json::array()) {
    std::string protocol = listener.value("Protocol", "");
    if (protocol != "HTTPS" && protocol != "TLS") continue;
    ++secure;
    std::string arn = listener.value("ListenerArn", "");
    std::string port = listener.value("Port", json()).dump();
    json listed = certificates && certificates->contains(arn) ? (*certificates)[arn]
                                                              : listener.value("Certificates", json::array());
    if (listed.empty()) return {compliance::non_compliant, "the " + protocol + " listener on port " + port + " has no certificate"};
    for (const auto& certificate : listed) {
      std::string certificate_arn = certificate.value("CertificateArn", "");
      if (!acm_certificate(certificate_arn))
        return {compliance::non_compliant, "the listener on port " + port + " uses " + certificate_arn + ", not from ACM"};
      if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), certificate_arn) == allowed.end())
        return {compliance::non_compliant, "the listener on port " + port + " uses " + certificate_arn +
                                               ", which is not one of AcmCertificatesAllowed"};
    }
  }
  if (secure == 0) return {compliance::not_applicable, "no HTTPS or TLS listener"};
  return {compliance::compliant, "every HTTPS/TLS listener uses ACM certificates"};
}

}  // namespace

rule_definition elbv2_acm_certificate_required() {
  return {.identifier = "ELBV2_ACM_CERTIFICATE_REQUIRED",
          .summary = "ALB and NLB listeners use ACM certificates (among AcmCertificatesAllowed, when given)",
          .resource_type = "AWS::ElasticLoadBalancingV2::LoadBalancer",
          .parameters = {{"AcmCertificatesAllowed", parameter_kind::string, "",
                          "comma-separated ARNs of the ACM certificates listeners may use"}},
          .reads = {.supplements = {"Listeners", "ListenerCertificates"}},
          .judge = judge,
          .reading = "Only HTTPS and TLS listeners are judged, with all their certificates (DescribeListenerCertificates): "
                     "a non-ACM one or one outside AcmCertificatesAllowed fails; none of them: NOT_APPLICABLE."};
}

}  // namespace engine::rules
