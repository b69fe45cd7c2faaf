// EC2 instance mutators: EC2_IMDSV2_CHECK, EC2_INSTANCE_NO_PUBLIC_IP,
// EC2_INSTANCE_PROFILE_ATTACHED, INSTANCES_IN_VPC and EC2_STOPPED_INSTANCE.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

std::vector<located_item> live_instances(json& doc) {
  std::vector<located_item> out;
  for (auto& i : items_of(doc, "AWS::EC2::Instance"))
    if (!i.item->contains("State") || (*i.item)["State"].value("Name", "") != "terminated") out.push_back(i);
  return out;
}

std::optional<mutation> instance_allows_imdsv1(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto instances = live_instances(doc);
  if (instances.empty()) return std::nullopt;
  auto [region, instance, identity] = instances[target % instances.size()];
  // Degree 1: MetadataOptions dropped, which reads as HttpTokens optional.
  if (degree % 2 == 1) instance->erase("MetadataOptions");
  else (*instance)["MetadataOptions"]["HttpTokens"] = "optional";
  return mutation{"instance_allows_imdsv1",
                  "instance " + identity + " (" + region + "): " + (degree % 2 ? "MetadataOptions absent" : "HttpTokens optional"),
                  {{"EC2_IMDSV2_CHECK", identity, region, "the metadata service answers IMDSv1"}}, std::nullopt};
}

std::optional<mutation> instance_given_public_ip(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto instances = live_instances(doc);
  if (instances.empty()) return std::nullopt;
  auto [region, instance, identity] = instances[target % instances.size()];
  std::string address = "54.80." + std::to_string(target % 250) + "." + std::to_string(degree % 250 + 1);
  (*instance)["PublicIpAddress"] = address;
  return mutation{"instance_given_public_ip", "instance " + identity + " (" + region + "): public address " + address,
                  {{"EC2_INSTANCE_NO_PUBLIC_IP", identity, region, "the instance has a public IPv4 address"}}, std::nullopt};
}

std::optional<mutation> instance_profile_removed(json& doc, std::uint64_t target, std::uint64_t) {
  auto instances = live_instances(doc);
  if (instances.empty()) return std::nullopt;
  auto [region, instance, identity] = instances[target % instances.size()];
  instance->erase("IamInstanceProfile");
  return mutation{"instance_profile_removed", "instance " + identity + " (" + region + "): no instance profile",
                  {{"EC2_INSTANCE_PROFILE_ATTACHED", identity, region, "no IAM instance profile is attached"}}, std::nullopt};
}

std::optional<mutation> instance_outside_vpc(json& doc, std::uint64_t target, std::uint64_t) {
  auto instances = live_instances(doc);
  if (instances.empty()) return std::nullopt;
  auto [region, instance, identity] = instances[target % instances.size()];
  instance->erase("VpcId");
  instance->erase("SubnetId");
  return mutation{"instance_outside_vpc", "instance " + identity + " (" + region + "): EC2-Classic (no VPC)",
                  {{"INSTANCES_IN_VPC", identity, region, "the instance is not in a VPC"}}, std::nullopt};
}

// A stopped instance's stop moved back to 31 + degree days before the generated clock (at
// midnight). AllowedDays equal to the days passes it again; one day fewer fails it.
std::optional<mutation> instance_stopped_too_long(json& doc, std::uint64_t target, std::uint64_t degree) {
  std::vector<located_item> stopped;
  for (auto& i : live_instances(doc))
    if (i.item->contains("State") && (*i.item)["State"].value("Name", "") == "stopped") stopped.push_back(i);
  if (stopped.empty()) return std::nullopt;
  auto [region, instance, identity] = stopped[target % stopped.size()];
  int days = 31 + static_cast<int>(degree % 400);
  (*instance)["StateTransitionReason"] = stopped_reason(days);
  return mutation{"instance_stopped_too_long",
                  "instance " + identity + " (" + region + "): stopped " + std::to_string(days) + " days ago",
                  {{"EC2_STOPPED_INSTANCE", identity, region, "stopped for more than 30 days"}},
                  threshold{"EC2_STOPPED_INSTANCE", "AllowedDays", days, days - 1}};
}

}  // namespace

std::vector<mutator> instance_mutators() {
  return {
      {"instance_allows_imdsv1", "EC2_IMDSV2_CHECK", "an instance answers IMDSv1", "", ensure_instance,
       instance_allows_imdsv1},
      {"instance_given_public_ip", "EC2_INSTANCE_NO_PUBLIC_IP", "an instance with a public IPv4 address", "",
       ensure_instance, instance_given_public_ip},
      {"instance_profile_removed", "EC2_INSTANCE_PROFILE_ATTACHED", "an instance without an instance profile", "",
       ensure_instance, instance_profile_removed},
      {"instance_outside_vpc", "INSTANCES_IN_VPC", "an instance in EC2-Classic", "", ensure_instance,
       instance_outside_vpc},
      {"instance_stopped_too_long", "EC2_STOPPED_INSTANCE", "an instance stopped for more than 30 days", "AllowedDays",
       ensure_stopped_instance, instance_stopped_too_long},
  };
}

}  // namespace properties
