// Secrets Manager through HTTP: ListSecrets (values, filters, MaxResults/NextToken paging) and
// DescribeSecret by name or ARN, with AWS's ResourceNotFoundException.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    secretsmanager:
      Secrets:
        - Name: ehr-db/master
          ARN: arn:aws:secretsmanager:us-east-1:123456789012:secret:ehr-db/master-a1B2c3
          Description: EHR database master user
          KmsKeyId: alias/clinic-secrets
          RotationEnabled: true
          RotationRules: {AutomaticallyAfterDays: 30}
          Tags: [{Key: team, Value: ehr}]
        - Name: billing/api-key
          Description: billing gateway
          CreatedDate: -100d
        - Name: ehr-portal/token
          Tags: [{Key: team, Value: portal}]
  eu-west-1:
    secretsmanager:
      Secrets:
        - {Name: eu-only}
)yaml";

class secretsmanager : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  json ok(std::string_view operation, const json& input = json::object()) {
    auto outcome = client_.call("secretsmanager", operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    return outcome.output;
  }
  static std::vector<std::string> names(const json& out) {
    std::vector<std::string> n;
    for (const auto& s : out["SecretList"]) n.push_back(s["Name"]);
    return n;
  }
};

TEST_F(secretsmanager, list_secrets_returns_the_region_s_secrets_with_their_metadata) {
  json out = ok("ListSecrets");
  EXPECT_EQ(names(out), (std::vector<std::string>{"ehr-db/master", "billing/api-key", "ehr-portal/token"}));
  const json& first = out["SecretList"][0];
  EXPECT_EQ(first["ARN"], "arn:aws:secretsmanager:us-east-1:123456789012:secret:ehr-db/master-a1B2c3");
  EXPECT_EQ(first["KmsKeyId"], "alias/clinic-secrets");
  EXPECT_EQ(first["RotationEnabled"], true);
  EXPECT_EQ(first["RotationRules"]["AutomaticallyAfterDays"], 30);
  // Derived at load: an ARN of the name, a hyphen and six characters; CreatedDate from the clock.
  std::string arn = out["SecretList"][1]["ARN"];
  EXPECT_EQ(arn.rfind("arn:aws:secretsmanager:us-east-1:123456789012:secret:billing/api-key-", 0), 0u) << arn;
  EXPECT_EQ(arn.size(), std::string("arn:aws:secretsmanager:us-east-1:123456789012:secret:billing/api-key-").size() + 6);
  EXPECT_FALSE(out["SecretList"][1].contains("KmsKeyId")) << "AWS omits it for aws/secretsmanager";
  EXPECT_FALSE(out.contains("NextToken"));
}

TEST_F(secretsmanager, list_secrets_filters_by_prefix_all_filters_holding) {
  EXPECT_EQ(names(ok("ListSecrets", {{"Filters", {{{"Key", "name"}, {"Values", {"ehr"}}}}}})),
            (std::vector<std::string>{"ehr-db/master", "ehr-portal/token"}));
  EXPECT_EQ(names(ok("ListSecrets", {{"Filters", {{{"Key", "name"}, {"Values", {"ehr"}}},
                                                  {{"Key", "tag-value"}, {"Values", {"portal"}}}}}})),
            (std::vector<std::string>{"ehr-portal/token"}));
  EXPECT_EQ(names(ok("ListSecrets", {{"Filters", {{{"Key", "description"}, {"Values", {"!EHR"}}}}}})),
            (std::vector<std::string>{"billing/api-key", "ehr-portal/token"}));
  EXPECT_EQ(names(ok("ListSecrets", {{"Filters", {{{"Key", "all"}, {"Values", {"billing", "team"}}}}}})),
            (std::vector<std::string>{"ehr-db/master", "billing/api-key", "ehr-portal/token"}));
}

TEST_F(secretsmanager, list_secrets_pages_with_max_results_and_next_token) {
  std::vector<std::string> seen;
  json input = {{"MaxResults", 2}};
  for (int page = 0; page < 5; ++page) {
    json out = ok("ListSecrets", input);
    EXPECT_LE(out["SecretList"].size(), 2u);
    for (const auto& n : names(out)) seen.push_back(n);
    if (!out.contains("NextToken")) break;
    input["NextToken"] = out["NextToken"];
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"ehr-db/master", "billing/api-key", "ehr-portal/token"}));
  auto refused = client_.call("secretsmanager", "ListSecrets", {{"MaxResults", 101}});
  ASSERT_TRUE(refused.error);
}

TEST_F(secretsmanager, describe_secret_by_name_or_arn) {
  json by_name = ok("DescribeSecret", {{"SecretId", "ehr-db/master"}});
  EXPECT_EQ(by_name["Description"], "EHR database master user");
  EXPECT_EQ(by_name["RotationRules"]["AutomaticallyAfterDays"], 30);
  json by_arn = ok("DescribeSecret", {{"SecretId", by_name["ARN"]}});
  EXPECT_EQ(by_arn["Name"], "ehr-db/master");
}

TEST_F(secretsmanager, describe_secret_of_a_missing_or_other_region_s_secret_is_not_found) {
  for (std::string id : {"no-such-secret", "eu-only"}) {
    auto outcome = client_.call("secretsmanager", "DescribeSecret", {{"SecretId", id}});
    ASSERT_TRUE(outcome.error) << id;
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->code, "ResourceNotFoundException");
    EXPECT_EQ(outcome.error->message, "Secrets Manager can't find the specified secret.");
  }
}

}  // namespace
}  // namespace hipaasim::testing
