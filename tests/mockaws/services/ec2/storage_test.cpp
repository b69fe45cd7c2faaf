// EBS through HTTP: DescribeVolumes, DescribeSnapshots (owners, restorable-by, visibility),
// DescribeSnapshotAttribute and GetEbsEncryptionByDefault.

#include "tests/mockaws/services/ec2/ec2_fixture.hpp"

namespace hipaasim::testing {
namespace {

class describe_volumes : public ec2_test {
 protected:
  json volume_ids(const json& input) { return ids("DescribeVolumes", input, "Volumes", "VolumeId"); }
};

TEST_F(describe_volumes, returns_every_volume_as_stored) {
  json volumes = call("DescribeVolumes")["Volumes"];
  EXPECT_EQ(pluck(volumes, "VolumeId"), json({"vol-01", "vol-02", "vol-03", "vol-04"}));
  EXPECT_EQ(volumes[0], json::parse(R"({
    "VolumeId": "vol-01", "Size": 8, "VolumeType": "gp3", "Encrypted": true,
    "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1111", "State": "in-use",
    "AvailabilityZone": "us-east-1b", "CreateTime": "2026-01-10T08:00:00.123Z", "Iops": 3000,
    "SnapshotId": "", "MultiAttachEnabled": false,
    "Attachments": [{"VolumeId": "vol-01", "InstanceId": "i-01", "Device": "/dev/xvda",
                     "State": "attached", "AttachTime": "2026-01-10T08:00:01Z",
                     "DeleteOnTermination": true}],
    "Tags": [{"Key": "Name", "Value": "web-1-root"}]})"));
}

TEST_F(describe_volumes, filters_on_volume_members) {
  // ENCRYPTED_VOLUMES: the unencrypted ones.
  EXPECT_EQ(volume_ids(filters({filter("encrypted", {"false"})})), json({"vol-02", "vol-03"}));
  EXPECT_EQ(volume_ids(filters({filter("status", {"available"})})), json({"vol-03", "vol-04"}));
  EXPECT_EQ(volume_ids(filters({filter("attachment.instance-id", {"i-01", "i-03"})})),
            json({"vol-01", "vol-02"}));
  EXPECT_EQ(volume_ids(filters({filter("attachment.status", {"attached"}),
                                filter("encrypted", {"true"})})),
            json({"vol-01"}));
  EXPECT_EQ(volume_ids(filters({filter("attachment.device", {"/dev/sd?"})})), json({"vol-02"}));
  EXPECT_EQ(volume_ids(filters({filter("size", {"500", "8"})})), json({"vol-01", "vol-04"}));
  EXPECT_EQ(volume_ids(filters({filter("snapshot-id", {"snap-01"})})), json({"vol-03"}));
  EXPECT_EQ(volume_ids(filters({filter("volume-type", {"gp*"})})),
            json({"vol-01", "vol-02", "vol-03"}));
  EXPECT_EQ(volume_ids(filters({filter("availability-zone", {"us-east-1b"})})),
            json({"vol-01", "vol-04"}));
  EXPECT_EQ(volume_ids(filters({filter("create-time", {"2026-01-10T08:00:00.123Z"})})),
            json({"vol-01"}));
  EXPECT_EQ(volume_ids(filters({filter("tag:env", {"prod"})})), json({"vol-04"}));
  EXPECT_EQ(volume_ids(filters({filter("volume-id", {"vol-0?"}), filter("tag-key", {"Name"})})),
            json({"vol-01"}));
  expect_error("DescribeVolumes", filters({filter("instance-id", {"i-01"})}),
               "InvalidParameterValue", "The filter 'instance-id' is invalid");
}

TEST_F(describe_volumes, selects_by_ids_and_names_unknown_ones) {
  EXPECT_EQ(volume_ids({{"VolumeIds", {"vol-04", "vol-02"}}}), json({"vol-02", "vol-04"}));
  expect_error("DescribeVolumes", {{"VolumeIds", {"vol-02", "vol-x"}}}, "InvalidVolume.NotFound",
               "The volume 'vol-x' does not exist.");
}

TEST_F(describe_volumes, pages_with_max_results_from_5) {
  int pages = 0;
  EXPECT_EQ(pluck(walk("DescribeVolumes", json::object(), "Volumes", 5, &pages), "VolumeId"),
            json({"vol-01", "vol-02", "vol-03", "vol-04"}));
  EXPECT_EQ(pages, 1);
  expect_error("DescribeVolumes", {{"MaxResults", 2}}, "InvalidParameterValue",
               "Value ( 2 ) for parameter maxResults is invalid. Expecting a value greater than 5.");
  // Above 500 AWS returns 500 per page rather than failing.
  EXPECT_EQ(call("DescribeVolumes", {{"MaxResults", 600}})["Volumes"].size(), 4u);
  expect_error("DescribeVolumes", {{"MaxResults", 5}, {"VolumeIds", {"vol-01"}}},
               "InvalidParameterCombination",
               "The parameter volumeSet cannot be used with the parameter maxResults");
}

class describe_snapshots : public ec2_test {
 protected:
  json snapshot_ids(const json& input) {
    return ids("DescribeSnapshots", input, "Snapshots", "SnapshotId");
  }
};

TEST_F(describe_snapshots, lists_the_accounts_own_snapshots_by_default) {
  json own = call("DescribeSnapshots")["Snapshots"];
  EXPECT_EQ(pluck(own, "SnapshotId"), json({"snap-01", "snap-02", "snap-03"}));
  // The permission sub-documents stay off the wire.
  EXPECT_EQ(own[0], json::parse(R"({
    "SnapshotId": "snap-01", "OwnerId": "123456789012", "VolumeId": "vol-02",
    "VolumeSize": 100, "Encrypted": false, "State": "completed", "Progress": "100%",
    "StartTime": "2026-03-01T00:00:00Z", "Description": "db export",
    "StorageTier": "standard"})"));
  EXPECT_EQ(snapshot_ids({{"OwnerIds", {"self"}}}), json({"snap-01", "snap-02", "snap-03"}));
}

TEST_F(describe_snapshots, scopes_by_owner) {
  EXPECT_EQ(snapshot_ids({{"OwnerIds", {"999988887777"}}}), json({"snap-04"}));
  EXPECT_EQ(snapshot_ids({{"OwnerIds", {"amazon"}}}), json({"snap-07"}));
  EXPECT_EQ(snapshot_ids({{"OwnerIds", {"444455556666", "self"}}}),
            json({"snap-01", "snap-02", "snap-03", "snap-05"}));
  // Another account's private snapshot is out of sight.
  EXPECT_EQ(snapshot_ids({{"OwnerIds", {"777788889999"}}}), json::array());
}

TEST_F(describe_snapshots, scopes_by_restorable_by) {
  // EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK: the account's public snapshots.
  EXPECT_EQ(snapshot_ids({{"OwnerIds", {"self"}}, {"RestorableByUserIds", {"all"}}}),
            json({"snap-01"}));
  EXPECT_EQ(snapshot_ids({{"RestorableByUserIds", {"all"}}}),
            json({"snap-01", "snap-04", "snap-07"}));
  EXPECT_EQ(snapshot_ids({{"RestorableByUserIds", {"111122223333"}}, {"OwnerIds", {"self"}}}),
            json({"snap-01", "snap-02"}));
  EXPECT_EQ(snapshot_ids({{"RestorableByUserIds", {"self"}}}),
            json({"snap-01", "snap-04", "snap-05", "snap-07"}));
}

TEST_F(describe_snapshots, selects_visible_snapshots_by_id) {
  EXPECT_EQ(snapshot_ids({{"SnapshotIds", {"snap-05", "snap-04", "snap-02"}}}),
            json({"snap-02", "snap-04", "snap-05"}));
  expect_error("DescribeSnapshots", {{"SnapshotIds", {"snap-02", "snap-06"}}},
               "InvalidSnapshot.NotFound", "The snapshot 'snap-06' does not exist.");
  expect_error("DescribeSnapshots", {{"SnapshotIds", {"snap-x"}}}, "InvalidSnapshot.NotFound",
               "The snapshot 'snap-x' does not exist.");
}

TEST_F(describe_snapshots, filters_on_snapshot_members) {
  EXPECT_EQ(snapshot_ids(filters({filter("encrypted", {"false"})})), json({"snap-01"}));
  EXPECT_EQ(snapshot_ids(filters({filter("status", {"pending"})})), json({"snap-03"}));
  EXPECT_EQ(snapshot_ids(filters({filter("volume-id", {"vol-01"})})), json({"snap-02", "snap-03"}));
  EXPECT_EQ(snapshot_ids(filters({filter("description", {"*e*t"})})), json({"snap-01", "snap-02"}));
  EXPECT_EQ(snapshot_ids(filters({filter("volume-size", {"8"})})), json({"snap-02", "snap-03"}));
  EXPECT_EQ(snapshot_ids(filters({filter("start-time", {"2026-03-01*"})})), json({"snap-01"}));
  json theirs = {{"OwnerIds", {"self", "amazon", "999988887777"}},
                 {"Filters", {filter("owner-alias", {"amazon"})}}};
  EXPECT_EQ(snapshot_ids(theirs), json({"snap-07"}));
  expect_error("DescribeSnapshots", filters({filter("size", {"8"})}), "InvalidParameterValue",
               "The filter 'size' is invalid");
}

TEST_F(describe_snapshots, pages_with_max_results) {
  int pages = 0;
  json every = {{"OwnerIds", {"self", "amazon", "999988887777", "444455556666"}}};
  EXPECT_EQ(pluck(walk("DescribeSnapshots", every, "Snapshots", 5, &pages), "SnapshotId"),
            json({"snap-01", "snap-02", "snap-03", "snap-04", "snap-05", "snap-07"}));
  EXPECT_EQ(pages, 2);
  expect_error("DescribeSnapshots", {{"MaxResults", 5}, {"SnapshotIds", {"snap-01"}}},
               "InvalidParameterCombination",
               "The parameter snapshotSet cannot be used with the parameter maxResults");
}

class describe_snapshot_attribute : public ec2_test {
 protected:
  json attribute(const char* id, const char* name) {
    return call("DescribeSnapshotAttribute", {{"SnapshotId", id}, {"Attribute", name}});
  }
};

TEST_F(describe_snapshot_attribute, returns_create_volume_permissions) {
  EXPECT_EQ(attribute("snap-01", "createVolumePermission"),
            json::parse(R"({"SnapshotId": "snap-01", "CreateVolumePermissions": [{"Group": "all"}]})"));
  EXPECT_EQ(attribute("snap-02", "createVolumePermission")["CreateVolumePermissions"],
            json::parse(R"([{"UserId": "111122223333"}])"));
  // A private snapshot: no permissions.
  json none = attribute("snap-03", "createVolumePermission");
  EXPECT_EQ(none["SnapshotId"], "snap-03");
  EXPECT_EQ(none.value("CreateVolumePermissions", json()), json::array());
  // A snapshot shared with this account can be read too.
  EXPECT_EQ(attribute("snap-05", "createVolumePermission")["CreateVolumePermissions"],
            json::parse(R"([{"UserId": "123456789012"}])"));
}

TEST_F(describe_snapshot_attribute, returns_product_codes) {
  EXPECT_EQ(attribute("snap-02", "productCodes"), json::parse(R"({"SnapshotId": "snap-02",
    "ProductCodes": [{"ProductCodeId": "pc-01", "ProductCodeType": "marketplace"}]})"));
  EXPECT_EQ(attribute("snap-01", "productCodes").value("ProductCodes", json()), json::array());
}

TEST_F(describe_snapshot_attribute, fails_for_unknown_snapshots_and_attributes) {
  expect_error("DescribeSnapshotAttribute",
               {{"SnapshotId", "snap-06"}, {"Attribute", "createVolumePermission"}},
               "InvalidSnapshot.NotFound", "The snapshot 'snap-06' does not exist.");
  expect_error("DescribeSnapshotAttribute",
               {{"SnapshotId", "snap-01"}, {"Attribute", "kernel"}}, "InvalidParameterValue",
               "Value (kernel) for parameter attribute is invalid. Unknown attribute.");
  auto outcome = client_.call("ec2", "DescribeSnapshotAttribute", {{"SnapshotId", "snap-01"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "MissingParameter");
  EXPECT_EQ(outcome.http_status, 400u);
}

TEST_F(ec2_test, ebs_encryption_by_default_per_region) {
  EXPECT_EQ(call("GetEbsEncryptionByDefault"), json({{"EbsEncryptionByDefault", true}}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(call("GetEbsEncryptionByDefault"), json({{"EbsEncryptionByDefault", false}}));
  // A region the scenario says nothing about: AWS's default, off.
  client_.set_region("us-west-2");
  EXPECT_EQ(call("GetEbsEncryptionByDefault"), json({{"EbsEncryptionByDefault", false}}));
}

}  // namespace
}  // namespace hipaasim::testing
