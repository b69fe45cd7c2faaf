// Auto Scaling groups, each with its own launch configuration, and WAFv2 web ACLs. A group behind
// a load balancer (a target group or a Classic Load Balancer) uses ELB health checks; one behind
// none keeps AWS's EC2 checks. Launch configurations never associate public IP addresses. Web
// ACLs log to a Firehose stream, an S3 bucket or a CloudWatch Logs group; CLOUDFRONT ones exist
// only in us-east-1 (where AWS keeps them), with their global ARN.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

void account_renderer::render_autoscaling_and_waf(const region_spec& r, json& out) {
  json groups = json::array(), configurations = json::array();
  for (std::size_t g = 0; g < r.autoscaling_groups.size(); ++g) {
    const autoscaling_group_spec& spec = r.autoscaling_groups[g];
    std::string name = "asg-" + std::to_string(g) + "-" + purpose(g);
    json configuration = {{"LaunchConfigurationName", name + "-lc"}, {"ImageId", "ami-0b0000000000000a1"},
                          {"InstanceType", "t3.medium"}};
    if (spec.public_ip_stated) configuration["AssociatePublicIpAddress"] = false;
    configurations.push_back(std::move(configuration));
    json group = {{"AutoScalingGroupName", name}, {"LaunchConfigurationName", name + "-lc"}, {"MinSize", 1},
                  {"MaxSize", 2}, {"DesiredCapacity", 1}, {"AvailabilityZones", {r.name + "a"}}};
    if (spec.load_balancer == 1)
      group["TargetGroupARNs"] = {arn(r.name, "elasticloadbalancing", "targetgroup/" + name + "/" + ids_.hex("").substr(1))};
    if (spec.load_balancer == 2) group["LoadBalancerNames"] = {name + "-clb"};
    group["HealthCheckType"] = spec.load_balancer ? "ELB" : "EC2";
    groups.push_back(std::move(group));
  }
  if (!groups.empty()) out["autoscaling"] = {{"AutoScalingGroups", groups}, {"LaunchConfigurations", configurations}};

  json& acls = out["wafv2"]["WebACLs"];  // after the load balancers' own (render_load_balancers)
  for (std::size_t w = 0; w < r.web_acls.size(); ++w) {
    const web_acl_spec& spec = r.web_acls[w];
    std::string name = "acl-" + std::to_string(w) + "-" + purpose(w), id = ids_.uuid();
    bool cloudfront = spec.cloudfront && r.name == "us-east-1";
    std::string destination =
        spec.destination == 0 ? arn(r.name, "firehose", "deliverystream/aws-waf-logs-" + name)
        : spec.destination == 1 ? "arn:aws:s3:::aws-waf-logs-" + name + "-" + spec_.account_id
                                : arn(r.name, "logs", "log-group:aws-waf-logs-" + name);
    json acl = {{"Name", name}, {"Id", id}, {"DefaultAction", {{"Allow", json::object()}}},
                {"VisibilityConfig", {{"SampledRequestsEnabled", true}, {"CloudWatchMetricsEnabled", true}, {"MetricName", name}}},
                {"LoggingConfiguration", {{"LogDestinationConfigs", {destination}}}}};
    if (cloudfront) acl["ARN"] = arn(r.name, "wafv2", "global/webacl/" + name + "/" + id);
    acls.push_back(std::move(acl));
  }
  if (acls.is_null()) out.erase("wafv2");
}

}  // namespace properties::rendering
