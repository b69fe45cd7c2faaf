// DescribeInstances through HTTP: reservations as stored, ids, filters per instance, paging.

#include "tests/mockaws/services/ec2/ec2_fixture.hpp"

namespace hipaasim::testing {
namespace {

class describe_instances : public ec2_test {
 protected:
  json reservations(const json& input = json::object()) {
    return call("DescribeInstances", input).value("Reservations", json::array());
  }
  // The instance ids of every reservation, flattened, in order.
  json instance_ids(const json& input) {
    json out = json::array();
    for (const auto& r : reservations(input))
      for (const auto& i : r["Instances"]) out.push_back(i["InstanceId"]);
    return out;
  }
  const json& stored() const {
    return server_.store().find_account("123456789012")->state("us-east-1", "ec2");
  }
};

TEST_F(describe_instances, returns_every_reservation_as_stored) {
  json all = reservations();
  EXPECT_EQ(pluck(all, "ReservationId"),
            json({"r-01", "r-02", "r-03", "r-04", "r-05", "r-06", "r-07"}));
  EXPECT_EQ(all[0], stored()["Reservations"][0]);
  EXPECT_EQ(all[1], stored()["Reservations"][1]);
  const json& web = all[0]["Instances"][0];
  EXPECT_EQ(web["State"], json({{"Code", 16}, {"Name", "running"}}));
  EXPECT_EQ(web["LaunchTime"], "2026-01-10T08:00:00Z");
  EXPECT_EQ(web["MetadataOptions"]["HttpPutResponseHopLimit"], 1);
  EXPECT_EQ(web["BlockDeviceMappings"][0]["Ebs"]["DeleteOnTermination"], true);
  EXPECT_EQ(all[1]["RequesterId"], "940372691376");
}

TEST_F(describe_instances, keeps_reservations_whole_and_drops_emptied_ones) {
  json running = reservations(filters({filter("instance-state-name", {"running"})}));
  EXPECT_EQ(pluck(running, "ReservationId"), json({"r-01", "r-02", "r-04", "r-05"}));
  // r-01 keeps its own members but only its running instance.
  EXPECT_EQ(running[0]["OwnerId"], "123456789012");
  EXPECT_EQ(running[0]["Groups"], json::array());
  EXPECT_EQ(pluck(running[0]["Instances"], "InstanceId"), json({"i-01"}));
  EXPECT_EQ(pluck(running[2]["Instances"], "InstanceId"), json({"i-05"}));
}

TEST_F(describe_instances, selects_by_instance_ids_in_state_order) {
  EXPECT_EQ(instance_ids({{"InstanceIds", {"i-05", "i-01", "i-05"}}}), json({"i-01", "i-05"}));
  EXPECT_EQ(pluck(reservations({{"InstanceIds", {"i-06"}}}), "ReservationId"), json({"r-04"}));
  // Ids and filters AND together.
  json both = {{"InstanceIds", {"i-05", "i-06"}},
               {"Filters", {filter("instance-state-name", {"pending"})}}};
  EXPECT_EQ(instance_ids(both), json({"i-06"}));
}

TEST_F(describe_instances, names_unknown_instance_ids) {
  expect_error("DescribeInstances", {{"InstanceIds", {"i-x"}}}, "InvalidInstanceID.NotFound",
               "The instance ID 'i-x' does not exist");
  expect_error("DescribeInstances", {{"InstanceIds", {"i-x", "i-01", "i-y", "i-x"}}},
               "InvalidInstanceID.NotFound", "The instance IDs 'i-x, i-y' do not exist");
}

TEST_F(describe_instances, filters_on_instance_members) {
  EXPECT_EQ(instance_ids(filters({filter("instance-id", {"i-03", "i-07"})})),
            json({"i-03", "i-07"}));
  EXPECT_EQ(instance_ids(filters({filter("instance-type", {"m5.large", "c5.xlarge"})})),
            json({"i-03", "i-08"}));
  EXPECT_EQ(instance_ids(filters({filter("instance-state-code", {"80"})})),
            json({"i-02", "i-08"}));
  EXPECT_EQ(instance_ids(filters({filter("vpc-id", {"vpc-0lab"})})), json({"i-05", "i-06"}));
  EXPECT_EQ(instance_ids(filters({filter("subnet-id", {"subnet-0c"})})), json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("image-id", {"ami-0old"})})), json({"i-04"}));
  EXPECT_EQ(instance_ids(filters({filter("availability-zone", {"us-east-1b"})})),
            json({"i-01", "i-02"}));
  EXPECT_EQ(instance_ids(filters({filter("ip-address", {"54.0.0.3"})})), json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("metadata-options.http-tokens", {"required"})})),
            json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("iam-instance-profile.arn", {"*:instance-profile/db"})})),
            json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("block-device-mapping.volume-id", {"vol-01"})})),
            json({"i-01"}));
  EXPECT_EQ(instance_ids(filters({filter("reason", {"User initiated*"})})), json({"i-04"}));
}

TEST_F(describe_instances, filters_on_security_groups_of_the_instance) {
  EXPECT_EQ(instance_ids(filters({filter("instance.group-id", {"sg-0ssh"})})), json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("group-id", {"sg-0web"})})), json({"i-01", "i-02"}));
  EXPECT_EQ(instance_ids(filters({filter("instance.group-name", {"all-ports"})})), json({"i-05"}));
}

TEST_F(describe_instances, filters_on_reservation_members) {
  EXPECT_EQ(instance_ids(filters({filter("reservation-id", {"r-04"})})), json({"i-05", "i-06"}));
  EXPECT_EQ(instance_ids(filters({filter("requester-id", {"940372691376"})})), json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("owner-id", {"123456789012"})})).size(), 9u);
  EXPECT_EQ(instance_ids(filters({filter("owner-id", {"111122223333"})})), json::array());
}

TEST_F(describe_instances, filters_on_tags) {
  EXPECT_EQ(instance_ids(filters({filter("tag:env", {"dev"})})), json({"i-05", "i-06"}));
  EXPECT_EQ(instance_ids(filters({filter("tag:Name", {"web-*", "db"})})),
            json({"i-01", "i-02", "i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("tag-key", {"env"})})),
            json({"i-01", "i-02", "i-03", "i-05", "i-06"}));
  EXPECT_EQ(instance_ids(filters({filter("tag-value", {"lab-?"})})), json({"i-05", "i-06"}));
  // A tag key is taken literally in the filter name, wildcards and all.
  EXPECT_EQ(instance_ids(filters({filter("tag:backup*", {"yes\\?"})})), json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("tag:backup", {"*"})})), json::array());
}

TEST_F(describe_instances, compares_times_as_ec2_prints_them) {
  EXPECT_EQ(instance_ids(filters({filter("launch-time", {"2026-01-10T*"})})),
            json({"i-01", "i-02"}));
  EXPECT_EQ(instance_ids(filters({filter("launch-time", {"2026-02-01T12:30:00.000Z"})})),
            json({"i-03"}));
  EXPECT_EQ(instance_ids(filters({filter("block-device-mapping.attach-time",
                                         {"2026-01-10T08:00:01.000Z"})})),
            json({"i-01"}));
}

TEST_F(describe_instances, ands_filters_and_ors_values) {
  json prod_micro = filters({filter("instance-type", {"t3.micro"}), filter("tag:env", {"prod"})});
  EXPECT_EQ(instance_ids(prod_micro), json({"i-01", "i-02"}));
  json running_or_stopping = filters({filter("instance-state-name", {"running", "stopping"}),
                                      filter("vpc-id", {"vpc-0default"})});
  EXPECT_EQ(instance_ids(running_or_stopping), json({"i-07", "i-09"}));
  // The same filter twice: both must hold.
  EXPECT_EQ(instance_ids(filters({filter("tag:Name", {"web-*"}), filter("tag:Name", {"*-2"})})),
            json({"i-02"}));
}

TEST_F(describe_instances, refuses_an_unknown_filter) {
  expect_error("DescribeInstances", filters({filter("instance-colour", {"red"})}),
               "InvalidParameterValue", "The filter 'instance-colour' is invalid");
  // Volume filters are not instance filters.
  expect_error("DescribeInstances", filters({filter("encrypted", {"true"})}),
               "InvalidParameterValue", "The filter 'encrypted' is invalid");
}

TEST_F(describe_instances, pages_by_reservation_with_max_results) {
  int pages = 0;
  json seen = walk("DescribeInstances", json::object(), "Reservations", 5, &pages);
  EXPECT_EQ(pages, 2);
  EXPECT_EQ(pluck(seen, "ReservationId"),
            json({"r-01", "r-02", "r-03", "r-04", "r-05", "r-06", "r-07"}));
  json all_instances = json::array();
  for (const auto& r : seen)
    for (const auto& i : r["Instances"]) all_instances.push_back(i["InstanceId"]);
  EXPECT_EQ(all_instances,
            json({"i-01", "i-02", "i-03", "i-04", "i-05", "i-06", "i-07", "i-08", "i-09"}));

  // Filters apply before paging: four running reservations fit one page of five.
  json running = filters({filter("instance-state-name", {"running"})});
  EXPECT_EQ(pluck(walk("DescribeInstances", running, "Reservations", 5, &pages), "ReservationId"),
            json({"r-01", "r-02", "r-04", "r-05"}));
  EXPECT_EQ(pages, 1);
  // Without MaxResults everything comes at once, with no token.
  EXPECT_FALSE(call("DescribeInstances").contains("NextToken"));
}

TEST_F(describe_instances, requires_max_results_between_5_and_1000) {
  expect_error("DescribeInstances", {{"MaxResults", 4}}, "InvalidParameterValue",
               "Value ( 4 ) for parameter maxResults is invalid. Expecting a value greater than 5.");
  expect_error("DescribeInstances", {{"MaxResults", 1001}}, "InvalidParameterValue",
               "Value ( 1001 ) for parameter maxResults is invalid. Expecting a value less than "
               "1000.");
  EXPECT_EQ(call("DescribeInstances", {{"MaxResults", 1000}})["Reservations"].size(), 7u);
  expect_error("DescribeInstances", {{"MaxResults", 5}, {"InstanceIds", {"i-01"}}},
               "InvalidParameterCombination",
               "The parameter instancesSet cannot be used with the parameter maxResults");
}

TEST_F(describe_instances, rejects_a_token_it_did_not_issue) {
  auto outcome = client_.call("ec2", "DescribeInstances", {{"MaxResults", 5}, {"NextToken", "forged"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "InvalidParameterValue");
  EXPECT_EQ(outcome.http_status, 400u);
}

TEST(ec2_instances, an_empty_region_has_no_reservations) {
  scenario_server server("regions:\n  us-east-1:\n    ec2: {}\n");
  aws_test_client client = server.client();
  auto outcome = client.call("ec2", "DescribeInstances");
  ASSERT_FALSE(outcome.error) << outcome.error->message;
  EXPECT_EQ(outcome.output.value("Reservations", json::array()), json::array());
  client.set_region("ap-south-1");
  outcome = client.call("ec2", "DescribeInstances", {{"InstanceIds", {"i-01"}}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "InvalidInstanceID.NotFound");
}

}  // namespace
}  // namespace hipaasim::testing
