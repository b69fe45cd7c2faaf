#pragma once
// The clinic account the EC2 tests read (us-east-1, account 123456789012), and helpers to call
// EC2 and check its errors.
//
// Network: a default VPC and two others (clinic: prod, lab: dev), three subnets, two flow logs,
// three internet gateways (one detached), three route tables, two VPN connections.
// Compute: seven reservations holding nine instances in every state.
// Security groups: the default VPC's default group, an SSH-open group, a web group, a group whose
// port 22 and 0.0.0.0/0 are in different rules, a database group, an all-ports group and the
// clinic VPC's own "default".
// Storage: four volumes; seven snapshots (own public/shared/private, others' public/shared/
// private, an Amazon one). EBS encryption by default is on here, off in eu-west-1, unset in
// us-west-2.

#include <string>

#include <gtest/gtest.h>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {

inline constexpr const char* ec2_scenario = R"yaml(
account_id: "123456789012"
now: 2026-11-01T00:00:00Z
regions:
  eu-west-1:
    ec2: {EbsEncryptionByDefault: false, Vpcs: [{VpcId: vpc-0eu, CidrBlock: 10.9.0.0/16, IsDefault: true}]}
  us-east-1:
    ec2:
      EbsEncryptionByDefault: true
      Vpcs:
        - VpcId: vpc-0default
          CidrBlock: 172.31.0.0/16
          DhcpOptionsId: dopt-0a1
          State: available
          OwnerId: "123456789012"
          InstanceTenancy: default
          IsDefault: true
          CidrBlockAssociationSet:
            - {AssociationId: vpc-cidr-assoc-01, CidrBlock: 172.31.0.0/16, CidrBlockState: {State: associated}}
        - VpcId: vpc-0clinic
          CidrBlock: 10.0.0.0/16
          State: available
          OwnerId: "123456789012"
          IsDefault: false
          CidrBlockAssociationSet:
            - {AssociationId: vpc-cidr-assoc-02, CidrBlock: 10.0.0.0/16, CidrBlockState: {State: associated}}
            - {AssociationId: vpc-cidr-assoc-03, CidrBlock: 10.100.0.0/16, CidrBlockState: {State: associated}}
          Tags: [{Key: Name, Value: clinic}, {Key: env, Value: prod}]
        - {VpcId: vpc-0lab, CidrBlock: 10.1.0.0/16, State: pending, OwnerId: "123456789012",
           IsDefault: false, Tags: [{Key: env, Value: dev}]}
      Subnets:
        - {SubnetId: subnet-0a, VpcId: vpc-0default, CidrBlock: 172.31.0.0/20, AvailabilityZone: us-east-1a,
           AvailabilityZoneId: use1-az1, AvailableIpAddressCount: 4091, DefaultForAz: true,
           MapPublicIpOnLaunch: true, State: available, OwnerId: "123456789012",
           SubnetArn: "arn:aws:ec2:us-east-1:123456789012:subnet/subnet-0a"}
        - {SubnetId: subnet-0b, VpcId: vpc-0clinic, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1b,
           AvailableIpAddressCount: 250, DefaultForAz: false, MapPublicIpOnLaunch: false,
           State: available, OwnerId: "123456789012", Tags: [{Key: Name, Value: clinic-private}]}
        - {SubnetId: subnet-0c, VpcId: vpc-0clinic, CidrBlock: 10.0.2.0/24, AvailabilityZone: us-east-1a,
           AvailableIpAddressCount: 251, DefaultForAz: false, MapPublicIpOnLaunch: true,
           State: available, OwnerId: "123456789012", Tags: [{Key: Name, Value: clinic-public}]}
        - {SubnetId: subnet-0lab, VpcId: vpc-0lab, CidrBlock: 10.1.0.0/24, AvailabilityZone: us-east-1c,
           AvailableIpAddressCount: 100, State: pending, OwnerId: "123456789012"}
      Reservations:
        - ReservationId: r-01
          OwnerId: "123456789012"
          Groups: []
          Instances:
            - InstanceId: i-01
              ImageId: ami-0web
              InstanceType: t3.micro
              State: {Code: 16, Name: running}
              LaunchTime: 2026-01-10T08:00:00Z
              Placement: {AvailabilityZone: us-east-1b, GroupName: "", Tenancy: default}
              PrivateIpAddress: 10.0.1.10
              VpcId: vpc-0clinic
              SubnetId: subnet-0b
              SecurityGroups: [{GroupName: web, GroupId: sg-0web}]
              MetadataOptions: {HttpTokens: optional, HttpEndpoint: enabled, HttpPutResponseHopLimit: 1}
              BlockDeviceMappings:
                - {DeviceName: /dev/xvda, Ebs: {VolumeId: vol-01, Status: attached, DeleteOnTermination: true,
                                               AttachTime: 2026-01-10T08:00:01Z}}
              Tags: [{Key: Name, Value: web-1}, {Key: env, Value: prod}]
            - {InstanceId: i-02, ImageId: ami-0web, InstanceType: t3.micro, State: {Code: 80, Name: stopped},
               LaunchTime: 2026-01-10T08:00:00Z, VpcId: vpc-0clinic, SubnetId: subnet-0b,
               Placement: {AvailabilityZone: us-east-1b},
               SecurityGroups: [{GroupName: web, GroupId: sg-0web}],
               Tags: [{Key: Name, Value: web-2}, {Key: env, Value: prod}]}
        - ReservationId: r-02
          OwnerId: "123456789012"
          RequesterId: "940372691376"
          Groups: []
          Instances:
            - {InstanceId: i-03, ImageId: ami-0db, InstanceType: m5.large, State: {Code: 16, Name: running},
               LaunchTime: 2026-02-01T12:30:00Z, VpcId: vpc-0clinic, SubnetId: subnet-0c,
               PublicIpAddress: 54.0.0.3, Placement: {AvailabilityZone: us-east-1a},
               SecurityGroups: [{GroupName: db, GroupId: sg-0db}, {GroupName: ssh-open, GroupId: sg-0ssh}],
               IamInstanceProfile: {Arn: "arn:aws:iam::123456789012:instance-profile/db", Id: AIPADB},
               MetadataOptions: {HttpTokens: required, HttpEndpoint: enabled},
               Tags: [{Key: Name, Value: db}, {Key: env, Value: prod}, {Key: "backup*", Value: "yes?"}]}
        - ReservationId: r-03
          OwnerId: "123456789012"
          Instances:
            - {InstanceId: i-04, ImageId: ami-0old, InstanceType: t2.micro, State: {Code: 48, Name: terminated},
               LaunchTime: 2025-06-01T00:00:00Z, StateTransitionReason: "User initiated (2025-07-01 00:00:00 GMT)",
               Tags: [{Key: Name, Value: old}]}
        - ReservationId: r-04
          OwnerId: "123456789012"
          Instances:
            - {InstanceId: i-05, ImageId: ami-0lab, InstanceType: t3.micro, State: {Code: 16, Name: running},
               VpcId: vpc-0lab, SubnetId: subnet-0lab, SecurityGroups: [{GroupName: all-ports, GroupId: sg-0all}],
               Tags: [{Key: Name, Value: lab-1}, {Key: env, Value: dev}]}
            - {InstanceId: i-06, ImageId: ami-0lab, InstanceType: t3.small, State: {Code: 0, Name: pending},
               VpcId: vpc-0lab, SubnetId: subnet-0lab, Tags: [{Key: Name, Value: lab-2}, {Key: env, Value: dev}]}
        - {ReservationId: r-05, OwnerId: "123456789012", Instances: [{InstanceId: i-07, ImageId: ami-0web,
           InstanceType: t3.micro, State: {Code: 16, Name: running}, VpcId: vpc-0default, SubnetId: subnet-0a}]}
        - {ReservationId: r-06, OwnerId: "123456789012", Instances: [{InstanceId: i-08, ImageId: ami-0big,
           InstanceType: c5.xlarge, State: {Code: 80, Name: stopped}, VpcId: vpc-0default, SubnetId: subnet-0a}]}
        - {ReservationId: r-07, OwnerId: "123456789012", Instances: [{InstanceId: i-09, ImageId: ami-0web,
           InstanceType: t3.micro, State: {Code: 64, Name: stopping}, VpcId: vpc-0default, SubnetId: subnet-0a}]}
      SecurityGroups:
        - GroupId: sg-0default
          GroupName: default
          Description: default VPC security group
          OwnerId: "123456789012"
          VpcId: vpc-0default
          IpPermissions:
            - {IpProtocol: "-1", IpRanges: [], Ipv6Ranges: [], PrefixListIds: [],
               UserIdGroupPairs: [{GroupId: sg-0default, UserId: "123456789012"}]}
          IpPermissionsEgress:
            - {IpProtocol: "-1", IpRanges: [{CidrIp: 0.0.0.0/0}], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: []}
        - GroupId: sg-0ssh
          GroupName: ssh-open
          Description: ssh from anywhere
          OwnerId: "123456789012"
          VpcId: vpc-0clinic
          IpPermissions:
            - {IpProtocol: tcp, FromPort: 22, ToPort: 22, IpRanges: [{CidrIp: 0.0.0.0/0, Description: anyone}],
               Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: []}
          IpPermissionsEgress: []
          Tags: [{Key: Name, Value: ssh-open}]
        - GroupId: sg-0web
          GroupName: web
          Description: web tier
          OwnerId: "123456789012"
          VpcId: vpc-0clinic
          IpPermissions:
            - {IpProtocol: tcp, FromPort: 443, ToPort: 443, IpRanges: [{CidrIp: 0.0.0.0/0}],
               Ipv6Ranges: [{CidrIpv6: "::/0"}]}
            - {IpProtocol: tcp, FromPort: 80, ToPort: 80, IpRanges: [{CidrIp: 0.0.0.0/0}]}
          IpPermissionsEgress:
            - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, UserIdGroupPairs: [{GroupId: sg-0db, UserId: "123456789012"}]}
          Tags: [{Key: tier, Value: web}]
        - GroupId: sg-0split
          GroupName: split
          Description: ssh from the office, https from anywhere
          OwnerId: "123456789012"
          VpcId: vpc-0clinic
          IpPermissions:
            - {IpProtocol: tcp, FromPort: 22, ToPort: 22, IpRanges: [{CidrIp: 10.0.0.0/8}]}
            - {IpProtocol: tcp, FromPort: 443, ToPort: 443, IpRanges: [{CidrIp: 0.0.0.0/0}]}
        - GroupId: sg-0db
          GroupName: db
          Description: database tier
          OwnerId: "123456789012"
          VpcId: vpc-0clinic
          IpPermissions:
            - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432,
               UserIdGroupPairs: [{GroupId: sg-0web, UserId: "123456789012"}]}
        - GroupId: sg-0all
          GroupName: all-ports
          Description: every tcp port
          OwnerId: "123456789012"
          VpcId: vpc-0lab
          IpPermissions:
            - {IpProtocol: tcp, FromPort: 0, ToPort: 65535, IpRanges: [{CidrIp: 0.0.0.0/0}]}
        - GroupId: sg-0clinicdefault
          GroupName: default
          Description: default VPC security group
          OwnerId: "123456789012"
          VpcId: vpc-0clinic
      Volumes:
        - VolumeId: vol-01
          Size: 8
          VolumeType: gp3
          Encrypted: true
          KmsKeyId: "arn:aws:kms:us-east-1:123456789012:key/1111"
          State: in-use
          AvailabilityZone: us-east-1b
          CreateTime: 2026-01-10T08:00:00.123Z
          Iops: 3000
          SnapshotId: ""
          MultiAttachEnabled: false
          Attachments:
            - {VolumeId: vol-01, InstanceId: i-01, Device: /dev/xvda, State: attached,
               AttachTime: 2026-01-10T08:00:01Z, DeleteOnTermination: true}
          Tags: [{Key: Name, Value: web-1-root}]
        - {VolumeId: vol-02, Size: 100, VolumeType: gp3, Encrypted: false, State: in-use,
           AvailabilityZone: us-east-1a, CreateTime: 2026-02-01T12:30:00Z,
           Attachments: [{VolumeId: vol-02, InstanceId: i-03, Device: /dev/sdf, State: attached}]}
        - {VolumeId: vol-03, Size: 20, VolumeType: gp2, Encrypted: false, State: available,
           AvailabilityZone: us-east-1a, SnapshotId: snap-01, Attachments: []}
        - {VolumeId: vol-04, Size: 500, VolumeType: io2, Encrypted: true, State: available,
           AvailabilityZone: us-east-1b, Attachments: [], Tags: [{Key: env, Value: prod}]}
      Snapshots:
        - SnapshotId: snap-01
          OwnerId: "123456789012"
          VolumeId: vol-02
          VolumeSize: 100
          Encrypted: false
          State: completed
          Progress: 100%
          StartTime: 2026-03-01T00:00:00Z
          Description: db export
          StorageTier: standard
          CreateVolumePermissions: [{Group: all}]
        - {SnapshotId: snap-02, OwnerId: "123456789012", VolumeId: vol-01, VolumeSize: 8, Encrypted: true,
           State: completed, Description: web root, CreateVolumePermissions: [{UserId: "111122223333"}],
           ProductCodes: [{ProductCodeId: pc-01, ProductCodeType: marketplace}]}
        - {SnapshotId: snap-03, OwnerId: "123456789012", VolumeId: vol-01, VolumeSize: 8, Encrypted: true,
           State: pending, Description: nightly}
        - {SnapshotId: snap-04, OwnerId: "999988887777", VolumeSize: 30, Encrypted: false, State: completed,
           CreateVolumePermissions: [{Group: all}]}
        - {SnapshotId: snap-05, OwnerId: "444455556666", VolumeSize: 40, Encrypted: true, State: completed,
           CreateVolumePermissions: [{UserId: "123456789012"}]}
        - {SnapshotId: snap-06, OwnerId: "777788889999", VolumeSize: 50, Encrypted: true, State: completed}
        - {SnapshotId: snap-07, OwnerId: "801119661308", OwnerAlias: amazon, VolumeSize: 30, Encrypted: false,
           State: completed, CreateVolumePermissions: [{Group: all}]}
      FlowLogs:
        - {FlowLogId: fl-01, ResourceId: vpc-0clinic, TrafficType: ALL, DeliverLogsStatus: SUCCESS,
           FlowLogStatus: ACTIVE, LogDestinationType: cloud-watch-logs, LogGroupName: clinic-flows,
           CreationTime: 2026-01-01T00:00:00.250Z, MaxAggregationInterval: 600}
        - {FlowLogId: fl-02, ResourceId: subnet-0c, TrafficType: REJECT, DeliverLogsStatus: FAILED,
           LogDestinationType: s3, LogDestination: "arn:aws:s3:::clinic-flow-logs",
           Tags: [{Key: team, Value: netops}]}
      InternetGateways:
        - {InternetGatewayId: igw-01, OwnerId: "123456789012",
           Attachments: [{State: available, VpcId: vpc-0default}]}
        - {InternetGatewayId: igw-02, OwnerId: "123456789012",
           Attachments: [{State: available, VpcId: vpc-0clinic}], Tags: [{Key: Name, Value: clinic-igw}]}
        - {InternetGatewayId: igw-03, OwnerId: "123456789012", Attachments: []}
      RouteTables:
        - RouteTableId: rtb-0main
          VpcId: vpc-0clinic
          OwnerId: "123456789012"
          Associations:
            - {Main: true, RouteTableAssociationId: rtbassoc-01, RouteTableId: rtb-0main,
               AssociationState: {State: associated}}
          Routes:
            - {DestinationCidrBlock: 10.0.0.0/16, GatewayId: local, Origin: CreateRouteTable, State: active}
          PropagatingVgws: []
        - RouteTableId: rtb-0public
          VpcId: vpc-0clinic
          OwnerId: "123456789012"
          Associations:
            - {Main: false, RouteTableAssociationId: rtbassoc-02, RouteTableId: rtb-0public, SubnetId: subnet-0c}
          Routes:
            - {DestinationCidrBlock: 10.0.0.0/16, GatewayId: local, Origin: CreateRouteTable, State: active}
            - {DestinationCidrBlock: 0.0.0.0/0, GatewayId: igw-02, Origin: CreateRoute, State: active}
        - RouteTableId: rtb-0private
          VpcId: vpc-0clinic
          OwnerId: "123456789012"
          Associations:
            - {Main: false, RouteTableAssociationId: rtbassoc-03, RouteTableId: rtb-0private, SubnetId: subnet-0b}
          Routes:
            - {DestinationCidrBlock: 10.0.0.0/16, GatewayId: local, Origin: CreateRouteTable, State: active}
            - {DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-01, Origin: CreateRoute, State: blackhole}
      VpnConnections:
        - VpnConnectionId: vpn-01
          State: available
          Type: ipsec.1
          CustomerGatewayId: cgw-01
          VpnGatewayId: vgw-01
          Category: VPN
          Options: {StaticRoutesOnly: true}
          Routes: [{DestinationCidrBlock: 192.168.0.0/16, Source: Static, State: available}]
          VgwTelemetry:
            - {OutsideIpAddress: 52.0.0.1, Status: UP, StatusMessage: "", AcceptedRouteCount: 1,
               LastStatusChange: 2026-10-01T00:00:00Z}
            - {OutsideIpAddress: 52.0.0.2, Status: UP, AcceptedRouteCount: 1}
          Tags: [{Key: site, Value: main-office}]
        - VpnConnectionId: vpn-02
          State: available
          Type: ipsec.1
          CustomerGatewayId: cgw-02
          TransitGatewayId: tgw-01
          Options: {StaticRoutesOnly: false}
          VgwTelemetry:
            - {OutsideIpAddress: 52.0.1.1, Status: UP}
            - {OutsideIpAddress: 52.0.1.2, Status: DOWN, StatusMessage: IPSEC IS DOWN}
)yaml";

class ec2_test : public ::testing::Test {
 protected:
  scenario_server server_{ec2_scenario};
  aws_test_client client_ = server_.client();

  // Calls an EC2 operation and expects it to succeed.
  json call(const char* operation, const json& input = json::object()) {
    auto outcome = client_.call("ec2", operation, input);
    EXPECT_FALSE(outcome.error) << operation << ": " << outcome.error->code << ": "
                                << outcome.error->message;
    EXPECT_EQ(outcome.http_status, 200u) << operation;
    return outcome.output;
  }

  // Calls an EC2 operation and expects AWS's error: wire code, HTTP status and message.
  void expect_error(const char* operation, const json& input, const char* code,
                    const std::string& message, unsigned status = 400) {
    auto outcome = client_.call("ec2", operation, input);
    ASSERT_TRUE(outcome.error) << operation << " succeeded: " << outcome.output.dump();
    EXPECT_EQ(outcome.error->code, code) << operation;
    EXPECT_EQ(outcome.http_status, status) << operation;
    EXPECT_EQ(outcome.error->message, message) << operation;
  }

  // The `id_member` of each item of `result_key` in the output of a call.
  json ids(const char* operation, const json& input, const char* result_key,
           const char* id_member) {
    json out = json::array();
    for (const auto& item : call(operation, input).value(result_key, json::array()))
      out.push_back(item.value(id_member, json()));
    return out;
  }

  // Every page of a call made with MaxResults=`page_size`, following NextToken; checks that no
  // page exceeds the size and the last page carries no token.
  json walk(const char* operation, json input, const char* result_key, int page_size,
            int* pages = nullptr) {
    json seen = json::array();
    input["MaxResults"] = page_size;
    for (int page = 1; page <= 50; ++page) {
      json output = call(operation, input);
      EXPECT_LE(output.value(result_key, json::array()).size(), std::size_t(page_size));
      for (const auto& item : output.value(result_key, json::array())) seen.push_back(item);
      if (!output.contains("NextToken")) {
        if (pages) *pages = page;
        return seen;
      }
      EXPECT_TRUE(output["NextToken"].is_string());
      input["NextToken"] = output["NextToken"];
    }
    ADD_FAILURE() << operation << " never stopped paging";
    return seen;
  }
};

// One filter, as the API takes it: {Name, Values}.
inline json filter(const char* name, std::initializer_list<const char*> values) {
  json f = {{"Name", name}, {"Values", json::array()}};
  for (const char* v : values) f["Values"].push_back(v);
  return f;
}

// A Filters input of the given filters.
inline json filters(std::initializer_list<json> list) {
  json all = json::array();
  for (const auto& f : list) all.push_back(f);
  return {{"Filters", all}};
}

// `member` of each item, in order.
inline json pluck(const json& list, const char* member) {
  json out = json::array();
  for (const auto& item : list) out.push_back(item.value(member, json()));
  return out;
}

}  // namespace hipaasim::testing
