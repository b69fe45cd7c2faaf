// Each codec both ways on real operations: what the client encodes the mock decodes to the same
// input, and what the mock encodes the client decodes to the same output, in all five protocols.

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/protocol/codec.hpp"

namespace mockaws::protocol {
namespace {

using models::model_registry;

const models::service_model& service(std::string_view id) {
  const auto* s = model_registry::embedded().find(id);
  if (!s) throw std::runtime_error("no model for " + std::string(id));
  return *s;
}

struct roundtrip_case {
  std::string service;
  models::protocol protocol;
  std::string operation;
  json input;
  json output;
};

void PrintTo(const roundtrip_case& c, std::ostream* os) {
  *os << c.service << ":" << c.operation << " over " << models::protocol_name(c.protocol);
}

class codec_roundtrip : public ::testing::TestWithParam<roundtrip_case> {};

TEST_P(codec_roundtrip, request_encoded_by_client_decodes_to_the_same_input) {
  const auto& c = GetParam();
  const auto& svc = service(c.service);
  const auto& op = *svc.find_operation(c.operation);
  const codec& k = codec_for(c.protocol);
  http::request request = k.encode_request(svc, op, c.input);
  EXPECT_TRUE(k.addressed_to(svc, request));
  decoded_call call = k.decode_request(svc, request);
  ASSERT_EQ(call.operation, &op);
  EXPECT_EQ(call.input, c.input) << "wire: " << request.target << "\n" << request.body;
}

TEST_P(codec_roundtrip, response_encoded_by_mock_decodes_to_the_same_output) {
  const auto& c = GetParam();
  const auto& svc = service(c.service);
  const auto& op = *svc.find_operation(c.operation);
  const codec& k = codec_for(c.protocol);
  http::response response = k.encode_response(svc, op, c.output, "req-1");
  call_outcome outcome = k.decode_response(svc, op, response);
  ASSERT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
  EXPECT_EQ(outcome.output, c.output) << "wire:\n" << response.body;
  EXPECT_EQ(outcome.request_id, "req-1");
}

TEST_P(codec_roundtrip, error_encoded_by_mock_decodes_to_the_same_error) {
  const auto& c = GetParam();
  const auto& svc = service(c.service);
  const auto& op = *svc.find_operation(c.operation);
  const codec& k = codec_for(c.protocol);
  api_error sent("ThrottlingException", "Rate exceeded <&> \"quoted\"", 400);
  sent.headers = {{"x-amz-bucket-region", "eu-west-1"}};
  http::response response = k.encode_error(svc, sent, "req-2");
  EXPECT_EQ(response.status, 400u);
  EXPECT_EQ(response.header("x-amz-bucket-region"), "eu-west-1");
  call_outcome outcome = k.decode_response(svc, op, response);
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.error->code, "ThrottlingException");
  EXPECT_EQ(outcome.error->message, sent.message);
  EXPECT_EQ(outcome.request_id, "req-2");
}

const json iam_user = {{"Path", "/"},
                       {"UserName", "alice"},
                       {"UserId", "AIDAEXAMPLE1"},
                       {"Arn", "arn:aws:iam::123456789012:user/alice"},
                       {"CreateDate", "2024-01-02T03:04:05Z"},
                       {"PasswordLastUsed", "2024-06-01T00:00:00.250Z"},
                       {"Tags", json::array({{{"Key", "team"}, {"Value", "care & billing"}}})}};

INSTANTIATE_TEST_SUITE_P(
    all_protocols, codec_roundtrip,
    ::testing::Values(
        roundtrip_case{"iam", models::protocol::query, "ListUsers",
                       {{"PathPrefix", "/"}, {"MaxItems", 1}, {"Marker", "abc+/="}},
                       {{"Users", json::array({iam_user})}, {"IsTruncated", true},
                        {"Marker", "next"}}},
        roundtrip_case{"iam", models::protocol::query, "GetAccountSummary", json::object(),
                       {{"SummaryMap", {{"AccountMFAEnabled", 1}, {"Users", 3}}}}},
        roundtrip_case{
            "ec2", models::protocol::ec2, "DescribeSecurityGroups",
            {{"Filters", json::array({{{"Name", "ip-permission.from-port"},
                                       {"Values", json::array({"22", "3389"})}}})},
             {"GroupIds", json::array({"sg-1"})},
             {"MaxResults", 5}},
            {{"SecurityGroups",
              json::array({{{"GroupId", "sg-1"},
                            {"GroupName", "web"},
                            {"IpPermissions",
                             json::array({{{"FromPort", 22},
                                           {"ToPort", 22},
                                           {"IpProtocol", "tcp"},
                                           {"IpRanges", json::array({{{"CidrIp", "0.0.0.0/0"}}})},
                                           {"Ipv6Ranges", json::array()}}})}}})}}},
        roundtrip_case{"ec2", models::protocol::ec2, "GetEbsEncryptionByDefault", json::object(),
                       {{"EbsEncryptionByDefault", false}}},
        roundtrip_case{"dynamodb", models::protocol::json, "DescribeTable",
                       {{"TableName", "patients"}},
                       {{"Table",
                         {{"TableName", "patients"},
                          {"TableStatus", "ACTIVE"},
                          {"CreationDateTime", "2023-05-06T07:08:09.500Z"},
                          {"ItemCount", 12},
                          {"SSEDescription", {{"Status", "ENABLED"}, {"SSEType", "KMS"}}}}}}},
        roundtrip_case{"cloudwatch", models::protocol::json, "DescribeAlarms",
                       {{"AlarmNames", json::array({"cpu"})}, {"MaxRecords", 10}},
                       {{"MetricAlarms", json::array({{{"AlarmName", "cpu"},
                                                       {"Threshold", 80.5},
                                                       {"ActionsEnabled", true},
                                                       {"AlarmActions", json::array({"arn:a"})}}})}}},
        roundtrip_case{"cloudwatch", models::protocol::query, "DescribeAlarms",
                       {{"AlarmNames", json::array({"cpu"})}, {"MaxRecords", 10}},
                       {{"MetricAlarms", json::array({{{"AlarmName", "cpu"},
                                                       {"Threshold", 80.5},
                                                       {"ActionsEnabled", true},
                                                       {"AlarmActions", json::array({"arn:a"})}}})}}},
        roundtrip_case{"s3", models::protocol::rest_xml, "GetBucketEncryption",
                       {{"Bucket", "phi-records"}, {"ExpectedBucketOwner", "123456789012"}},
                       {{"ServerSideEncryptionConfiguration",
                         {{"Rules", json::array({{{"ApplyServerSideEncryptionByDefault",
                                                   {{"SSEAlgorithm", "aws:kms"},
                                                    {"KMSMasterKeyID", "arn:aws:kms:k"}}},
                                                  {"BucketKeyEnabled", true}}})}}}}},
        roundtrip_case{"s3", models::protocol::rest_xml, "GetBucketAcl", {{"Bucket", "b"}},
                       {{"Owner", {{"ID", "owner-id"}}},
                        {"Grants", json::array({{{"Grantee",
                                                  {{"Type", "Group"},
                                                   {"URI", "http://acs.amazonaws.com/groups/global/AllUsers"}}},
                                                 {"Permission", "READ"}}})}}},
        roundtrip_case{"s3", models::protocol::rest_xml, "GetBucketLocation", {{"Bucket", "b"}},
                       {{"LocationConstraint", "eu-west-1"}}},
        roundtrip_case{"s3", models::protocol::rest_xml, "GetBucketPolicy", {{"Bucket", "b"}},
                       {{"Policy", R"({"Version":"2012-10-17","Statement":[]})"}}},
        roundtrip_case{"s3", models::protocol::rest_xml, "ListBuckets", json::object(),
                       {{"Buckets", json::array({{{"Name", "a"}, {"CreationDate", "2024-01-01T00:00:00Z"}},
                                                 {{"Name", "b"}, {"CreationDate", "2024-01-02T00:00:00Z"}}})},
                        {"Owner", {{"DisplayName", "clinic"}, {"ID", "abc"}}}}},
        roundtrip_case{"lambda", models::protocol::rest_json, "ListFunctions",
                       {{"MaxItems", 2}, {"Marker", "m/1"}, {"FunctionVersion", "ALL"}},
                       {{"Functions", json::array({{{"FunctionName", "intake"},
                                                    {"Runtime", "python3.12"},
                                                    {"MemorySize", 128}}})},
                        {"NextMarker", "n"}}},
        roundtrip_case{"lambda", models::protocol::rest_json, "GetPolicy",
                       {{"FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:a b"},
                        {"Qualifier", "1"}},
                       {{"Policy", "{}"}, {"RevisionId", "r1"}}},
        roundtrip_case{"backup", models::protocol::rest_json, "ListRecoveryPointsByResource",
                       {{"ResourceArn", "arn:aws:dynamodb:us-east-1:1:table/t"},
                        {"MaxResults", 3}},
                       {{"RecoveryPoints", json::array({{{"RecoveryPointArn", "arn:rp"},
                                                         {"CreationDate", "2024-01-01T00:00:00Z"},
                                                         {"Status", "COMPLETED"}}})}}}));

TEST(codec_wire, query_lists_are_wrapped_in_member_elements) {
  const auto& iam = service("iam");
  const auto& op = *iam.find_operation("ListUsers");
  auto response = codec_for(models::protocol::query)
                      .encode_response(iam, op, {{"Users", json::array({{{"UserName", "a"}}})},
                                                 {"IsTruncated", false}},
                                       "rid");
  EXPECT_EQ(response.body,
            "<ListUsersResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
            "<ListUsersResult><Users><member><UserName>a</UserName></member></Users>"
            "<IsTruncated>false</IsTruncated></ListUsersResult>"
            "<ResponseMetadata><RequestId>rid</RequestId></ResponseMetadata></ListUsersResponse>");
}

TEST(codec_wire, ec2_parameters_use_ec2_names_and_item_elements) {
  const auto& ec2 = service("ec2");
  const auto& op = *ec2.find_operation("DescribeInstances");
  const codec& k = codec_for(models::protocol::ec2);
  auto request = k.encode_request(
      ec2, op, {{"Filters", json::array({{{"Name", "instance-state-name"},
                                          {"Values", json::array({"running"})}}})},
                {"InstanceIds", json::array({"i-1"})}});
  EXPECT_NE(request.body.find("Filter.1.Name=instance-state-name"), std::string::npos);
  EXPECT_NE(request.body.find("Filter.1.Value.1=running"), std::string::npos);
  EXPECT_NE(request.body.find("InstanceId.1=i-1"), std::string::npos);

  auto response = k.encode_response(
      ec2, op, {{"Reservations", json::array({{{"ReservationId", "r-1"},
                                               {"Instances", json::array({{{"InstanceId", "i-1"}}})}}})}},
      "rid");
  // Elements follow the model's member order; clients match by name, not position.
  EXPECT_NE(response.body.find("<reservationSet><item>"), std::string::npos) << response.body;
  EXPECT_NE(response.body.find("<reservationId>r-1</reservationId>"), std::string::npos);
  EXPECT_NE(response.body.find("<instancesSet><item><instanceId>i-1</instanceId></item>"
                               "</instancesSet>"),
            std::string::npos)
      << response.body;
  EXPECT_NE(response.body.find("<requestId>rid</requestId>"), std::string::npos);
}

TEST(codec_wire, json_timestamps_are_epoch_seconds_and_errors_carry_type) {
  const auto& ddb = service("dynamodb");
  const auto& op = *ddb.find_operation("DescribeTable");
  const codec& k = codec_for(models::protocol::json);
  auto response = k.encode_response(
      ddb, op, {{"Table", {{"CreationDateTime", "2024-01-01T00:00:00.5Z"}}}}, "rid");
  EXPECT_EQ(json::parse(response.body), json::parse(R"({"Table":{"CreationDateTime":1704067200.5}})"));
  EXPECT_EQ(response.header("content-type"), "application/x-amz-json-1.0");

  auto error = k.encode_error(
      ddb, api_error::modeled(ddb, "ResourceNotFoundException", "Requested resource not found"),
      "rid");
  EXPECT_EQ(error.header("x-amzn-errortype"), "ResourceNotFoundException");
  EXPECT_EQ(json::parse(error.body)["__type"], "ResourceNotFoundException");
}

TEST(codec_wire, query_compatible_json_errors_carry_the_query_code) {
  const auto& cw = service("cloudwatch");
  auto error = codec_for(models::protocol::json)
                   .encode_error(cw, api_error::modeled(cw, "InvalidNextToken", "bad token"), "r");
  EXPECT_EQ(error.header("x-amzn-query-error"), "InvalidNextToken;Sender");
  EXPECT_EQ(error.header("content-type"), "application/x-amz-json-1.0");
}

TEST(codec_wire, s3_errors_use_the_bare_error_element_with_details) {
  const auto& s3 = service("s3");
  api_error e("NoSuchBucket", "The specified bucket does not exist", 404);
  e.details = {{"BucketName", "missing"}};
  auto response = codec_for(models::protocol::rest_xml).encode_error(s3, e, "rid");
  EXPECT_EQ(response.status, 404u);
  EXPECT_NE(response.body.find("<Error><Code>NoSuchBucket</Code><Message>The specified bucket "
                               "does not exist</Message><BucketName>missing</BucketName>"),
            std::string::npos)
      << response.body;
}

TEST(codec_wire, s3_acl_grantee_type_is_an_xsi_attribute) {
  const auto& s3 = service("s3");
  const auto& op = *s3.find_operation("GetBucketAcl");
  auto response = codec_for(models::protocol::rest_xml)
                      .encode_response(s3, op,
                                       {{"Grants", json::array({{{"Grantee", {{"Type", "CanonicalUser"},
                                                                              {"ID", "x"}}},
                                                                 {"Permission", "FULL_CONTROL"}}})}},
                                       "rid");
  EXPECT_NE(response.body.find("<AccessControlPolicy xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"),
            std::string::npos)
      << response.body;
  EXPECT_NE(response.body.find("<Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                               "xsi:type=\"CanonicalUser\"><ID>x</ID></Grantee>"),
            std::string::npos)
      << response.body;
}

TEST(codec_wire, rest_routes_pick_the_template_with_the_matching_subresource) {
  const auto& s3 = service("s3");
  const codec& k = codec_for(models::protocol::rest_xml);
  for (const auto& [target, expected] :
       std::vector<std::pair<std::string, std::string>>{{"/b?encryption", "GetBucketEncryption"},
                                                        {"/b?policy", "GetBucketPolicy"},
                                                        {"/b?location", "GetBucketLocation"},
                                                        {"/", "ListBuckets"}}) {
    http::request request{"GET", target, {}, {}};
    EXPECT_EQ(k.decode_request(s3, request).operation->name, expected) << target;
  }
  http::request head{"HEAD", "/my-bucket", {}, {}};
  auto call = k.decode_request(s3, head);
  EXPECT_EQ(call.operation->name, "HeadBucket");
  EXPECT_EQ(call.input["Bucket"], "my-bucket");
}

}  // namespace
}  // namespace mockaws::protocol

namespace mockaws::protocol {
namespace {

// A list lent by pointer encodes to the same bytes as the same list inside the output, in every
// protocol that has list results; `omit` removes exactly the members it names.
TEST(borrowed_lists, encode_like_inline_lists_in_every_protocol) {
  json users = json::array({iam_user, {{"UserName", "bob"}, {"Path", "/ops/"}}});
  for (const auto& [service_id, wire, operation, member, items] :
       std::vector<std::tuple<std::string, models::protocol, std::string, std::string, json>>{
           {"iam", models::protocol::query, "ListUsers", "Users", users},
           {"dynamodb", models::protocol::json, "ListTables", "TableNames", {"a", "b"}},
           {"cloudwatch", models::protocol::json, "DescribeAlarms", "MetricAlarms",
            json::array({{{"AlarmName", "x"}, {"Threshold", 1.5}}})},
           {"ec2", models::protocol::ec2, "DescribeInstances", "Reservations",
            json::array({{{"ReservationId", "r-1"}, {"Instances", {{{"InstanceId", "i-1"}}}}}})},
           {"lambda", models::protocol::rest_json, "ListFunctions", "Functions",
            json::array({{{"FunctionName", "f"}, {"MemorySize", 128}}})},
           {"s3", models::protocol::rest_xml, "ListBuckets", "Buckets",
            json::array({{{"Name", "b"}, {"CreationDate", "2024-01-01T00:00:00Z"}}})}}) {
    const auto& svc = service(service_id);
    const auto& op = *svc.find_operation(operation);
    const codec& k = codec_for(wire);
    json inline_output = {{member, items}};
    borrowed_list lent{member, {}, {}};
    for (const auto& item : items) lent.items.push_back(&item);
    EXPECT_EQ(k.encode_response(svc, op, json::object(), "rid", &lent).body,
              k.encode_response(svc, op, inline_output, "rid").body)
        << service_id << ":" << operation;
  }
}

TEST(borrowed_lists, omit_leaves_out_the_named_item_members) {
  const auto& iam = service("iam");
  json user = iam_user;
  borrowed_list lent{"Users", {&user}, {"Tags", "Arn"}};
  auto outcome = codec_for(models::protocol::query)
                     .decode_response(iam, *iam.find_operation("ListUsers"),
                                      codec_for(models::protocol::query)
                                          .encode_response(iam, *iam.find_operation("ListUsers"),
                                                           json::object(), "rid", &lent));
  json expected = iam_user;
  expected.erase("Tags");
  expected.erase("Arn");
  EXPECT_EQ(outcome.output["Users"], json::array({expected}));
}

}  // namespace
}  // namespace mockaws::protocol
