// DescribeInstances: reservations as the CLI prints them, filtered per instance.

#include <algorithm>

#include "mockaws/services/collections.hpp"
#include "mockaws/services/ec2/ec2_internal.hpp"
#include "mockaws/services/ec2/filters.hpp"

namespace mockaws::services::ec2 {

namespace {

// The DescribeInstances filters of the API reference that read an Instance (or, "^.", its
// Reservation). group-id/group-name are documented as EC2-Classic only, yet EC2 still answers
// them from the instance's security groups, like instance.group-id/instance.group-name.
constexpr filter_field instance_fields[] = {
    {"affinity", "Placement.Affinity"},
    {"architecture", "Architecture"},
    {"availability-zone", "Placement.AvailabilityZone"},
    {"block-device-mapping.attach-time", "BlockDeviceMappings[].Ebs.AttachTime", true},
    {"block-device-mapping.delete-on-termination", "BlockDeviceMappings[].Ebs.DeleteOnTermination"},
    {"block-device-mapping.device-name", "BlockDeviceMappings[].DeviceName"},
    {"block-device-mapping.status", "BlockDeviceMappings[].Ebs.Status"},
    {"block-device-mapping.volume-id", "BlockDeviceMappings[].Ebs.VolumeId"},
    {"capacity-reservation-id", "CapacityReservationId"},
    {"client-token", "ClientToken"},
    {"dns-name", "PublicDnsName"},
    {"group-id", "SecurityGroups[].GroupId"},
    {"group-name", "SecurityGroups[].GroupName"},
    {"hibernation-options.configured", "HibernationOptions.Configured"},
    {"host-id", "Placement.HostId"},
    {"hypervisor", "Hypervisor"},
    {"iam-instance-profile.arn", "IamInstanceProfile.Arn"},
    {"image-id", "ImageId"},
    {"instance-id", "InstanceId"},
    {"instance-lifecycle", "InstanceLifecycle"},
    {"instance-state-code", "State.Code"},
    {"instance-state-name", "State.Name"},
    {"instance-type", "InstanceType"},
    {"instance.group-id", "SecurityGroups[].GroupId"},
    {"instance.group-name", "SecurityGroups[].GroupName"},
    {"ip-address", "PublicIpAddress"},
    {"kernel-id", "KernelId"},
    {"key-name", "KeyName"},
    {"launch-index", "AmiLaunchIndex"},
    {"launch-time", "LaunchTime", true},
    {"metadata-options.http-tokens", "MetadataOptions.HttpTokens"},
    {"metadata-options.http-put-response-hop-limit", "MetadataOptions.HttpPutResponseHopLimit"},
    {"metadata-options.http-endpoint", "MetadataOptions.HttpEndpoint"},
    {"monitoring-state", "Monitoring.State"},
    {"network-interface.addresses.private-ip-address",
     "NetworkInterfaces[].PrivateIpAddresses[].PrivateIpAddress"},
    {"network-interface.addresses.primary", "NetworkInterfaces[].PrivateIpAddresses[].Primary"},
    {"network-interface.addresses.association.public-ip",
     "NetworkInterfaces[].PrivateIpAddresses[].Association.PublicIp"},
    {"network-interface.addresses.association.ip-owner-id",
     "NetworkInterfaces[].PrivateIpAddresses[].Association.IpOwnerId"},
    {"network-interface.association.public-ip", "NetworkInterfaces[].Association.PublicIp"},
    {"network-interface.association.ip-owner-id", "NetworkInterfaces[].Association.IpOwnerId"},
    {"network-interface.attachment.attachment-id", "NetworkInterfaces[].Attachment.AttachmentId"},
    {"network-interface.attachment.device-index", "NetworkInterfaces[].Attachment.DeviceIndex"},
    {"network-interface.attachment.status", "NetworkInterfaces[].Attachment.Status"},
    {"network-interface.attachment.attach-time", "NetworkInterfaces[].Attachment.AttachTime", true},
    {"network-interface.attachment.delete-on-termination",
     "NetworkInterfaces[].Attachment.DeleteOnTermination"},
    {"network-interface.description", "NetworkInterfaces[].Description"},
    {"network-interface.group-id", "NetworkInterfaces[].Groups[].GroupId"},
    {"network-interface.group-name", "NetworkInterfaces[].Groups[].GroupName"},
    {"network-interface.ipv6-addresses.ipv6-address",
     "NetworkInterfaces[].Ipv6Addresses[].Ipv6Address"},
    {"network-interface.mac-address", "NetworkInterfaces[].MacAddress"},
    {"network-interface.network-interface-id", "NetworkInterfaces[].NetworkInterfaceId"},
    {"network-interface.owner-id", "NetworkInterfaces[].OwnerId"},
    {"network-interface.private-dns-name", "NetworkInterfaces[].PrivateDnsName"},
    {"network-interface.source-dest-check", "NetworkInterfaces[].SourceDestCheck"},
    {"network-interface.status", "NetworkInterfaces[].Status"},
    {"network-interface.subnet-id", "NetworkInterfaces[].SubnetId"},
    {"network-interface.vpc-id", "NetworkInterfaces[].VpcId"},
    {"outpost-arn", "OutpostArn"},
    {"owner-id", "^.OwnerId"},
    {"placement-group-name", "Placement.GroupName"},
    {"placement-partition-number", "Placement.PartitionNumber"},
    {"platform", "Platform"},
    {"private-dns-name", "PrivateDnsName"},
    {"private-ip-address", "PrivateIpAddress"},
    {"product-code", "ProductCodes[].ProductCodeId"},
    {"product-code.type", "ProductCodes[].ProductCodeType"},
    {"ramdisk-id", "RamdiskId"},
    {"reason", "StateTransitionReason"},
    {"requester-id", "^.RequesterId"},
    {"reservation-id", "^.ReservationId"},
    {"root-device-name", "RootDeviceName"},
    {"root-device-type", "RootDeviceType"},
    {"source-dest-check", "SourceDestCheck"},
    {"spot-instance-request-id", "SpotInstanceRequestId"},
    {"state-reason-code", "StateReason.Code"},
    {"state-reason-message", "StateReason.Message"},
    {"subnet-id", "SubnetId"},
    {"tenancy", "Placement.Tenancy"},
    {"virtualization-type", "VirtualizationType"},
    {"vpc-id", "VpcId"},
};

constexpr filter_table instance_filters{instance_fields};

// Every instance of every reservation, for the id check.
json all_instances(const json& reservations) {
  json out = json::array();
  for (const auto& reservation : reservations)
    for (const auto& instance : items(reservation, "Instances")) out.push_back(instance);
  return out;
}

// AWS names every unknown id at once: "The instance ID 'i-1' does not exist", or for several
// "The instance IDs 'i-1, i-2' do not exist".
void check_instance_ids(const json& reservations, const json& wanted) {
  auto missing = missing_ids(all_instances(reservations), "InstanceId", wanted);
  if (missing.empty()) return;
  std::string list;
  for (const auto& id : missing) list += (list.empty() ? "" : ", ") + id;
  fail("InvalidInstanceID.NotFound",
       missing.size() == 1 ? "The instance ID '" + list + "' does not exist"
                           : "The instance IDs '" + list + "' do not exist");
}

}  // namespace

json describe_instances(const call_context& c) {
  check_ids_without_max_results(c, "InstanceIds", "instancesSet");
  const json& reservations = items(c.state(), "Reservations");
  const json* ids = id_list(c, "InstanceIds");
  if (ids) check_instance_ids(reservations, *ids);
  filter_set filters(member(c.input, "Filters"), instance_filters);
  if (!ids && !member(c.input, "Filters")) {
    // Everything, as stored: lend the reservations instead of copying them.
    std::vector<const json*> all;
    for (const auto& reservation : reservations)
      if (!items(reservation, "Instances").empty()) all.push_back(&reservation);
    c.borrow("Reservations", std::move(all));
    return json::object();
  }

  json out = json::array();
  for (const auto& reservation : reservations) {
    json kept = json::array();
    for (const auto& instance : items(reservation, "Instances")) {
      const json* id = member(instance, "InstanceId");
      if (ids && (!id || std::find(ids->begin(), ids->end(), *id) == ids->end())) continue;
      if (filters.matches(instance, &reservation)) kept.push_back(instance);
    }
    // A reservation none of whose instances match is left out, as EC2 does.
    if (kept.empty()) continue;
    json copy = reservation;
    copy["Instances"] = std::move(kept);
    out.push_back(std::move(copy));
  }
  return {{"Reservations", std::move(out)}};
}

}  // namespace mockaws::services::ec2
