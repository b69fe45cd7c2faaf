// The EC2 filter engine on its own: wildcards, value rendering, paths into nested lists, tags.

#include <gtest/gtest.h>

#include "mockaws/protocol/api_error.hpp"
#include "mockaws/services/ec2/filters.hpp"

namespace hipaasim::testing {
namespace {

using mockaws::services::ec2::filter_field;
using mockaws::services::ec2::filter_items;
using mockaws::services::ec2::filter_set;
using mockaws::services::ec2::filter_table;
using mockaws::services::ec2::wildcard_match;
using json = nlohmann::json;

TEST(ec2_wildcards, match_the_whole_text) {
  EXPECT_TRUE(wildcard_match("web", "web"));
  EXPECT_FALSE(wildcard_match("web", "web-1"));
  EXPECT_FALSE(wildcard_match("Web", "web"));  // case-sensitive
  EXPECT_TRUE(wildcard_match("web-*", "web-"));
  EXPECT_TRUE(wildcard_match("*", ""));
  EXPECT_TRUE(wildcard_match("*-prod-*", "app-prod-db"));
  EXPECT_TRUE(wildcard_match("a*b*c", "axxbyybzzc"));
  EXPECT_FALSE(wildcard_match("a*b*c", "axxbyybzz"));
  EXPECT_TRUE(wildcard_match("i-0?", "i-01"));
  EXPECT_FALSE(wildcard_match("i-0?", "i-0"));
  EXPECT_FALSE(wildcard_match("i-0?", "i-012"));
  EXPECT_TRUE(wildcard_match("**?", "x"));
}

TEST(ec2_wildcards, backslash_makes_the_next_character_literal) {
  EXPECT_TRUE(wildcard_match(R"(a\*)", "a*"));
  EXPECT_FALSE(wildcard_match(R"(a\*)", "ab"));
  EXPECT_TRUE(wildcard_match(R"(why\?)", "why?"));
  EXPECT_FALSE(wildcard_match(R"(why\?)", "whyo"));
  EXPECT_TRUE(wildcard_match(R"(c:\\dir)", R"(c:\dir)"));
}

constexpr filter_field fields[] = {
    {"name", "Name"},
    {"port", "Rules[].Port"},
    {"cidr", "Rules[].Ranges[].Cidr"},
    {"enabled", "Enabled"},
    {"size", "Size"},
    {"any-address", "Public|Private"},
    {"list", "Names"},
    {"parent-id", "^.Id"},
    {"when", "When", true},
};
constexpr filter_table table{fields};

json names_of(const json& list) {
  json out = json::array();
  for (const auto& item : list) out.push_back(item["Name"]);
  return out;
}

json one(const char* name, json values) { return json::array({{{"Name", name}, {"Values", values}}}); }

const json resources = json::parse(R"([
  {"Name": "a", "Enabled": true, "Size": 8, "Public": "1.2.3.4", "Names": ["x", "y"],
   "When": "2024-03-01T12:00:00+00:00",
   "Rules": [{"Port": 22, "Ranges": [{"Cidr": "10.0.0.0/8"}]},
             {"Port": 443, "Ranges": [{"Cidr": "0.0.0.0/0"}, {"Cidr": "::/0"}]}],
   "Tags": [{"Key": "env", "Value": "prod"}]},
  {"Name": "b", "Enabled": false, "Size": 8.0, "Private": "10.0.0.5", "Names": [],
   "Rules": [], "Tags": [{"Key": "team", "Value": "ops"}]},
  {"Name": "c", "Size": 1.5, "Rules": [{"Port": 22}]}
])");

TEST(ec2_filters, render_numbers_and_booleans_as_ec2_does) {
  json f = one("enabled", {"true"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
  f = one("enabled", {"false"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"b"}));
  f = one("size", {"8"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a", "b"}));
  f = one("size", {"1.5"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"c"}));
  f = one("when", {"2024-03-01T12:00:00.000Z"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
}

TEST(ec2_filters, read_every_value_a_path_reaches) {
  json f = one("port", {"22"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a", "c"}));
  f = one("cidr", {"::/0"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
  f = one("list", {"y"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
  f = one("any-address", {"10.*", "1.*"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a", "b"}));
}

TEST(ec2_filters, and_filters_or_values_and_require_some_value_without_values) {
  json f = json::array({{{"Name", "port"}, {"Values", {"22"}}},
                        {{"Name", "cidr"}, {"Values", {"0.0.0.0/0", "nope"}}}});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
  f = json::array({{{"Name", "cidr"}}});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
  f = json::array({{{"Name", "cidr"}, {"Values", json::array()}}});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
}

TEST(ec2_filters, read_tags_and_the_parent) {
  json f = one("tag:env", {"prod"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a"}));
  f = one("tag-key", {"team", "env"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"a", "b"}));
  f = one("tag-value", {"o*"});
  EXPECT_EQ(names_of(filter_items(resources, &f, table)), json({"b"}));
  f = one("parent-id", {"r-1"});
  filter_set set(&f, table);
  json parent = {{"Id", "r-1"}};
  EXPECT_TRUE(set.matches(resources[0], &parent));
  EXPECT_FALSE(set.matches(resources[0]));
}

TEST(ec2_filters, refuse_names_the_table_lacks) {
  for (const char* name : {"colour", "tag:", "Name", "tag-keys"}) {
    json f = one(name, {"x"});
    try {
      filter_set set(&f, table);
      ADD_FAILURE() << name << " was accepted";
    } catch (const mockaws::protocol::api_error& e) {
      EXPECT_EQ(e.code, "InvalidParameterValue");
      EXPECT_EQ(e.message, "The filter '" + std::string(name) + "' is invalid");
      EXPECT_EQ(e.http_status, 400);
    }
  }
  // Types without tags refuse the tag filters too.
  constexpr filter_table untagged{fields, false};
  json f = one("tag-key", {"env"});
  EXPECT_THROW((void)filter_set(&f, untagged), mockaws::protocol::api_error);
}

}  // namespace
}  // namespace hipaasim::testing
