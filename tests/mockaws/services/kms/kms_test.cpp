// KMS through HTTP: ListKeys and ListAliases with marker paging, DescribeKey by key ID, key ARN,
// alias name and alias ARN, and AWS's NotFoundException messages.

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
# A fixed clock: aliases omitting CreationDate get it (the schema's default is `now`).
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    kms:
      Keys:
        - KeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
          Arn: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
          AWSAccountId: "123456789012"
          CreationDate: 2025-01-01T00:00:00Z
          Enabled: true
          KeyState: Enabled
          KeyManager: CUSTOMER
          KeySpec: SYMMETRIC_DEFAULT
          EncryptionAlgorithms: [SYMMETRIC_DEFAULT]
          MultiRegion: false
          KeyRotationEnabled: true
        - KeyId: 0987dcba-09fe-87dc-65ba-ab0987654321
          KeyState: PendingDeletion
          DeletionDate: 2026-11-08T00:00:00Z
          PendingDeletionWindowInDays: 7
        - KeyId: 11111111-2222-3333-4444-555555555555
          KeyManager: AWS
      Aliases:
        - AliasName: alias/app
          AliasArn: arn:aws:kms:us-east-1:123456789012:alias/app
          TargetKeyId: 1234abcd-12ab-34cd-56ef-1234567890ab
          CreationDate: 2025-01-02T00:00:00Z
        - AliasName: alias/app-backup
          TargetKeyId: arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab
        - AliasName: alias/retiring
          TargetKeyId: 0987dcba-09fe-87dc-65ba-ab0987654321
        - AliasName: alias/aws/s3
          TargetKeyId: 11111111-2222-3333-4444-555555555555
        - AliasName: alias/aws/reserved
  eu-west-1:
    kms:
      Keys:
        - {KeyId: eu-key-0000-0000-0000-000000000000}
)yaml";

const std::string key1 = "1234abcd-12ab-34cd-56ef-1234567890ab";
const std::string key1_arn = "arn:aws:kms:us-east-1:123456789012:key/" + key1;
const std::string key2 = "0987dcba-09fe-87dc-65ba-ab0987654321";

class kms : public ::testing::Test {
 protected:
  scenario_server server_{scenario};
  aws_test_client client_ = server_.client();

  json ok(std::string_view operation, const json& input = json::object()) {
    auto outcome = client_.call("kms", operation, input);
    EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
    return outcome.output;
  }
  void expect_not_found(std::string_view operation, const json& input, const std::string& message) {
    auto outcome = client_.call("kms", operation, input);
    ASSERT_TRUE(outcome.error) << input.dump();
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->code, "NotFoundException");
    EXPECT_EQ(outcome.error->message, message);
  }
  // Walks a Marker/NextMarker/Truncated listing, checking every page's size.
  json walk(std::string_view operation, const std::string& list, const json& first_input, std::size_t limit) {
    json seen = json::array();
    json input = first_input;
    input["Limit"] = limit;
    for (int page = 0; page < 20; ++page) {
      json out = ok(operation, input);
      EXPECT_LE(out[list].size(), limit);
      for (const auto& item : out[list]) seen.push_back(item);
      EXPECT_TRUE(out["Truncated"].is_boolean());
      if (!out["Truncated"].get<bool>()) {
        EXPECT_FALSE(out.contains("NextMarker"));
        break;
      }
      input["Marker"] = out["NextMarker"];
    }
    return seen;
  }
};

TEST_F(kms, list_keys_returns_ids_and_arns_of_the_region) {
  json out = ok("ListKeys");
  EXPECT_EQ(out["Truncated"], false);
  EXPECT_EQ(out["Keys"], json({{{"KeyId", key1}, {"KeyArn", key1_arn}},
                               {{"KeyId", key2}, {"KeyArn", "arn:aws:kms:us-east-1:123456789012:key/" + key2}},
                               {{"KeyId", "11111111-2222-3333-4444-555555555555"},
                                {"KeyArn", "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555"}}}));
  client_.set_region("eu-west-1");
  EXPECT_EQ(ok("ListKeys")["Keys"],
            json({{{"KeyId", "eu-key-0000-0000-0000-000000000000"},
                   {"KeyArn", "arn:aws:kms:eu-west-1:123456789012:key/eu-key-0000-0000-0000-000000000000"}}}));
}

TEST_F(kms, list_keys_pages_with_limit_and_marker) {
  json seen = walk("ListKeys", "Keys", json::object(), 2);
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[0]["KeyId"], key1);
  EXPECT_EQ(seen[1]["KeyId"], key2);
  EXPECT_EQ(seen[2]["KeyId"], "11111111-2222-3333-4444-555555555555");
}

TEST(kms_paging, list_keys_pages_100_and_list_aliases_50_by_default) {
  std::string yaml = "regions:\n  us-east-1:\n    kms:\n      Keys:\n";
  for (int i = 0; i < 101; ++i) yaml += "        - {KeyId: key-" + std::to_string(i) + "}\n";
  yaml += "      Aliases:\n";
  for (int i = 0; i < 51; ++i) yaml += "        - {AliasName: alias/a" + std::to_string(i) + ", TargetKeyId: key-0}\n";
  scenario_server server(yaml);
  aws_test_client client = server.client();
  auto keys = client.call("kms", "ListKeys");
  ASSERT_FALSE(keys.error);
  EXPECT_EQ(keys.output["Keys"].size(), 100u);
  EXPECT_EQ(keys.output["Truncated"], true);
  auto rest = client.call("kms", "ListKeys", {{"Marker", keys.output["NextMarker"]}});
  ASSERT_FALSE(rest.error);
  EXPECT_EQ(rest.output["Keys"], json({{{"KeyId", "key-100"}, {"KeyArn", "arn:aws:kms:us-east-1:123456789012:key/key-100"}}}));
  EXPECT_EQ(rest.output["Truncated"], false);
  auto aliases = client.call("kms", "ListAliases");
  ASSERT_FALSE(aliases.error);
  EXPECT_EQ(aliases.output["Aliases"].size(), 50u);
  EXPECT_EQ(aliases.output["Truncated"], true);
}

TEST_F(kms, describe_key_finds_the_key_by_id_arn_alias_name_or_alias_arn) {
  json by_id = ok("DescribeKey", {{"KeyId", key1}});
  json metadata = by_id["KeyMetadata"];
  EXPECT_EQ(metadata["KeyId"], key1);
  EXPECT_EQ(metadata["Arn"], key1_arn);
  EXPECT_EQ(metadata["KeyState"], "Enabled");
  EXPECT_EQ(metadata["Enabled"], true);
  EXPECT_EQ(metadata["MultiRegion"], false);
  EXPECT_EQ(metadata["CreationDate"], "2025-01-01T00:00:00Z");
  EXPECT_EQ(metadata["EncryptionAlgorithms"], json({"SYMMETRIC_DEFAULT"}));
  // Sub-documents served by other calls are not part of the metadata.
  EXPECT_FALSE(metadata.contains("KeyRotationEnabled"));
  for (std::string id : {key1_arn, std::string("alias/app"), std::string("alias/app-backup"),
                         std::string("arn:aws:kms:us-east-1:123456789012:alias/app"),
                         std::string("arn:aws:kms:us-east-1:123456789012:alias/app-backup")})
    EXPECT_EQ(ok("DescribeKey", {{"KeyId", id}}), by_id) << id;
}

TEST_F(kms, describe_key_fills_arn_and_account_and_keeps_deletion_values) {
  json metadata = ok("DescribeKey", {{"KeyId", "alias/retiring"}})["KeyMetadata"];
  EXPECT_EQ(metadata["Arn"], "arn:aws:kms:us-east-1:123456789012:key/" + key2);
  EXPECT_EQ(metadata["AWSAccountId"], "123456789012");
  EXPECT_EQ(metadata["KeyState"], "PendingDeletion");
  EXPECT_EQ(metadata["DeletionDate"], "2026-11-08T00:00:00Z");
  EXPECT_EQ(metadata["PendingDeletionWindowInDays"], 7);
  EXPECT_EQ(ok("DescribeKey", {{"KeyId", "alias/aws/s3"}})["KeyMetadata"]["KeyManager"], "AWS");
}

TEST_F(kms, describe_key_answers_not_found_for_keys) {
  const std::string prefix = "arn:aws:kms:us-east-1:123456789012:key/";
  expect_not_found("DescribeKey", {{"KeyId", "00000000-0000-0000-0000-000000000000"}},
                   "Key '" + prefix + "00000000-0000-0000-0000-000000000000' does not exist");
  expect_not_found("DescribeKey", {{"KeyId", prefix + "nope"}}, "Key '" + prefix + "nope' does not exist");
  expect_not_found("DescribeKey", {{"KeyId", "eu-key-0000-0000-0000-000000000000"}},
                   "Key '" + prefix + "eu-key-0000-0000-0000-000000000000' does not exist");
  // (An alias naming an undeclared key cannot be served: AWS deletes aliases with their key,
  // and the scenario validator refuses one.)
}

TEST_F(kms, describe_key_answers_not_found_for_aliases) {
  const std::string prefix = "arn:aws:kms:us-east-1:123456789012:";
  expect_not_found("DescribeKey", {{"KeyId", "alias/nope"}}, "Alias '" + prefix + "alias/nope' is not found.");
  expect_not_found("DescribeKey", {{"KeyId", prefix + "alias/nope"}}, "Alias '" + prefix + "alias/nope' is not found.");
  // AWS-managed aliases exist only when the scenario declares them (and a target).
  expect_not_found("DescribeKey", {{"KeyId", "alias/aws/rds"}}, "Alias '" + prefix + "alias/aws/rds' is not found.");
  expect_not_found("DescribeKey", {{"KeyId", "alias/aws/reserved"}},
                   "Alias '" + prefix + "alias/aws/reserved' is not found.");
  client_.set_region("eu-west-1");
  expect_not_found("DescribeKey", {{"KeyId", "alias/app"}},
                   "Alias 'arn:aws:kms:eu-west-1:123456789012:alias/app' is not found.");
}

TEST_F(kms, list_aliases_returns_all_aliases_with_arns) {
  json aliases = ok("ListAliases")["Aliases"];
  ASSERT_EQ(aliases.size(), 5u);
  EXPECT_EQ(aliases[0], json({{"AliasName", "alias/app"},
                              {"AliasArn", "arn:aws:kms:us-east-1:123456789012:alias/app"},
                              {"TargetKeyId", key1},
                              {"CreationDate", "2025-01-02T00:00:00Z"}}));
  // A target declared by ARN is listed by key ID, as AWS does.
  EXPECT_EQ(aliases[1], json({{"AliasName", "alias/app-backup"},
                              {"AliasArn", "arn:aws:kms:us-east-1:123456789012:alias/app-backup"},
                              {"TargetKeyId", key1},
                              {"CreationDate", "2026-11-01T00:00:00Z"}}));
  EXPECT_FALSE(aliases[4].contains("TargetKeyId"));
}

TEST_F(kms, list_aliases_filters_by_key_id_or_arn) {
  json expected = json({"alias/app", "alias/app-backup"});
  for (std::string id : {key1, key1_arn}) {
    json names = json::array();
    json aliases = ok("ListAliases", {{"KeyId", id}})["Aliases"];
    for (const auto& alias : aliases) names.push_back(alias["AliasName"]);
    EXPECT_EQ(names, expected) << id;
  }
  json none = ok("ListAliases", {{"KeyId", "11111111-2222-3333-4444-555555555555"}});
  EXPECT_EQ(none["Aliases"].size(), 1u);
}

TEST_F(kms, list_aliases_pages_with_limit_and_marker) {
  json seen = walk("ListAliases", "Aliases", json::object(), 4);
  ASSERT_EQ(seen.size(), 5u);
  EXPECT_EQ(seen[0]["AliasName"], "alias/app");
  EXPECT_EQ(seen[4]["AliasName"], "alias/aws/reserved");
  seen = walk("ListAliases", "Aliases", {{"KeyId", key1}}, 1);
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[1]["AliasName"], "alias/app-backup");
}

TEST_F(kms, listings_reject_limits_above_aws_maximums) {
  for (auto [operation, most] : {std::pair<std::string, int>{"ListKeys", 1000}, {"ListAliases", 100}}) {
    EXPECT_FALSE(client_.call("kms", operation, {{"Limit", most}}).error) << operation;
    auto outcome = client_.call("kms", operation, {{"Limit", most + 1}});
    ASSERT_TRUE(outcome.error) << operation;
    EXPECT_EQ(outcome.http_status, 400u);
    EXPECT_EQ(outcome.error->code, "ValidationException");
    EXPECT_EQ(outcome.error->message, "1 validation error detected: Value '" + std::to_string(most + 1) +
                                          "' at 'limit' failed to satisfy constraint: Member must have "
                                          "value less than or equal to " + std::to_string(most));
  }
}

TEST_F(kms, list_aliases_answers_not_found_for_an_unknown_key) {
  expect_not_found("ListAliases", {{"KeyId", "00000000-0000-0000-0000-000000000000"}},
                   "Key 'arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000' does not exist");
}

}  // namespace
}  // namespace hipaasim::testing
