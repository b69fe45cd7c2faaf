// `hipaasim test`: expectations checked like a test runner, with JUnit output.

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "engine/rules/rule.hpp"
#include "tests/support/run_command.hpp"

namespace {

using hipaasim::testing::run_command;
namespace fs = std::filesystem;

const std::string rules_dir = std::string(HIPAASIM_SOURCE_DIR) + "/scenarios/rules/";

TEST(test_command, passing_expectations_exit_0) {
  auto out = run_command(HIPAASIM_EXECUTABLE, {"test", rules_dir + "encrypted-volumes/compliant.yaml",
                                               rules_dir + "encrypted-volumes/non-compliant.yaml"});
  EXPECT_EQ(out.status, 0) << out.text;
  EXPECT_NE(out.text.find("2 scenarios: 3 expectations passed, 0 failed, 0 skipped"), std::string::npos) << out.text;
}

TEST(test_command, a_wrong_expectation_fails_naming_its_line_and_what_was_found) {
  fs::path dir = fs::temp_directory_path() / ("hipaasim-test-command-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "wrong.yaml") << "extends: " << HIPAASIM_SOURCE_DIR << "/scenarios/baselines/clinic.yaml\n"
                                    << "expect:\n"
                                    << "  - {rule: RDS_STORAGE_ENCRYPTED, resource: baseline-db, compliance: NON_COMPLIANT}\n"
                                    << "  - {rule: EMR_KERBEROS_ENABLED, region: us-east-1, compliance: COMPLIANT}\n";
  auto out = run_command(HIPAASIM_EXECUTABLE, {"test", (dir / "wrong.yaml").string()});
  EXPECT_EQ(out.status, 1) << out.text;
  EXPECT_NE(out.text.find("wrong.yaml:3: RDS_STORAGE_ENCRYPTED baseline-db: expected NON_COMPLIANT, got COMPLIANT"),
            std::string::npos) << out.text;
  EXPECT_NE(out.text.find("0 expectations passed, 1 failed, 1 skipped"), std::string::npos) << out.text;

  auto junit = run_command(HIPAASIM_EXECUTABLE, {"test", (dir / "wrong.yaml").string(), "--format", "junit"}, false);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(junit.text.c_str())) << junit.text;
  auto suite = doc.child("testsuites").child("testsuite");
  EXPECT_EQ(suite.attribute("failures").as_int(), 1);
  EXPECT_EQ(suite.attribute("skipped").as_int(), 1);
  fs::remove_all(dir);
}

TEST(test_command, an_invalid_scenario_or_a_missing_path_exits_2) {
  EXPECT_EQ(run_command(HIPAASIM_EXECUTABLE, {"test", rules_dir + "no-such-rule"}).status, 2);
  auto bad = run_command(HIPAASIM_EXECUTABLE,
                         {"test", std::string(HIPAASIM_SOURCE_DIR) + "/tests/mockaws/scenario/malformed/expect_resource_missing.yaml"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.text.find("expect_resource_missing.yaml:10:44:"), std::string::npos) << bad.text;
}

}  // namespace

namespace {

TEST(rules_command, lists_every_rule_of_the_pack_with_parameters_and_controls) {
  auto out = run_command(HIPAASIM_EXECUTABLE, {"rules", "--format", "json"}, false);
  ASSERT_EQ(out.status, 0);
  auto rules = nlohmann::json::parse(out.text);
  ASSERT_EQ(rules.size(), 130u);
  for (const auto& r : rules)
    EXPECT_EQ(r["implemented"].get<bool>(), engine::rules::find_rule(r["rule"].get<std::string>()) != nullptr)
        << r["rule"];
  auto keys = std::find_if(rules.begin(), rules.end(), [](const auto& r) { return r["rule"] == "ACCESS_KEYS_ROTATED"; });
  ASSERT_NE(keys, rules.end());
  EXPECT_EQ((*keys)["parameters"]["maxAccessKeyAge"], "90");
  EXPECT_EQ((*keys)["controls"][0]["id"], "164.308(a)(3)(ii)(C)");

  auto overridden = run_command(HIPAASIM_EXECUTABLE, {"rules", "--param", "AccessKeysRotatedParamMaxAccessKeyAge=30"}, false);
  EXPECT_EQ(overridden.status, 0);
  EXPECT_NE(overridden.text.find("parameters: maxAccessKeyAge=30"), std::string::npos);
  std::size_t implemented = 0;
  for (const auto& r : rules) implemented += r["implemented"].get<bool>();
  EXPECT_NE(overridden.text.find("130 rules in pack hipaa, " + std::to_string(implemented) + " implemented"),
            std::string::npos);
  EXPECT_EQ(run_command(HIPAASIM_EXECUTABLE, {"rules", "--format", "junit"}).status, 2);
}

TEST(rules_command, json_lists_every_parameter_each_rule_reads_with_its_default_and_our_readings) {
  auto rules = nlohmann::json::parse(run_command(HIPAASIM_EXECUTABLE, {"rules", "--format", "json"}, false).text);
  for (const auto& r : rules) {
    const auto* rule = engine::rules::find_rule(r["rule"].get<std::string>());
    if (!rule) {
      EXPECT_FALSE(r.contains("parameter_definitions")) << r["rule"];
      continue;
    }
    ASSERT_EQ(r["parameter_definitions"].size(), rule->parameters.size()) << r["rule"];
    for (std::size_t i = 0; i < rule->parameters.size(); ++i)
      EXPECT_EQ(r["parameter_definitions"][i]["name"], std::string(rule->parameters[i].name)) << r["rule"];
  }
  auto find = [&](const char* id) {
    return *std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r["rule"] == id; });
  };
  auto volumes = find("ENCRYPTED_VOLUMES")["parameter_definitions"][0];
  EXPECT_EQ(volumes["name"], "kmsId");
  EXPECT_TRUE(volumes["default"].is_null()) << "the pack leaves it unset and the rule has no default";
  EXPECT_TRUE(volumes["value"].is_null());
  auto keys = find("ACCESS_KEYS_ROTATED")["parameter_definitions"][0];
  EXPECT_EQ(keys["default"], "90");
  EXPECT_EQ(keys["type"], "integer");
  auto trail = find("MULTI_REGION_CLOUD_TRAIL_ENABLED")["parameter_definitions"];
  EXPECT_EQ(trail.back()["choices"], "ReadOnly|WriteOnly|ALL");
  EXPECT_TRUE(find("IAM_PASSWORD_POLICY")["parameter_definitions"][0]["case_sensitive"].get<bool>());
  EXPECT_NE(find("S3_BUCKET_SSL_REQUESTS_ONLY")["reading"].get<std::string>().find("on the bucket and on its objects"),
            std::string::npos);
}

}  // namespace
