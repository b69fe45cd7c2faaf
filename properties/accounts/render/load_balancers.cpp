// Load balancers: Classic ones (an HTTPS listener, optionally an SSL one, with the pack's
// predefined TLS 1.2 policy, cross-zone on) and Application ones (an HTTPS listener, optionally
// a second certificate and an HTTP listener redirecting to HTTPS, deletion protection on), all in
// the region's first VPC and its subnets, behind its first security group, logging to the
// account's log bucket, with certificates of their own in ACM (two per region). Each ALB has a
// web ACL of its own: a WAFv2 one (logging to a Firehose stream, as WAFV2_LOGGING_ENABLED asks)
// or a WAF Classic Regional one.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

void account_renderer::protect(const region_spec& r, const std::string& name, const std::string& lb_arn,
                               bool classic_waf, json& out) {
  if (classic_waf) {
    out["waf-regional"]["WebACLs"].push_back({{"Name", name + "-waf"}, {"WebACLId", ids_.uuid()},
                                               {"ResourceArns", {lb_arn}}});
    return;
  }
  out["wafv2"]["WebACLs"].push_back(
      {{"Name", name + "-waf"},
       {"Id", ids_.uuid()},
       {"DefaultAction", {{"Allow", json::object()}}},
       {"VisibilityConfig", {{"SampledRequestsEnabled", true}, {"CloudWatchMetricsEnabled", true}, {"MetricName", name + "-waf"}}},
       {"LoggingConfiguration", {{"LogDestinationConfigs", {arn(r.name, "firehose", "deliverystream/aws-waf-logs-" + name)}}}},
       {"ResourceArns", {lb_arn}}});
}

void account_renderer::render_load_balancers(const region_spec& r, json& out) {
  if (r.load_balancers.empty()) return;
  std::string certificates[2];
  for (int c = 0; c < 2; ++c) {
    certificates[c] = arn(r.name, "acm", "certificate/" + ids_.uuid());
    out["acm"]["Certificates"].push_back({{"CertificateArn", certificates[c]},
                                          {"DomainName", "lb-" + std::to_string(c) + "." + r.name + ".clinic.example"},
                                          {"Type", "AMAZON_ISSUED"},
                                          {"Status", "ISSUED"},
                                          {"NotBefore", days_ago(60)},
                                          {"NotAfter", "+300d"}});
  }
  const json& ec2 = out["ec2"];
  std::string vpc = ec2["Vpcs"][0]["VpcId"];
  json subnets = json::array(), zones = json::array();
  for (const auto& subnet : ec2["Subnets"])
    if (subnet["VpcId"] == vpc) {
      subnets.push_back(subnet["SubnetId"]);
      zones.push_back({{"ZoneName", subnet.value("AvailabilityZone", r.name + "a")}, {"SubnetId", subnet["SubnetId"]}});
    }
  json groups = json::array();
  for (const auto& group : ec2["SecurityGroups"])
    if (group["VpcId"] == vpc) {
      groups.push_back(group["GroupId"]);
      break;
    }
  std::string bucket = log_bucket_.empty() ? spec_.account_id + "-lb-logs" : log_bucket_;
  json classic = json::array(), application = json::array();
  for (std::size_t i = 0; i < r.load_balancers.size(); ++i) {
    const load_balancer_spec& spec = r.load_balancers[i];
    std::string name = std::string(purpose(i)) + "-lb-" + std::to_string(i);
    if (spec.classic) {
      json listeners = json::array({{{"Listener", {{"Protocol", "HTTPS"}, {"LoadBalancerPort", 443}, {"InstanceProtocol", "HTTP"},
                                                   {"InstancePort", 8080}, {"SSLCertificateId", certificates[0]}}},
                                     {"PolicyNames", {name + "-tls"}}}});
      if (spec.second_listener)
        listeners.push_back({{"Listener", {{"Protocol", "SSL"}, {"LoadBalancerPort", 2575}, {"InstanceProtocol", "TCP"},
                                           {"InstancePort", 2575}, {"SSLCertificateId", certificates[1]}}},
                             {"PolicyNames", {name + "-tls"}}});
      classic.push_back(
          {{"LoadBalancerName", name},
           {"VPCId", vpc},
           {"Subnets", subnets},
           {"SecurityGroups", groups},
           {"ListenerDescriptions", listeners},
           {"LoadBalancerAttributes", {{"CrossZoneLoadBalancing", {{"Enabled", true}}},
                                       {"AccessLog", {{"Enabled", true}, {"S3BucketName", bucket}, {"EmitInterval", 60}}}}},
           {"PolicyDescriptions",
            json::array({{{"PolicyName", name + "-tls"},
                          {"PolicyTypeName", "SSLNegotiationPolicyType"},
                          {"PolicyAttributeDescriptions", json::array({{{"AttributeName", "Reference-Security-Policy"},
                                                                        {"AttributeValue", "ELBSecurityPolicy-TLS-1-2-2017-01"}}})}}})}});
      continue;
    }
    std::string suffix = ids_.hex("").substr(1);  // 16 hex digits
    std::string lb_arn = arn(r.name, "elasticloadbalancing", "loadbalancer/app/" + name + "/" + suffix);
    std::string listener_base = arn(r.name, "elasticloadbalancing", "listener/app/" + name + "/" + suffix + "/");
    json target = {{"Type", "forward"},
                   {"TargetGroupArn", arn(r.name, "elasticloadbalancing", "targetgroup/" + name + "/" + suffix)}};
    json certs = json::array({{{"CertificateArn", certificates[0]}, {"IsDefault", true}}});
    if (spec.two_certificates) certs.push_back({{"CertificateArn", certificates[1]}});
    json listeners = json::array({{{"ListenerArn", listener_base + ids_.hex("").substr(1)},
                                   {"Protocol", "HTTPS"},
                                   {"Port", 443},
                                   {"SslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06"},
                                   {"Certificates", certs},
                                   {"DefaultActions", json::array({target})}}});
    if (spec.second_listener)
      listeners.push_back({{"ListenerArn", listener_base + ids_.hex("").substr(1)},
                           {"Protocol", "HTTP"},
                           {"Port", 80},
                           {"DefaultActions", json::array({{{"Type", "redirect"},
                                                            {"RedirectConfig", {{"Protocol", "HTTPS"}, {"Port", "443"},
                                                                                {"StatusCode", "HTTP_301"}}}}})}});
    application.push_back({{"LoadBalancerArn", lb_arn},
                           {"LoadBalancerName", name},
                           {"VpcId", vpc},
                           {"AvailabilityZones", zones},
                           {"SecurityGroups", groups},
                           {"Attributes", json::array({{{"Key", "deletion_protection.enabled"}, {"Value", "true"}},
                                                       {{"Key", "access_logs.s3.enabled"}, {"Value", "true"}},
                                                       {{"Key", "access_logs.s3.bucket"}, {"Value", bucket}}})},
                           {"Listeners", listeners}});
    protect(r, name, lb_arn, spec.classic_web_acl, out);
  }
  if (!classic.empty()) out["elb"] = {{"LoadBalancerDescriptions", classic}};
  if (!application.empty()) out["elbv2"] = {{"LoadBalancers", application}};
}

}  // namespace properties::rendering
