// Lambda ListFunctions and GetPolicy through HTTP (REST-JSON): listing, versions, Lambda@Edge
// replicas, marker paging, the three FunctionName forms, qualifiers and AWS's 404s.

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
regions:
  us-east-1:
    lambda:
      Functions:
        - FunctionName: my-function
          FunctionArn: arn:aws:lambda:us-east-1:123456789012:function:my-function
          Runtime: python3.9
          MemorySize: 256
          Timeout: 30
          CodeSize: 5000000000
          RevisionId: rev-latest
          Environment: {Variables: {STAGE: prod}}
          Policy:
            Version: "2012-10-17"
            Id: default
            Statement:
              - {Sid: public, Effect: Allow, Principal: "*", Action: "lambda:InvokeFunction",
                 Resource: "arn:aws:lambda:us-east-1:123456789012:function:my-function"}
          Versions:
            - {Version: "$LATEST", RevisionId: rev-latest}
            - Version: "1"
              RevisionId: rev-1
              Runtime: python3.8
              Policy: '{"Version":"2012-10-17","Id":"v1","Statement":[]}'
            - {Version: "2", Runtime: python3.9}
          Aliases:
            - Name: live
              FunctionVersion: "1"
              RevisionId: rev-alias
              Policy: '{"Version":"2012-10-17","Id":"live","Statement":[]}'
        - FunctionName: private-fn
          Runtime: nodejs18.x
        - FunctionName: third-fn
          Runtime: java11
  eu-west-1:
    lambda:
      Functions:
        - {FunctionName: eu-fn, Runtime: python3.9}
        - FunctionName: us-east-1.edge-fn
          Version: "3"
          MasterArn: arn:aws:lambda:us-east-1:123456789012:function:edge-fn:3
          Policy: '{"Statement":[]}'
)yaml";

class lambda : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  json ok(std::string_view operation, const json& input = json::object()) {
    auto outcome = client_.call("lambda", operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    return outcome.output;
  }
  json names(const json& input = json::object()) {
    json out = json::array();
    json listed = ok("ListFunctions", input);
    for (const auto& f : listed["Functions"])
      out.push_back(f["FunctionName"].get<std::string>() + ":" + f["Version"].get<std::string>());
    return out;
  }
  void expect_error(const json& input, unsigned status, const std::string& code, const std::string& message) {
    auto outcome = client_.call("lambda", "GetPolicy", input);
    ASSERT_TRUE(outcome.error) << input.dump();
    EXPECT_EQ(outcome.http_status, status) << input.dump();
    EXPECT_EQ(outcome.error->code, code) << input.dump();
    EXPECT_EQ(outcome.error->message, message) << input.dump();
  }
};

TEST_F(lambda, list_functions_returns_the_unpublished_functions_of_the_region) {
  EXPECT_EQ(names(), json({"my-function:$LATEST", "private-fn:$LATEST", "third-fn:$LATEST"}));
  // Lambda@Edge replicas stay out of a plain listing.
  client_.set_region("eu-west-1");
  EXPECT_EQ(names(), json({"eu-fn:$LATEST"}));
}

TEST_F(lambda, list_functions_keeps_values_and_fills_the_arn) {
  json functions = ok("ListFunctions")["Functions"];
  EXPECT_EQ(functions[0]["MemorySize"], 256);
  EXPECT_EQ(functions[0]["CodeSize"], 5000000000LL);
  EXPECT_EQ(functions[0]["Environment"]["Variables"]["STAGE"], "prod");
  EXPECT_EQ(functions[1]["FunctionArn"], "arn:aws:lambda:us-east-1:123456789012:function:private-fn");
  // Sub-documents served by other calls are not part of the configuration.
  EXPECT_FALSE(functions[0].contains("Policy"));
  EXPECT_FALSE(functions[0].contains("Versions"));
}

TEST_F(lambda, list_functions_with_function_version_all_adds_published_versions) {
  json functions = ok("ListFunctions", {{"FunctionVersion", "ALL"}})["Functions"];
  ASSERT_EQ(functions.size(), 5u);
  EXPECT_EQ(functions[1]["FunctionName"], "my-function");
  EXPECT_EQ(functions[1]["Version"], "1");
  EXPECT_EQ(functions[1]["Runtime"], "python3.8");
  EXPECT_EQ(functions[1]["FunctionArn"], "arn:aws:lambda:us-east-1:123456789012:function:my-function:1");
  EXPECT_EQ(functions[2]["Version"], "2");
  EXPECT_EQ(functions[3]["FunctionName"], "private-fn");
}

TEST_F(lambda, list_functions_with_master_region_lists_only_edge_replicas) {
  client_.set_region("eu-west-1");
  EXPECT_EQ(names({{"MasterRegion", "us-east-1"}, {"FunctionVersion", "ALL"}}), json({"us-east-1.edge-fn:3"}));
  EXPECT_EQ(names({{"MasterRegion", "ALL"}, {"FunctionVersion", "ALL"}}), json({"us-east-1.edge-fn:3"}));
  EXPECT_EQ(names({{"MasterRegion", "us-west-2"}, {"FunctionVersion", "ALL"}}), json::array());

  auto outcome = client_.call("lambda", "ListFunctions", {{"MasterRegion", "us-east-1"}});
  ASSERT_TRUE(outcome.error);
  EXPECT_EQ(outcome.http_status, 400u);
  EXPECT_EQ(outcome.error->code, "InvalidParameterValueException");
  EXPECT_EQ(outcome.error->message,
            "The combination MasterArn=us-east-1 and FunctionVersion=NULL is not supported. Please "
            "see our documentation for valid combinations of ListFunctions options.");
}

TEST_F(lambda, list_functions_pages_with_max_items_and_next_marker) {
  json seen = json::array();
  json input = {{"MaxItems", 2}};
  for (int page = 0; page < 10; ++page) {
    json out = ok("ListFunctions", input);
    EXPECT_LE(out["Functions"].size(), 2u);
    for (const auto& f : out["Functions"]) seen.push_back(f["FunctionName"]);
    if (!out.contains("NextMarker")) break;
    input["Marker"] = out["NextMarker"];
  }
  EXPECT_EQ(seen, json({"my-function", "private-fn", "third-fn"}));
}

TEST(lambda_paging, list_functions_pages_50_functions_by_default) {
  std::string yaml = "regions:\n  us-east-1:\n    lambda:\n      Functions:\n";
  for (int i = 0; i < 53; ++i) yaml += "        - {FunctionName: fn" + std::to_string(i) + "}\n";
  scenario_server server(yaml);
  aws_test_client client = server.client();
  auto first = client.call("lambda", "ListFunctions");
  ASSERT_FALSE(first.error);
  ASSERT_EQ(first.output["Functions"].size(), 50u);
  ASSERT_TRUE(first.output.contains("NextMarker"));
  auto second = client.call("lambda", "ListFunctions", {{"Marker", first.output["NextMarker"]}});
  ASSERT_FALSE(second.error);
  ASSERT_EQ(second.output["Functions"].size(), 3u);
  EXPECT_EQ(second.output["Functions"][2]["FunctionName"], "fn52");
  EXPECT_FALSE(second.output.contains("NextMarker"));

  // A larger MaxItems still gets at most 50 functions, as AWS answers.
  auto capped = client.call("lambda", "ListFunctions", {{"MaxItems", 100}});
  ASSERT_FALSE(capped.error);
  EXPECT_EQ(capped.output["Functions"].size(), 50u);
  EXPECT_TRUE(capped.output.contains("NextMarker"));
}

TEST_F(lambda, get_policy_accepts_a_name_a_full_arn_or_a_partial_arn) {
  for (std::string name : {"my-function", "arn:aws:lambda:us-east-1:123456789012:function:my-function",
                           "123456789012:function:my-function", "my-function:$LATEST"}) {
    json out = ok("GetPolicy", {{"FunctionName", name}});
    ASSERT_TRUE(out["Policy"].is_string()) << name;
    // A policy declared as an object comes back as JSON text of the same document.
    json policy = json::parse(out["Policy"].get<std::string>());
    EXPECT_EQ(policy["Id"], "default") << name;
    EXPECT_EQ(policy["Statement"][0]["Principal"], "*") << name;
    EXPECT_EQ(out["RevisionId"], "rev-latest") << name;
  }
}

TEST_F(lambda, get_policy_reads_a_version_or_alias_by_qualifier) {
  json v1 = ok("GetPolicy", {{"FunctionName", "my-function"}, {"Qualifier", "1"}});
  // A policy declared as text is returned verbatim.
  EXPECT_EQ(v1, json({{"Policy", R"({"Version":"2012-10-17","Id":"v1","Statement":[]})"}, {"RevisionId", "rev-1"}}));
  EXPECT_EQ(ok("GetPolicy", {{"FunctionName", "my-function:1"}}), v1);
  EXPECT_EQ(ok("GetPolicy", {{"FunctionName", "my-function:1"}, {"Qualifier", "1"}}), v1);
  EXPECT_EQ(ok("GetPolicy", {{"FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:my-function:1"}}), v1);
  json live = ok("GetPolicy", {{"FunctionName", "my-function"}, {"Qualifier", "live"}});
  EXPECT_EQ(live["Policy"], R"({"Version":"2012-10-17","Id":"live","Statement":[]})");
  EXPECT_EQ(live["RevisionId"], "rev-alias");
}

TEST_F(lambda, get_policy_answers_function_not_found) {
  const std::string prefix = "Function not found: arn:aws:lambda:us-east-1:123456789012:function:";
  expect_error({{"FunctionName", "nope"}}, 404, "ResourceNotFoundException", prefix + "nope");
  expect_error({{"FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:nope"}}, 404,
               "ResourceNotFoundException", prefix + "nope");
  expect_error({{"FunctionName", "my-function"}, {"Qualifier", "9"}}, 404, "ResourceNotFoundException",
               prefix + "my-function:9");
  expect_error({{"FunctionName", "eu-fn"}}, 404, "ResourceNotFoundException", prefix + "eu-fn");
  expect_error({{"FunctionName", "999999999999:function:my-function"}}, 404, "ResourceNotFoundException",
               "Function not found: arn:aws:lambda:us-east-1:999999999999:function:my-function");
}

TEST_F(lambda, get_policy_answers_resource_not_found_without_a_policy) {
  const std::string message = "The resource you requested does not exist.";
  expect_error({{"FunctionName", "private-fn"}}, 404, "ResourceNotFoundException", message);
  expect_error({{"FunctionName", "my-function"}, {"Qualifier", "2"}}, 404, "ResourceNotFoundException", message);
}

TEST_F(lambda, get_policy_rejects_other_regions_and_conflicting_qualifiers) {
  expect_error({{"FunctionName", "arn:aws:lambda:eu-west-1:123456789012:function:eu-fn"}}, 404,
               "ResourceNotFoundException",
               "Functions from 'eu-west-1' are not reachable in this region ('us-east-1')");
  expect_error({{"FunctionName", "my-function:1"}, {"Qualifier", "2"}}, 400, "InvalidParameterValueException",
               "The derived qualifier from the function name does not match the specified qualifier.");
}

TEST_F(lambda, get_policy_reads_edge_replicas_in_their_region) {
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("GetPolicy", {{"FunctionName", "us-east-1.edge-fn"}})["Policy"], R"({"Statement":[]})");
}

}  // namespace
}  // namespace hipaasim::testing
