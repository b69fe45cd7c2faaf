// `hipaasim scan` on the demo accounts: formats, controls, exit statuses and bad input.

#include <gtest/gtest.h>

#include <map>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "engine/pack/conformance_pack.hpp"
#include "engine/rules/rule.hpp"
#include "tests/support/run_command.hpp"

namespace {

using hipaasim::testing::run_command;
using json = nlohmann::json;

const std::string demo = std::string(HIPAASIM_SOURCE_DIR) + "/scenarios/demo/";

json scan_json(const std::string& scenario, int& status) {
  auto out = run_command(HIPAASIM_EXECUTABLE, {"scan", scenario, "--format", "json"}, false);
  status = out.status;
  return json::parse(out.text);
}

// How many of the built-in HIPAA pack's rules the engine implements, from the rule registry.
std::size_t implemented_in_pack() {
  auto pack = engine::pack::load_builtin_pack("hipaa", {});
  std::size_t implemented = 0;
  if (pack.pack)
    for (const auto& rule : pack.pack->rules)
      implemented += engine::rules::find_rule(rule.source_identifier) != nullptr;
  return implemented;
}

TEST(scan_command, the_non_compliant_demo_fails_across_services_and_says_why) {
  int status = 0;
  json report = scan_json(demo + "clinic-noncompliant.yaml", status);
  EXPECT_EQ(status, 1);
  EXPECT_EQ(report["account_id"], "402918733645");
  EXPECT_EQ(report["regions"], json({"us-east-1", "us-west-2"}));
  std::set<std::string> services;
  for (const auto& e : report["evaluations"]) {
    for (const char* member : {"rule", "config_rule_name", "resource_type", "resource_id", "region",
                               "compliance", "annotation", "controls"})
      EXPECT_TRUE(e.contains(member)) << member << " in " << e.dump();
    if (e["compliance"] != "NON_COMPLIANT") continue;
    EXPECT_FALSE(e["annotation"].get<std::string>().empty()) << e.dump();
    std::string type = e["resource_type"];  // "AWS::S3::Bucket": the service is its middle part
    if (type != "AWS::::Account") services.insert(type.substr(5, type.find("::", 5) - 5));
  }
  EXPECT_GE(services.size(), 6u) << ::testing::PrintToString(services);
  // One evaluation, fully: the jump host's security group.
  auto ssh = std::find_if(report["evaluations"].begin(), report["evaluations"].end(), [](const json& e) {
    return e["rule"] == "INCOMING_SSH_DISABLED" && e["resource_id"] == "sg-0a1b2c3d4e5f60075";
  });
  ASSERT_NE(ssh, report["evaluations"].end());
  EXPECT_EQ((*ssh)["config_rule_name"], "restricted-ssh");
  EXPECT_EQ((*ssh)["resource_name"], "jump-host");
  EXPECT_EQ((*ssh)["annotation"], "SSH (TCP 22) is open to 0.0.0.0/0 and ::/0");
  EXPECT_NE(std::find((*ssh)["controls"].begin(), (*ssh)["controls"].end(), "164.312(a)(1)"), (*ssh)["controls"].end());
  EXPECT_EQ(report["summary"]["rules_in_pack"], 130);
  std::size_t lacking = 0;
  for (const auto& rule : report["not_implemented"]) {
    EXPECT_EQ(engine::rules::find_rule(rule["rule"].get<std::string>()), nullptr) << rule;
    ++lacking;
  }
  EXPECT_EQ(lacking + implemented_in_pack(), 130u) << "every rule of the pack is accounted for";
}

TEST(scan_command, the_compliant_demo_has_nothing_non_compliant) {
  int status = 0;
  json report = scan_json(demo + "clinic-compliant.yaml", status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(report["summary"]["NON_COMPLIANT"], 0);
  EXPECT_EQ(report["summary"]["INSUFFICIENT_DATA"], 0);
  EXPECT_GT(report["summary"]["COMPLIANT"].get<int>(), 30);
}

TEST(scan_command, the_table_groups_by_safeguard_and_control) {
  auto out = run_command(HIPAASIM_EXECUTABLE, {"scan", demo + "clinic-noncompliant.yaml"}, false);
  EXPECT_EQ(out.status, 1);
  auto technical = out.text.find("\nTechnical safeguards\n");
  auto administrative = out.text.find("\nAdministrative safeguards\n");
  ASSERT_NE(technical, std::string::npos) << out.text;
  EXPECT_LT(administrative, technical) << "in the regulation's order";
  EXPECT_NE(out.text.find("  164.312(a)(2)(iv) Encryption and decryption (Addressable): "), std::string::npos);
  EXPECT_NE(out.text.find("Rules of the pack not implemented yet (" + std::to_string(130 - implemented_in_pack()) +
                          ", no verdict):"),
            std::string::npos);
  EXPECT_NE(out.text.find("Summary: "), std::string::npos);
}

TEST(scan_command, the_2003_pack_reports_its_own_controls_and_a_file_pack_none) {
  std::string nc = demo + "clinic-noncompliant.yaml";
  auto out = run_command(HIPAASIM_EXECUTABLE, {"scan", nc, "--pack", "hipaa-2003", "--format", "json"}, false);
  json report = json::parse(out.text);
  EXPECT_EQ(report["pack"], "hipaa-2003");
  EXPECT_EQ(report["summary"]["rules_in_pack"], 19) << "config rules of the pack";
  bool encryption_seen = false;
  for (const auto& e : report["evaluations"]) {
    if (e["rule"] != "CLOUD_TRAIL_ENCRYPTION_ENABLED") continue;
    encryption_seen = true;
    // The 2003 framework's sections for the control, not the HIPAA pack's.
    EXPECT_NE(std::find(e["controls"].begin(), e["controls"].end(), "164.312(e)(2)(ii)"), e["controls"].end()) << e;
  }
  EXPECT_TRUE(encryption_seen);
  auto contact = [](const json& r) {
    for (const auto& e : r["evaluations"])
      if (e["rule"] == "ACCOUNT_SECURITY_CONTACT_REGISTERED") return e["compliance"].get<std::string>();
    return std::string("none");
  };
  EXPECT_EQ(contact(report), "NON_COMPLIANT") << "only a billing contact";
  auto fixed = run_command(HIPAASIM_EXECUTABLE, {"scan", demo + "clinic-compliant.yaml", "--pack", "hipaa-2003", "--format", "json"}, false);
  json fixed_report = json::parse(fixed.text);
  EXPECT_EQ(contact(fixed_report), "COMPLIANT");
  // The framework's log retention (365 days): the EHR's 30-day group fails, a group that never
  // expires passes; every group of the compliant clinic passes.
  auto retention = [](const json& r) {
    std::map<std::string, std::string> verdicts;
    for (const auto& e : r["evaluations"])
      if (e["rule"] == "CW_LOGGROUP_RETENTION_PERIOD_CHECK") verdicts[e["resource_id"]] = e["compliance"];
    return verdicts;
  };
  EXPECT_EQ(retention(report), (std::map<std::string, std::string>{{"/ehr/application", "NON_COMPLIANT"},
                                                                     {"/portal/access", "COMPLIANT"}}));
  EXPECT_EQ(retention(fixed_report), (std::map<std::string, std::string>{{"aws-waf-logs-ehr-internal", "COMPLIANT"},
                                                                           {"maplegrove-cloudtrail", "COMPLIANT"}}));
  auto table = run_command(HIPAASIM_EXECUTABLE, {"scan", nc, "--pack", "hipaa-2003"}, false);
  EXPECT_NE(table.text.find(" of 19 config rules evaluated"), std::string::npos) << table.text;

  // The same template read from a file is a pack without a mapping: no HIPAA control ids.
  auto file = run_command(HIPAASIM_EXECUTABLE,
                          {"scan", nc, "--pack",
                           std::string(HIPAASIM_SOURCE_DIR) + "/engine/packs/hipaa-2003/HIPAA-Security-Rule-2003.yaml",
                           "--format", "json"},
                          false);
  json unmapped = json::parse(file.text);
  ASSERT_FALSE(unmapped["evaluations"].empty());
  for (const auto& e : unmapped["evaluations"]) EXPECT_EQ(e["controls"], json::array()) << e;
}

TEST(scan_command, a_process_check_nobody_attested_awaits_attestation_without_failing) {
  std::string baseline = std::string(HIPAASIM_SOURCE_DIR) + "/scenarios/baselines/clinic.yaml";
  int status = 0;
  json report = scan_json(baseline, status);
  EXPECT_EQ(status, 0) << "awaiting an attestation is not a failure";
  ASSERT_EQ(report["awaiting_attestation"].size(), 1u) << report["awaiting_attestation"];
  EXPECT_EQ(report["awaiting_attestation"][0]["rule"], "AWS_CONFIG_PROCESS_CHECK");
  EXPECT_EQ(report["awaiting_attestation"][0]["config_rule_name"], "annual-risk-assessment-performed");
  EXPECT_EQ(report["awaiting_attestation"][0]["region"], "us-east-1");
  EXPECT_EQ(report["summary"]["awaiting_attestation"], 1);
  for (const auto& e : report["evaluations"]) EXPECT_NE(e["rule"], "AWS_CONFIG_PROCESS_CHECK") << "never COMPLIANT unattested";
  auto table = run_command(HIPAASIM_EXECUTABLE, {"scan", baseline}, false);
  EXPECT_NE(table.text.find("Process checks awaiting an operator's attestation"), std::string::npos) << table.text;
  EXPECT_NE(table.text.find("AWS_CONFIG_PROCESS_CHECK (annual-risk-assessment-performed) [us-east-1]"), std::string::npos);
}

TEST(scan_command, junit_has_a_case_per_rule_and_resource) {
  auto out = run_command(HIPAASIM_EXECUTABLE, {"scan", demo + "clinic-noncompliant.yaml", "--format", "junit"}, false);
  EXPECT_EQ(out.status, 1);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(out.text.c_str())) << out.text.substr(0, 400);
  auto suites = doc.child("testsuites");
  EXPECT_GT(suites.attribute("failures").as_int(), 20);
  auto ssh = suites.find_child_by_attribute("testsuite", "name", "INCOMING_SSH_DISABLED");
  ASSERT_TRUE(ssh);
  int failures = 0;
  for (auto c : ssh.children("testcase")) failures += !c.child("failure").empty();
  EXPECT_EQ(failures, 1);
  EXPECT_TRUE(suites.find_child_by_attribute("testsuite", "name", "EMR_KERBEROS_ENABLED")
                  .child("testcase").child("skipped"))
      << "a rule not implemented yet is a skipped case, not left out";
}

TEST(scan_command, pack_parameters_change_verdicts_and_bad_input_exits_2) {
  std::string nc = demo + "clinic-noncompliant.yaml";
  auto out = run_command(HIPAASIM_EXECUTABLE, {"scan", nc, "--format", "json", "--param",
                                               "AccessKeysRotatedParamMaxAccessKeyAge=1000"}, false);
  json report = json::parse(out.text);
  for (const auto& e : report["evaluations"]) {
    if (e["rule"] == "ACCESS_KEYS_ROTATED") {
      EXPECT_EQ(e["compliance"], "COMPLIANT") << e.dump();
    }
  }
  auto unknown = run_command(HIPAASIM_EXECUTABLE, {"scan", nc, "--param", "AccessKeysRotatedParamMaxAccesKeyAge=1"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.text.find("AccessKeysRotatedParamMaxAccessKeyAge"), std::string::npos) << unknown.text;
  EXPECT_EQ(run_command(HIPAASIM_EXECUTABLE, {"scan"}).status, 2);
  EXPECT_EQ(run_command(HIPAASIM_EXECUTABLE, {"scan", nc, "--format", "yaml"}).status, 2);
  EXPECT_EQ(run_command(HIPAASIM_EXECUTABLE, {"scan", nc, "--pack", "no-such-pack"}).status, 2);
  auto bad = run_command(HIPAASIM_EXECUTABLE,
                         {"scan", std::string(HIPAASIM_SOURCE_DIR) + "/tests/mockaws/scenario/malformed/region_typo.yaml"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.text.find("region_typo.yaml:4:3: 'us-est-1' is not an AWS region"), std::string::npos) << bad.text;
}

TEST(scan_command, an_endpoint_that_refuses_connections_gives_insufficient_data_not_a_crash) {
  // Port 9 (discard) on loopback: nothing listens there in a test environment.
  auto out = run_command("env", {"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                                 "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                 HIPAASIM_EXECUTABLE, "scan", "--endpoint", "http://127.0.0.1:9",
                                 "--region", "us-east-1", "--format", "json"}, false);
  EXPECT_EQ(out.status, 3) << out.text.substr(0, 400);
  json report = json::parse(out.text);
  EXPECT_EQ(report["summary"]["COMPLIANT"], 0) << "never COMPLIANT on missing data";
  EXPECT_EQ(report["summary"]["NON_COMPLIANT"], 0);
  EXPECT_GT(report["summary"]["INSUFFICIENT_DATA"].get<int>(), 0);
  ASSERT_FALSE(report["collection_failures"].empty());
  EXPECT_NE(report["collection_failures"][0]["reason"].get<std::string>().find("127.0.0.1:9"), std::string::npos)
      << report["collection_failures"][0].dump();
}

}  // namespace
