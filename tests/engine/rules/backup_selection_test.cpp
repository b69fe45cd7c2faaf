// The backup selection resolver: which resources a BackupSelection assigns, over AWS's examples
// ("Assign resources with AWS CLI") and the edges of each member.

#include <gtest/gtest.h>

#include "engine/rules/backup/selection.hpp"

namespace engine::rules {
namespace {

using nlohmann::json;

const std::string volume = "arn:aws:ec2:us-east-1:111122223333:volume/vol-0abc";
const std::string instance = "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc";
const std::string database = "arn:aws:rds:us-east-1:111122223333:db:records";
const std::string cluster = "arn:aws:rds:us-east-1:111122223333:cluster:records";
const std::string table = "arn:aws:dynamodb:us-east-1:111122223333:table/visits";

bool covers(const json& selection, const std::string& arn, const tag_map& tags = {}) {
  return selection_covers(selection, arn, tags).covered;
}

json condition(const std::string& key, const std::string& value) {
  return {{"ConditionKey", key}, {"ConditionValue", value}};
}

TEST(backup_selection, resources_are_arn_patterns_combined_with_or) {
  json s = {{"Resources", {"arn:aws:ec2:*:*:volume/*", database}}};
  EXPECT_TRUE(covers(s, volume));
  EXPECT_TRUE(covers(s, database));
  EXPECT_FALSE(covers(s, instance)) << "volume/* does not match instance/";
  EXPECT_FALSE(covers(s, "arn:aws:rds:us-east-1:111122223333:db:records-2")) << "an exact ARN is not a prefix";
  EXPECT_EQ(selection_covers(s, volume, {}).why, "Resources arn:aws:ec2:*:*:volume/*");
}

TEST(backup_selection, a_star_crosses_colons_and_slashes) {
  EXPECT_TRUE(covers({{"Resources", {"*"}}}, table));
  EXPECT_TRUE(covers({{"Resources", {"arn:aws:ec2:*"}}}, instance)) << "a service name alone";
  EXPECT_TRUE(covers({{"Resources", {"arn:aws:rds:*:*:db:*"}}}, database));
  EXPECT_FALSE(covers({{"Resources", {"arn:aws:rds:*:*:db:*"}}}, cluster)) << "db: selects instances only";
  EXPECT_FALSE(covers({{"Resources", {"arn:aws:ec2:*:*:Volume/*"}}}, volume)) << "case-sensitive";
  EXPECT_FALSE(covers({{"Resources", {"arn:aws:ec2:us-west-2:*:volume/*"}}}, volume)) << "another region";
}

TEST(backup_selection, an_empty_selection_assigns_every_resource) {
  EXPECT_TRUE(covers(json::object(), volume));
  EXPECT_TRUE(covers({{"Resources", json::array()}, {"ListOfTags", json::array()}}, table));
  EXPECT_TRUE(covers({{"NotResources", {instance}}}, volume));
  EXPECT_FALSE(covers({{"NotResources", {instance}}}, instance));
}

TEST(backup_selection, list_of_tags_is_or_of_string_equals_and_adds_to_resources) {
  json s = {{"Resources", {database}},
            {"ListOfTags",
             {{{"ConditionType", "STRINGEQUALS"}, {"ConditionKey", "backup"}, {"ConditionValue", "daily"}},
              {{"ConditionType", "STRINGEQUALS"}, {"ConditionKey", "aws:ResourceTag/tier"}, {"ConditionValue", "phi"}}}}};
  EXPECT_TRUE(covers(s, database)) << "by ARN";
  EXPECT_TRUE(covers(s, volume, {{"backup", "daily"}})) << "by the first tag";
  EXPECT_TRUE(covers(s, volume, {{"tier", "phi"}})) << "by the second, prefixed key";
  EXPECT_FALSE(covers(s, volume, {{"backup", "Daily"}})) << "values are case-sensitive";
  EXPECT_FALSE(covers(s, volume, {{"Backup", "daily"}})) << "keys too";
  EXPECT_FALSE(covers(s, volume)) << "untagged";
  json other_type = {{"ListOfTags", {{{"ConditionType", "STRINGLIKE"}, {"ConditionKey", "backup"}, {"ConditionValue", "*"}}}}};
  EXPECT_FALSE(covers(other_type, volume, {{"backup", "x"}})) << "ListOfTags only knows STRINGEQUALS";
}

TEST(backup_selection, conditions_must_all_hold) {
  // AWS's example: all EBS volumes and RDS instances tagged backup=true and stage=prod.
  json s = {{"Resources", {"arn:aws:ec2:*:*:volume/*", "arn:aws:rds:*:*:db:*"}},
            {"Conditions",
             {{"StringEquals", {condition("aws:ResourceTag/backup", "true"), condition("aws:ResourceTag/stage", "prod")}}}}};
  EXPECT_TRUE(covers(s, volume, {{"backup", "true"}, {"stage", "prod"}}));
  EXPECT_FALSE(covers(s, volume, {{"backup", "true"}})) << "stage missing";
  EXPECT_FALSE(covers(s, table, {{"backup", "true"}, {"stage", "prod"}})) << "not a selected type";
  EXPECT_EQ(selection_covers(s, volume, {{"backup", "true"}}).why,
            "its Conditions test StringEquals aws:ResourceTag/stage=prod fails");
}

TEST(backup_selection, negated_conditions_pass_for_a_missing_tag) {
  // AWS's example: tagged backup=true but not stage=test.
  json s = {{"Resources", {"*"}},
            {"Conditions",
             {{"StringEquals", {condition("aws:ResourceTag/backup", "true")}},
              {"StringNotEquals", {condition("aws:ResourceTag/stage", "test")}}}}};
  EXPECT_TRUE(covers(s, volume, {{"backup", "true"}}));
  EXPECT_TRUE(covers(s, volume, {{"backup", "true"}, {"stage", "prod"}}));
  EXPECT_FALSE(covers(s, volume, {{"backup", "true"}, {"stage", "test"}}));
}

TEST(backup_selection, like_conditions_take_wildcards) {
  // AWS's example: key1 begins with "include", key2 does not contain "exclude".
  json s = {{"Resources", {"*"}},
            {"Conditions",
             {{"StringLike", {condition("aws:ResourceTag/key1", "include*")}},
              {"StringNotLike", {condition("aws:ResourceTag/key2", "*exclude*")}}}}};
  EXPECT_TRUE(covers(s, volume, {{"key1", "include-me"}}));
  EXPECT_TRUE(covers(s, volume, {{"key1", "include"}, {"key2", "keep"}}));
  EXPECT_FALSE(covers(s, volume, {{"key1", "include"}, {"key2", "do-exclude-it"}}));
  EXPECT_FALSE(covers(s, volume, {{"key1", "please-include"}}));
  EXPECT_FALSE(covers(s, volume)) << "StringLike needs the tag";
  json any_value = {{"Resources", {"*"}}, {"Conditions", {{"StringLike", {condition("aws:ResourceTag/backup", "*")}}}}};
  EXPECT_TRUE(covers(any_value, volume, {{"backup", ""}})) << "a tag of any value, empty too";
  EXPECT_FALSE(covers(any_value, volume, {{"other", "x"}}));
}

TEST(backup_selection, conditions_filter_list_of_tags_and_resources_alike) {
  // AWS's example: FSx, one Aurora cluster and everything tagged backup=true, except what is
  // tagged backup=false.
  json s = {{"Resources", {"arn:aws:fsx:*:*:file-system/*", cluster}},
            {"ListOfTags", {{{"ConditionType", "STRINGEQUALS"}, {"ConditionKey", "backup"}, {"ConditionValue", "true"}}}},
            {"Conditions", {{"StringNotEquals", {condition("aws:ResourceTag/backup", "false")}}}}};
  EXPECT_TRUE(covers(s, cluster));
  EXPECT_FALSE(covers(s, cluster, {{"backup", "false"}}));
  EXPECT_TRUE(covers(s, table, {{"backup", "true"}}));
  EXPECT_FALSE(covers(s, table));
}

TEST(backup_selection, conditions_alone_filter_every_resource) {
  json s = {{"Conditions", {{"StringEquals", {condition("aws:ResourceTag/backup", "true")}}}}};
  EXPECT_TRUE(covers(s, table, {{"backup", "true"}}));
  EXPECT_FALSE(covers(s, table));
}

TEST(backup_selection, not_resources_exclude_whatever_else_matched) {
  // AWS's example: everything tagged backup=true except EBS volumes.
  json s = {{"Resources", {"*"}},
            {"NotResources", {"arn:aws:ec2:*:*:volume/*", "arn:aws:rds:*:*:cluster:*"}},
            {"Conditions", {{"StringEquals", {condition("aws:ResourceTag/backup", "true")}}}}};
  EXPECT_TRUE(covers(s, instance, {{"backup", "true"}}));
  EXPECT_FALSE(covers(s, volume, {{"backup", "true"}}));
  EXPECT_FALSE(covers(s, cluster, {{"backup", "true"}})) << "NotResources combine with OR";
  EXPECT_EQ(selection_covers(s, volume, {{"backup", "true"}}).why,
            "its NotResources arn:aws:ec2:*:*:volume/* excludes it");
  json by_tag = {{"ListOfTags", {{{"ConditionType", "STRINGEQUALS"}, {"ConditionKey", "backup"}, {"ConditionValue", "true"}}}},
                 {"NotResources", {volume}}};
  EXPECT_FALSE(covers(by_tag, volume, {{"backup", "true"}})) << "they win over ListOfTags too";
}

TEST(backup_selection, tags_come_from_key_value_lists) {
  tag_map tags = tags_of(json::parse(R"([{"Key": "backup", "Value": "true"}, {"Key": "empty"}, {"Value": "orphan"}])"));
  EXPECT_EQ(tags, (tag_map{{"backup", "true"}, {"empty", ""}}));
  EXPECT_TRUE(tags_of(json::object()).empty());
  EXPECT_TRUE(tags_of(json()).empty());
}

}  // namespace
}  // namespace engine::rules
