// ELB_ACM_CERTIFICATE_REQUIRED (elb-acm-certificate-required): a Classic Load Balancer's SSL and
// HTTPS listeners use certificates from AWS Certificate Manager (Listener.SSLCertificateId is an
// ACM ARN). An IAM server certificate (arn:aws:iam::...:server-certificate/...) fails it. ALBs
// and NLBs are not this rule's (ELBV2_ACM_CERTIFICATE_REQUIRED judges them).
//
// The direction matters: one open-source benchmark passes IAM certificates and fails ACM ones;
// scenarios/rules/elb-acm-certificate-required/ pins both ways. Reading where AWS's page is
// silent: a load balancer with no SSL or HTTPS listener has no certificate to judge:
// NOT_APPLICABLE ("to use this rule, use an SSL or HTTPS listener"); a secure listener without a
// certificate id fails.

#include "engine/rules/all_rules.hpp"
#include "engine/rules/elb/load_balancers.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context&, const configuration_item& lb) {
  int secure = 0;
  std::string others;
  for (const json* listener : classic_listeners(lb.configuration)) {
    if (!secure_protocol(listener->value("Protocol", ""))) continue;
    ++secure;
    std::string certificate = listener->value("SSLCertificateId", "");
    if (!acm_certificate(certificate))
      others += (others.empty() ? "" : ", ") + (certificate.empty() ? std::string("none on port ") +
                                                                          listener->value("LoadBalancerPort", json()).dump()
                                                                    : certificate);
  }
  if (secure == 0) return {compliance::not_applicable, "no SSL or HTTPS listener"};
  if (!others.empty()) return {compliance::non_compliant, "certificates not from ACM: " + others};
  return {compliance::compliant, "every SSL/HTTPS listener uses an ACM certificate"};
}

}  // namespace

rule_definition elb_acm_certificate_required() {
  return {.identifier = "ELB_ACM_CERTIFICATE_REQUIRED",
          .summary = "Classic Load Balancers' SSL and HTTPS listeners use ACM certificates",
          .resource_type = "AWS::ElasticLoadBalancing::LoadBalancer",
          .judge = judge,
          .reading = "An ACM ARN passes, an IAM server certificate (or none) fails; a load balancer without an SSL "
                     "or HTTPS listener is NOT_APPLICABLE."};
}

}  // namespace engine::rules
