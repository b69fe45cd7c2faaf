// DescribeSecurityGroups through HTTP: ids, names in the default VPC, the rule filters the HIPAA
// rules query, paging.

#include "tests/mockaws/services/ec2/ec2_fixture.hpp"

namespace hipaasim::testing {
namespace {

class describe_security_groups : public ec2_test {
 protected:
  json group_ids(const json& input) {
    return ids("DescribeSecurityGroups", input, "SecurityGroups", "GroupId");
  }
};

TEST_F(describe_security_groups, returns_every_group_as_stored) {
  json groups = call("DescribeSecurityGroups")["SecurityGroups"];
  EXPECT_EQ(pluck(groups, "GroupId"), json({"sg-0default", "sg-0ssh", "sg-0web", "sg-0split",
                                            "sg-0db", "sg-0all", "sg-0clinicdefault"}));
  EXPECT_EQ(groups[1], json::parse(R"({
    "GroupId": "sg-0ssh", "GroupName": "ssh-open", "Description": "ssh from anywhere",
    "OwnerId": "123456789012", "VpcId": "vpc-0clinic",
    "IpPermissions": [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
                       "IpRanges": [{"CidrIp": "0.0.0.0/0", "Description": "anyone"}],
                       "Ipv6Ranges": [], "PrefixListIds": [], "UserIdGroupPairs": []}],
    "IpPermissionsEgress": [], "Tags": [{"Key": "Name", "Value": "ssh-open"}]})"));
}

TEST_F(describe_security_groups, finds_what_the_incoming_ssh_rule_asks_for) {
  // INCOMING_SSH_DISABLED: inbound port 22 open to 0.0.0.0/0.
  json ssh_open = filters({filter("ip-permission.from-port", {"22"}),
                           filter("ip-permission.to-port", {"22"}),
                           filter("ip-permission.cidr", {"0.0.0.0/0"})});
  // sg-0split matches too: EC2 matches rule filters against any combination of rules (its
  // port 22 rule is from 10.0.0.0/8, its 0.0.0.0/0 rule is for 443), as AWS documents.
  EXPECT_EQ(group_ids(ssh_open), json({"sg-0ssh", "sg-0split"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.from-port", {"22"})})),
            json({"sg-0ssh", "sg-0split"}));
  // Ports compare as text: a 0-65535 rule is not "port 22".
  EXPECT_EQ(group_ids(filters({filter("ip-permission.cidr", {"0.0.0.0/0"})})),
            json({"sg-0ssh", "sg-0web", "sg-0split", "sg-0all"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.from-port", {"0"})})), json({"sg-0all"}));
}

TEST_F(describe_security_groups, filters_on_inbound_rule_members) {
  EXPECT_EQ(group_ids(filters({filter("ip-permission.protocol", {"-1"})})),
            json({"sg-0default"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.to-port", {"443", "5432"})})),
            json({"sg-0web", "sg-0split", "sg-0db"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.ipv6-cidr", {"::/0"})})), json({"sg-0web"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.group-id", {"sg-0web"})})), json({"sg-0db"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.user-id", {"123456789012"})})),
            json({"sg-0default", "sg-0db"}));
  EXPECT_EQ(group_ids(filters({filter("ip-permission.cidr", {"10.*"})})), json({"sg-0split"}));
}

TEST_F(describe_security_groups, filters_on_outbound_rule_members) {
  // Groups that declare no egress rules get the allow-all rule AWS gives every new group;
  // sg-0ssh and sg-0web declare their own.
  json allow_all = {"sg-0default", "sg-0split", "sg-0db", "sg-0all", "sg-0clinicdefault"};
  EXPECT_EQ(group_ids(filters({filter("egress.ip-permission.cidr", {"0.0.0.0/0"})})), allow_all);
  EXPECT_EQ(group_ids(filters({filter("egress.ip-permission.protocol", {"-1"})})), allow_all);
  EXPECT_EQ(group_ids(filters({filter("egress.ip-permission.from-port", {"5432"})})),
            json({"sg-0web"}));
  EXPECT_EQ(group_ids(filters({filter("egress.ip-permission.group-id", {"sg-0db"})})),
            json({"sg-0web"}));
}

TEST_F(describe_security_groups, filters_on_group_members_and_tags) {
  EXPECT_EQ(group_ids(filters({filter("vpc-id", {"vpc-0lab", "vpc-0default"})})),
            json({"sg-0default", "sg-0all"}));
  EXPECT_EQ(group_ids(filters({filter("group-name", {"default"})})),
            json({"sg-0default", "sg-0clinicdefault"}));
  EXPECT_EQ(group_ids(filters({filter("group-id", {"sg-0d*"})})), json({"sg-0default", "sg-0db"}));
  EXPECT_EQ(group_ids(filters({filter("description", {"* tier"})})), json({"sg-0web", "sg-0db"}));
  EXPECT_EQ(group_ids(filters({filter("owner-id", {"123456789012"})})).size(), 7u);
  EXPECT_EQ(group_ids(filters({filter("tag:Name", {"ssh-open"})})), json({"sg-0ssh"}));
  EXPECT_EQ(group_ids(filters({filter("tag-key", {"tier"})})), json({"sg-0web"}));
  // VPC_DEFAULT_SECURITY_GROUP_CLOSED: the default groups, then their rules.
  json defaults = filters({filter("group-name", {"default"}), filter("vpc-id", {"vpc-0default"})});
  EXPECT_EQ(group_ids(defaults), json({"sg-0default"}));
}

TEST_F(describe_security_groups, a_filter_without_values_asks_for_any_value) {
  EXPECT_EQ(group_ids(filters({json{{"Name", "ip-permission.ipv6-cidr"}}})), json({"sg-0web"}));
  EXPECT_EQ(group_ids(filters({json{{"Name", "tag-key"}}})), json({"sg-0ssh", "sg-0web"}));
}

TEST_F(describe_security_groups, refuses_an_unknown_filter) {
  expect_error("DescribeSecurityGroups", filters({filter("ip-permission.port", {"22"})}),
               "InvalidParameterValue", "The filter 'ip-permission.port' is invalid");
}

TEST_F(describe_security_groups, selects_by_group_ids) {
  EXPECT_EQ(group_ids({{"GroupIds", {"sg-0db", "sg-0ssh"}}}), json({"sg-0ssh", "sg-0db"}));
  json both = {{"GroupIds", {"sg-0db", "sg-0ssh"}},
               {"Filters", {filter("ip-permission.from-port", {"22"})}}};
  EXPECT_EQ(group_ids(both), json({"sg-0ssh"}));
  expect_error("DescribeSecurityGroups", {{"GroupIds", {"sg-0db", "sg-0nope"}}},
               "InvalidGroup.NotFound", "The security group 'sg-0nope' does not exist");
}

TEST_F(describe_security_groups, names_groups_of_the_default_vpc_only) {
  EXPECT_EQ(group_ids({{"GroupNames", {"default"}}}), json({"sg-0default"}));
  // Ids and names together: the groups named either way.
  EXPECT_EQ(group_ids({{"GroupNames", {"default"}}, {"GroupIds", {"sg-0web"}}}),
            json({"sg-0default", "sg-0web"}));
  expect_error("DescribeSecurityGroups", {{"GroupNames", {"web"}}}, "InvalidGroup.NotFound",
               "The security group 'web' does not exist in default VPC 'vpc-0default'");
}

TEST(ec2_security_groups, names_without_a_default_vpc) {
  scenario_server server(R"yaml(
regions:
  us-east-1:
    ec2:
      Vpcs: [{VpcId: vpc-1, IsDefault: false}]
      SecurityGroups:
        - {GroupId: sg-1, GroupName: app, VpcId: vpc-1}
        - {GroupId: sg-2, GroupName: pasted}
)yaml");
  aws_test_client client = server.client();
  // A group pasted without a VpcId is taken as one of the default VPC's.
  auto outcome = client.call("ec2", "DescribeSecurityGroups", {{"GroupNames", {"pasted"}}});
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(pluck(outcome.output["SecurityGroups"], "GroupId"), json({"sg-2"}));
  outcome = client.call("ec2", "DescribeSecurityGroups", {{"GroupNames", {"app"}}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "VPCIdNotSpecified");
  EXPECT_EQ(outcome.error->message,
            "No default VPC for this user. GroupName is only supported for EC2-Classic and "
            "default VPC.");
  EXPECT_EQ(outcome.http_status, 400u);
}

TEST_F(describe_security_groups, pages_with_max_results) {
  int pages = 0;
  json seen = walk("DescribeSecurityGroups", json::object(), "SecurityGroups", 5, &pages);
  EXPECT_EQ(pages, 2);
  EXPECT_EQ(pluck(seen, "GroupId"), json({"sg-0default", "sg-0ssh", "sg-0web", "sg-0split",
                                          "sg-0db", "sg-0all", "sg-0clinicdefault"}));
  expect_error("DescribeSecurityGroups", {{"MaxResults", 4}}, "InvalidParameterValue",
               "Value ( 4 ) for parameter MaxResults is invalid. Expecting a value greater than "
               "or equal to 5.");
  expect_error("DescribeSecurityGroups", {{"MaxResults", 1001}}, "InvalidParameterValue",
               "Value ( 1001 ) for parameter MaxResults is invalid. Expecting a value smaller "
               "than or equal to 1000.");
}

}  // namespace
}  // namespace hipaasim::testing
