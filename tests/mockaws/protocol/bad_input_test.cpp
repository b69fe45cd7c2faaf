// Bad requests get each protocol's own error, naming what is wrong.

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/protocol/codec.hpp"

namespace mockaws::protocol {
namespace {

const models::service_model& service(std::string_view id) {
  return *models::model_registry::embedded().find(id);
}

api_error decode_error(std::string_view service_id, models::protocol p, http::request request) {
  try {
    codec_for(p).decode_request(service(service_id), request);
  } catch (const api_error& e) {
    return e;
  }
  ADD_FAILURE() << "request was accepted: " << request.target << " " << request.body;
  return {};
}

http::request json_request(std::string target, std::string body) {
  return {"POST", "/", {{"x-amz-target", std::move(target)}}, std::move(body)};
}

http::request form_request(std::string body) {
  return {"POST", "/", {{"content-type", "application/x-www-form-urlencoded"}}, std::move(body)};
}

TEST(bad_input, malformed_json_is_a_serialization_exception_with_the_position) {
  auto e = decode_error("dynamodb", models::protocol::json,
                        json_request("DynamoDB_20120810.ListTables", "{\"Limit\": 1,"));
  EXPECT_EQ(e.code, "SerializationException");
  EXPECT_EQ(e.http_status, 400);
  EXPECT_NE(e.message.find("column"), std::string::npos) << e.message;
}

TEST(bad_input, json_body_that_is_not_an_object_is_refused) {
  auto e = decode_error("dynamodb", models::protocol::json,
                        json_request("DynamoDB_20120810.ListTables", "[1,2]"));
  EXPECT_EQ(e.code, "SerializationException");
}

TEST(bad_input, json_member_of_the_wrong_type_names_the_member) {
  auto e = decode_error("dynamodb", models::protocol::json,
                        json_request("DynamoDB_20120810.ListTables", R"({"Limit":"ten"})"));
  EXPECT_EQ(e.code, "SerializationException");
  EXPECT_NE(e.message.find("Limit"), std::string::npos) << e.message;
}

TEST(bad_input, unknown_json_target_is_unknown_operation) {
  auto e = decode_error("dynamodb", models::protocol::json,
                        json_request("DynamoDB_20120810.DropEverything", "{}"));
  EXPECT_EQ(e.code, "UnknownOperationException");
  EXPECT_EQ(e.http_status, 400);
}

TEST(bad_input, missing_required_json_member_is_a_validation_exception) {
  auto e = decode_error("dynamodb", models::protocol::json,
                        json_request("DynamoDB_20120810.DescribeTable", "{}"));
  EXPECT_EQ(e.code, "ValidationException");
  EXPECT_NE(e.message.find("TableName"), std::string::npos);
}

TEST(bad_input, unknown_query_action_is_invalid_action) {
  auto e = decode_error("iam", models::protocol::query,
                        form_request("Action=ListUserz&Version=2010-05-08"));
  EXPECT_EQ(e.code, "InvalidAction");
  EXPECT_NE(e.message.find("ListUserz"), std::string::npos);
}

TEST(bad_input, query_without_action_is_missing_action) {
  EXPECT_EQ(decode_error("iam", models::protocol::query, form_request("Version=2010-05-08")).code,
            "MissingAction");
}

TEST(bad_input, malformed_form_body_is_malformed_query_string) {
  auto e = decode_error("iam", models::protocol::query,
                        form_request("Action=ListUsers&Version=2010-05-08&Marker=%G1"));
  EXPECT_EQ(e.code, "MalformedQueryString");
  EXPECT_EQ(e.http_status, 404);
  EXPECT_NE(e.message.find("Marker=%G1"), std::string::npos) << e.message;
}

TEST(bad_input, query_member_of_the_wrong_type_is_a_validation_error) {
  auto e = decode_error("iam", models::protocol::query,
                        form_request("Action=ListUsers&Version=2010-05-08&MaxItems=many"));
  EXPECT_EQ(e.code, "ValidationError");
  EXPECT_NE(e.message.find("MaxItems"), std::string::npos);
}

TEST(bad_input, query_version_of_another_api_is_refused) {
  EXPECT_EQ(decode_error("iam", models::protocol::query,
                         form_request("Action=ListUsers&Version=2001-01-01"))
                .code,
            "NoSuchVersion");
}

TEST(bad_input, ec2_missing_required_parameter_names_it) {
  auto e = decode_error("ec2", models::protocol::ec2,
                        form_request("Action=DescribeSnapshotAttribute&Version=2016-11-15"));
  EXPECT_EQ(e.code, "MissingParameter");
  EXPECT_NE(e.message.find("Attribute"), std::string::npos) << e.message;
}

TEST(bad_input, unknown_rest_json_route_is_unknown_operation_404) {
  auto e = decode_error("lambda", models::protocol::rest_json,
                        {"GET", "/2015-03-31/nothing-here", {}, {}});
  EXPECT_EQ(e.code, "UnknownOperationException");
  EXPECT_EQ(e.http_status, 404);
}

TEST(bad_input, rest_json_query_member_of_the_wrong_type_is_a_validation_exception) {
  auto e = decode_error("lambda", models::protocol::rest_json,
                        {"GET", "/2015-03-31/functions/?MaxItems=lots", {}, {}});
  EXPECT_EQ(e.code, "ValidationException");
  EXPECT_NE(e.message.find("MaxItems"), std::string::npos);
}

TEST(bad_input, unknown_s3_route_is_not_implemented) {
  auto e = decode_error("s3", models::protocol::rest_xml, {"DELETE", "/bucket", {}, {}});
  EXPECT_EQ(e.code, "NotImplemented");
  EXPECT_EQ(e.http_status, 501);
}

}  // namespace
}  // namespace mockaws::protocol
