// The built-in HIPAA pack is AWS's own conformance-pack template, unmodified: it loads as the 130
// rules AWS Config would deploy, and parameter overrides change them the way
// `put-conformance-pack --template-parameters` would.

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "engine/pack/embedded_texts.hpp"
#include "test_helpers.hpp"

namespace engine::pack {
namespace {

using pack_test::error_texts;
using pack_test::joined;
using pack_test::rule_named;

const std::string pack_path =
    std::string(HIPAASIM_SOURCE_DIR) +
    "/engine/packs/hipaa/Operational-Best-Practices-for-HIPAA-Security.yaml";

conformance_pack hipaa(const std::map<std::string, std::string>& overrides = {}) {
  auto result = load_builtin_pack("hipaa", overrides);
  EXPECT_TRUE(result.errors.empty()) << joined(error_texts(result));
  return result.pack.value_or(conformance_pack{});
}

TEST(hipaa_pack, loads_the_130_managed_rules_in_template_order) {
  auto pack = hipaa();
  EXPECT_EQ(pack.name, "hipaa");
  EXPECT_EQ(pack.source, "engine/packs/hipaa/Operational-Best-Practices-for-HIPAA-Security.yaml");
  ASSERT_EQ(pack.rules.size(), 130u);
  EXPECT_EQ(pack.rules.front().logical_id, "AccessKeysRotated");
  EXPECT_EQ(pack.rules.front().config_rule_name, "access-keys-rotated");
  EXPECT_EQ(pack.rules.front().source_identifier, "ACCESS_KEYS_ROTATED");
  EXPECT_EQ(pack.rules.front().where.line, 98);
  EXPECT_EQ(pack.rules.front().where.column, 3);
  EXPECT_EQ(pack.rules.back().logical_id, "AnnualRiskAssessmentPerformed");
  EXPECT_EQ(pack.rules.back().source_identifier, "AWS_CONFIG_PROCESS_CHECK");
  for (const auto& rule : pack.rules) EXPECT_EQ(rule.owner, "AWS") << rule.logical_id;
}

TEST(hipaa_pack, has_the_rules_and_names_of_the_reference_table) {
  auto pack = hipaa();
  auto rows = pack_test::read_tsv(pack_test::reference_tsv());
  ASSERT_EQ(rows.size(), 130u);
  for (const auto& row : rows) {
    const pack_rule* rule = rule_named(pack, row.at("config_rule_name"));
    ASSERT_NE(rule, nullptr) << row.at("config_rule_name");
    EXPECT_EQ(rule->source_identifier, row.at("source_identifier"));
  }
}

TEST(hipaa_pack, resolves_parameter_defaults_through_conditions_and_fn_if) {
  auto pack = hipaa();
  const pack_rule* keys = rule_named(pack, "access-keys-rotated");
  ASSERT_NE(keys, nullptr);
  EXPECT_EQ(keys->input_parameters,
            (std::map<std::string, std::string>{{"maxAccessKeyAge", "90"}}));
  EXPECT_EQ(pack.parameters.at("AccessKeysRotatedParamMaxAccessKeyAge"), "90");

  const pack_rule* ports = rule_named(pack, "restricted-common-ports");
  ASSERT_NE(ports, nullptr);
  EXPECT_EQ(ports->input_parameters,
            (std::map<std::string, std::string>{{"blockedPort1", "20"},
                                                {"blockedPort2", "21"},
                                                {"blockedPort3", "3389"},
                                                {"blockedPort4", "3306"},
                                                {"blockedPort5", "4333"}}));
  const pack_rule* kms = rule_named(pack, "iam-customer-policy-blocked-kms-actions");
  ASSERT_NE(kms, nullptr);
  EXPECT_EQ(kms->input_parameters.at("blockedActionsPatterns"),
            "kms:*, kms:Decrypt, kms:ReEncrypt*");
}

TEST(hipaa_pack, keeps_scope_resource_types) {
  auto pack = hipaa();
  const pack_rule* acm = rule_named(pack, "acm-certificate-expiration-check");
  ASSERT_NE(acm, nullptr);
  EXPECT_EQ(acm->compliance_resource_types, std::vector<std::string>{"AWS::ACM::Certificate"});
  const pack_rule* alb = rule_named(pack, "alb-http-to-https-redirection-check");
  ASSERT_NE(alb, nullptr);
  EXPECT_TRUE(alb->compliance_resource_types.empty());  // the template gives it no Scope
  EXPECT_TRUE(alb->input_parameters.empty());
}

TEST(hipaa_pack, an_override_replaces_a_default) {
  auto pack = hipaa({{"AccessKeysRotatedParamMaxAccessKeyAge", "45"}});
  const pack_rule* keys = rule_named(pack, "access-keys-rotated");
  ASSERT_NE(keys, nullptr);
  EXPECT_EQ(keys->input_parameters.at("maxAccessKeyAge"), "45");
  EXPECT_EQ(pack.parameters.at("AccessKeysRotatedParamMaxAccessKeyAge"), "45");
}

TEST(hipaa_pack, an_empty_override_removes_the_input_parameter_through_aws_novalue) {
  auto pack = hipaa({{"IamPasswordPolicyParamMinimumPasswordLength", ""}});
  const pack_rule* policy = rule_named(pack, "iam-password-policy");
  ASSERT_NE(policy, nullptr);
  EXPECT_FALSE(policy->input_parameters.contains("MinimumPasswordLength"));
  EXPECT_EQ(policy->input_parameters.at("MaxPasswordAge"), "90");
  EXPECT_EQ(policy->input_parameters.size(), 6u);
  auto defaults = hipaa();
  const pack_rule* default_policy = rule_named(defaults, "iam-password-policy");
  ASSERT_NE(default_policy, nullptr);
  EXPECT_EQ(default_policy->input_parameters.at("MinimumPasswordLength"), "14");
}

TEST(hipaa_pack, an_empty_default_leaves_the_input_parameter_out) {
  auto defaults = hipaa();
  const pack_rule* gateway = rule_named(defaults, "internet-gateway-authorized-vpc-only");
  ASSERT_NE(gateway, nullptr);
  EXPECT_FALSE(gateway->input_parameters.contains("AuthorizedVpcIds"));

  auto pack = hipaa({{"InternetGatewayAuthorizedVpcOnlyParamAuthorizedVpcIds", "vpc-1,vpc-2"}});
  const pack_rule* authorized = rule_named(pack, "internet-gateway-authorized-vpc-only");
  ASSERT_NE(authorized, nullptr);
  EXPECT_EQ(authorized->input_parameters.at("AuthorizedVpcIds"), "vpc-1,vpc-2");
}

TEST(hipaa_pack, an_override_for_an_unknown_parameter_is_an_error_with_a_suggestion) {
  auto result = load_builtin_pack("hipaa", {{"AccessKeysRotatedParamMaxAccesKeyAge", "45"}});
  EXPECT_FALSE(result.pack);
  EXPECT_EQ(joined(error_texts(result)),
            "engine/packs/hipaa/Operational-Best-Practices-for-HIPAA-Security.yaml: parameter "
            "override 'AccessKeysRotatedParamMaxAccesKeyAge=45': the pack has no parameter "
            "'AccessKeysRotatedParamMaxAccesKeyAge' (did you mean "
            "'AccessKeysRotatedParamMaxAccessKeyAge'?)\n");
}

TEST(hipaa_pack, an_unknown_builtin_pack_is_an_error_with_a_suggestion) {
  auto result = load_builtin_pack("hipa", {});
  EXPECT_FALSE(result.pack);
  EXPECT_EQ(joined(error_texts(result)),
            "hipa: no built-in rule pack 'hipa' (did you mean 'hipaa'?) (built-in packs: hipaa, hipaa-2003)\n");
  EXPECT_EQ(builtin_pack_names(), (std::vector<std::string>{"hipaa", "hipaa-2003"}));
}

TEST(hipaa_pack, the_builtin_pack_is_the_file_in_the_repository_unchanged) {
  std::ifstream in(pack_path, std::ios::binary);
  ASSERT_TRUE(in) << pack_path;
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), embedded_hipaa_pack_text());
}

TEST(hipaa_pack, loads_from_a_file_with_errors_naming_that_file) {
  auto from_file = load_pack_file(pack_path, {});
  ASSERT_TRUE(from_file.pack) << joined(error_texts(from_file));
  EXPECT_EQ(from_file.pack->name, "Operational-Best-Practices-for-HIPAA-Security");
  EXPECT_EQ(from_file.pack->rules.size(), 130u);

  auto missing = load_pack_file("/nonexistent/pack.yaml", {});
  EXPECT_EQ(joined(error_texts(missing)), "/nonexistent/pack.yaml: cannot open the file\n");
}

}  // namespace
}  // namespace engine::pack
