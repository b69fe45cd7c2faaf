// The pager on real paginators: opaque tokens bound to their operation, tokens naming the last
// item, default page sizes, and the errors for forged tokens and bad limits.

#include <gtest/gtest.h>

#include "mockaws/models/model_registry.hpp"
#include "mockaws/server/pager.hpp"

namespace mockaws::server {
namespace {

using protocol::api_error;
using protocol::json;

const models::service_model& service(std::string_view id) {
  return *models::model_registry::embedded().find(id);
}

json users(int n) {
  json list = json::array();
  for (int i = 0; i < n; ++i) list.push_back({{"UserName", "user" + std::to_string(i)}});
  return list;
}

TEST(pager, walks_every_item_exactly_once_for_any_page_size) {
  const auto& iam = service("iam");
  const auto& op = *iam.find_operation("ListUsers");
  services::operation_entry entry{"iam", "ListUsers", nullptr, 100};
  for (int page_size : {1, 2, 3, 7, 100}) {
    json seen = json::array();
    json input = {{"MaxItems", page_size}};
    for (int guard = 0; guard < 100; ++guard) {
      json output = {{"Users", users(7)}};
      paginate(iam, op, models::protocol::query, input, output, entry);
      for (auto& u : output["Users"]) seen.push_back(u);
      if (!output["IsTruncated"].get<bool>()) {
        EXPECT_FALSE(output.contains("Marker"));
        break;
      }
      input["Marker"] = output["Marker"];
    }
    EXPECT_EQ(seen, users(7)) << "page size " << page_size;
  }
}

TEST(pager, applies_the_default_page_size_when_no_limit_is_given) {
  const auto& iam = service("iam");
  json output = {{"Users", users(150)}};
  paginate(iam, *iam.find_operation("ListUsers"), models::protocol::query, json::object(), output,
           {"iam", "ListUsers", nullptr, 100});
  EXPECT_EQ(output["Users"].size(), 100u);
  EXPECT_TRUE(output["IsTruncated"].get<bool>());
}

TEST(pager, rejects_tokens_of_other_operations_and_forgeries) {
  const auto& iam = service("iam");
  json output = {{"Users", users(3)}};
  services::operation_entry entry{"iam", "ListUsers", nullptr, 1};
  paginate(iam, *iam.find_operation("ListUsers"), models::protocol::query, json::object(), output,
           entry);
  std::string token = output["Marker"];
  json roles_output = {{"Roles", json::array()}};
  EXPECT_THROW(paginate(iam, *iam.find_operation("ListRoles"), models::protocol::query,
                        {{"Marker", token}}, roles_output, {"iam", "ListRoles", nullptr, 1}),
               protocol::api_error);
  json again = {{"Users", users(3)}};
  try {
    paginate(iam, *iam.find_operation("ListUsers"), models::protocol::query,
             {{"Marker", "forged"}}, again, entry);
    FAIL() << "forged token accepted";
  } catch (const protocol::api_error& e) {
    EXPECT_EQ(e.code, "ValidationError");
    EXPECT_NE(e.message.find("Marker"), std::string::npos);
  }
}

TEST(pager, rejects_a_limit_below_one) {
  const auto& iam = service("iam");
  json output = {{"Users", users(3)}};
  EXPECT_THROW(paginate(iam, *iam.find_operation("ListUsers"), models::protocol::query,
                        {{"MaxItems", 0}}, output, {"iam", "ListUsers", nullptr, 100}),
               protocol::api_error);
}

// The range comes from the model (IAM MaxItems 1..1000, DynamoDB Limit 1..100) or, where the
// model has none, from overlays.json (RDS MaxRecords 20..100); the wording is each service's.
api_error limit_error(std::string_view id, std::string_view operation, models::protocol p,
                      json input) {
  const auto& model = service(id);
  json output = json::object();
  try {
    paginate(model, *model.find_operation(operation), p, input, output,
             {model.id(), operation, nullptr, 0});
  } catch (const protocol::api_error& e) {
    return e;
  }
  ADD_FAILURE() << operation << " accepted " << input.dump();
  return api_error("none", "", 0);
}

TEST(pager, refuses_limits_outside_the_models_range_with_each_services_words) {
  auto iam = limit_error("iam", "ListUsers", models::protocol::query, {{"MaxItems", 1001}});
  EXPECT_EQ(iam.code, "ValidationError");
  EXPECT_EQ(iam.message, "1 validation error detected: Value '1001' at 'maxItems' failed to "
                         "satisfy constraint: Member must have value less than or equal to 1000");
  auto ddb = limit_error("dynamodb", "ListTables", models::protocol::json, {{"Limit", 0}});
  EXPECT_EQ(ddb.code, "ValidationException");
  EXPECT_EQ(ddb.message, "1 validation error detected: Value '0' at 'limit' failed to satisfy "
                         "constraint: Member must have value greater than or equal to 1");
  auto rds = limit_error("rds", "DescribeDBInstances", models::protocol::query, {{"MaxRecords", 19}});
  EXPECT_EQ(rds.code, "InvalidParameterValue");
  EXPECT_EQ(rds.message, "Invalid value 19 for MaxRecords. Must be between 20 and 100");
  auto ec2 = limit_error("ec2", "DescribeVpcs", models::protocol::ec2, {{"MaxResults", 4}});
  EXPECT_EQ(ec2.message, "Value ( 4 ) for parameter MaxResults is invalid. Expecting a value "
                         "greater than or equal to 5.");
  EXPECT_EQ(ec2.http_status, 400);
}

TEST(pager, last_item_tokens_name_the_item_and_resume_after_it) {
  const auto& ddb = service("dynamodb");
  const auto& op = *ddb.find_operation("ListTables");
  services::operation_entry entry{"dynamodb", "ListTables", nullptr, 100,
                                  services::page_token::last_item};
  json all = {"a", "b", "c", "d"};
  json output = {{"TableNames", all}};
  paginate(ddb, op, models::protocol::json, {{"Limit", 2}}, output, entry);
  EXPECT_EQ(output["TableNames"], json({"a", "b"}));
  EXPECT_EQ(output["LastEvaluatedTableName"], "b");

  output = {{"TableNames", all}};
  paginate(ddb, op, models::protocol::json, {{"Limit", 2}, {"ExclusiveStartTableName", "b"}},
           output, entry);
  EXPECT_EQ(output["TableNames"], json({"c", "d"}));
  EXPECT_FALSE(output.contains("LastEvaluatedTableName"));
}

TEST(pager, last_item_tokens_start_after_a_name_that_need_not_exist) {
  const auto& ddb = service("dynamodb");
  json output = {{"TableNames", {"audit", "carts", "orders"}}};
  paginate(ddb, *ddb.find_operation("ListTables"), models::protocol::json,
           {{"ExclusiveStartTableName", "bbb"}}, output,
           {"dynamodb", "ListTables", nullptr, 100, services::page_token::last_item});
  EXPECT_EQ(output["TableNames"], json({"carts", "orders"}));
}

TEST(pager, a_maximum_page_size_caps_what_the_caller_asks) {
  const auto& lambda = service("lambda");
  services::operation_entry entry{"lambda", "ListFunctions", nullptr, 50};
  entry.max_page_size = 50;
  json functions = json::array();
  for (int i = 0; i < 53; ++i) functions.push_back({{"FunctionName", "f" + std::to_string(i)}});
  json output = {{"Functions", functions}};
  paginate(lambda, *lambda.find_operation("ListFunctions"), models::protocol::rest_json,
           {{"MaxItems", 100}}, output, entry);
  EXPECT_EQ(output["Functions"].size(), 50u);
  EXPECT_TRUE(output.contains("NextMarker"));
}

TEST(pager, borrowed_lists_are_paged_like_inline_ones) {
  const auto& iam = service("iam");
  json stored = users(5);
  services::operation_entry entry{"iam", "ListUsers", nullptr, 100};
  json seen = json::array();
  json input = {{"MaxItems", 2}};
  for (int guard = 0; guard < 10; ++guard) {
    protocol::borrowed_list lent{"Users", {}, {}};
    for (const auto& u : stored) lent.items.push_back(&u);
    json output = json::object();
    paginate(iam, *iam.find_operation("ListUsers"), models::protocol::query, input, output, entry,
             &lent);
    EXPECT_LE(lent.items.size(), 2u);
    for (const json* u : lent.items) seen.push_back(*u);
    if (!output["IsTruncated"].get<bool>()) break;
    input["Marker"] = output["Marker"];
  }
  EXPECT_EQ(seen, stored);
}

TEST(pager, operations_without_a_paginator_are_left_whole) {
  const auto& cloudtrail = service("cloudtrail");
  json output = {{"trailList", json::array({1, 2, 3})}};
  paginate(cloudtrail, *cloudtrail.find_operation("DescribeTrails"), models::protocol::json,
           json::object(), output, {"cloudtrail", "DescribeTrails", nullptr, 1});
  EXPECT_EQ(output["trailList"].size(), 3u);
}

}  // namespace
}  // namespace mockaws::server
