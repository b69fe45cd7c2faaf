// EC2 instances (per region): DescribeInstances answers reservations, each holding its instances;
// every instance is one configuration item (AWS::EC2::Instance, named by its InstanceId).

#include "engine/scan/collectors/hand_written.hpp"

namespace engine::collectors {

collector_output collect_ec2_instances(client::aws_client& aws, const resource_kind& kind,
                                       const collect_scope& scope, const supplement_set& wanted) {
  collector_output out;
  auto listed = output_or_failure(aws.call_all_pages("ec2", std::string(kind.list.operation), json::object(), scope.region),
                                  out, std::string(kind.type), scope.region);
  if (!listed) return out;
  std::vector<configuration_item> items;
  for (const auto& reservation : listed->value(std::string(kind.list.member), json::array()))
    for (const auto& instance : reservation.value("Instances", json::array()))
      items.push_back(item_of(kind, instance, scope.region));
  read_supplements(aws, kind, items, wanted, std::vector<std::string>(items.size(), scope.region));
  out.items = std::move(items);
  return out;
}

}  // namespace engine::collectors
