// EC2 (per region): volumes and security groups, as DescribeVolumes and DescribeSecurityGroups
// return them.

#include "engine/scan/collectors/collectors.hpp"

namespace engine::collectors {

collector_output collect_ec2(client::aws_client& aws, const collect_scope& scope) {
  collector_output out;
  auto volumes = aws.submit_all_pages("ec2", "DescribeVolumes", json::object(), scope.region);
  auto groups = aws.submit_all_pages("ec2", "DescribeSecurityGroups", json::object(), scope.region);
  if (auto v = output_or_failure(volumes.get(), out, "ec2.volumes", scope.region))
    for (const auto& volume : v->value("Volumes", json::array()))
      out.items.push_back(make_item("AWS::EC2::Volume", volume.value("VolumeId", ""),
                                    tag_value(volume, "Name"), "", scope.region, volume));
  if (auto g = output_or_failure(groups.get(), out, "ec2.security_groups", scope.region))
    for (const auto& group : g->value("SecurityGroups", json::array()))
      out.items.push_back(make_item("AWS::EC2::SecurityGroup", group.value("GroupId", ""),
                                    group.value("GroupName", ""), "", scope.region, group));
  return out;
}

}  // namespace engine::collectors
