// What CloudFormation does with a conformance pack's intrinsic functions, the engine does too:
// short forms mean what long forms mean, conditions combine, AWS::NoValue removes what holds it.

#include <gtest/gtest.h>

#include "mockaws/scenario/source_tree.hpp"
#include "test_helpers.hpp"

namespace engine::pack {
namespace {

using pack_test::errors_of;
using pack_test::load_ok;
using pack_test::rule_named;

constexpr std::string_view long_form = R"y(
Parameters:
  MaxAge: {Type: String, Default: '90'}
  Mode: {Type: String, Default: strict}
Conditions:
  HasMaxAge:
    Fn::Not:
    - Fn::Equals: ['', {Ref: MaxAge}]
  Strict:
    Fn::Equals: [{Ref: Mode}, strict]
  StrictWithAge:
    Fn::And: [{Condition: Strict}, {Condition: HasMaxAge}]
  StrictOrNoAge:
    Fn::Or:
    - Condition: Strict
    - Fn::Not: [{Condition: HasMaxAge}]
Resources:
  KeysRotated:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      InputParameters:
        maxAccessKeyAge:
          Fn::If: [HasMaxAge, {Ref: MaxAge}, {Ref: AWS::NoValue}]
        mode:
          Fn::If: [StrictWithAge, both, {Fn::If: [StrictOrNoAge, either, neither]}]
      Source: {Owner: AWS, SourceIdentifier: ACCESS_KEYS_ROTATED}
)y";

constexpr std::string_view short_form = R"y(
Parameters:
  MaxAge: {Type: String, Default: '90'}
  Mode: {Type: String, Default: strict}
Conditions:
  HasMaxAge: !Not [!Equals ['', !Ref MaxAge]]
  Strict: !Equals [!Ref Mode, strict]
  StrictWithAge: !And [!Condition Strict, !Condition HasMaxAge]
  StrictOrNoAge: !Or [!Condition Strict, !Not [!Condition HasMaxAge]]
Resources:
  KeysRotated:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      InputParameters:
        maxAccessKeyAge: !If
        - HasMaxAge
        - !Ref MaxAge
        - !Ref AWS::NoValue
        mode: !If [StrictWithAge, both, !If [StrictOrNoAge, either, neither]]
      Source: {Owner: AWS, SourceIdentifier: ACCESS_KEYS_ROTATED}
)y";

using params = std::map<std::string, std::string>;

params parameters_of(std::string_view yaml, const params& overrides) {
  auto pack = load_ok(yaml, overrides);
  return pack.rules.empty() ? params{} : pack.rules[0].input_parameters;
}

TEST(pack_intrinsics, conditions_combine_with_and_or_not_and_condition_references) {
  EXPECT_EQ(parameters_of(long_form, {}), (params{{"maxAccessKeyAge", "90"}, {"mode", "both"}}));
  EXPECT_EQ(parameters_of(long_form, {{"MaxAge", ""}}), (params{{"mode", "either"}}));
  EXPECT_EQ(parameters_of(long_form, {{"Mode", "lax"}}),
            (params{{"maxAccessKeyAge", "90"}, {"mode", "neither"}}));
  EXPECT_EQ(parameters_of(long_form, {{"Mode", "lax"}, {"MaxAge", ""}}),
            (params{{"mode", "either"}}));
}

TEST(pack_intrinsics, short_form_tags_mean_the_same_as_long_forms) {
  for (const auto& overrides : std::vector<params>{
           {}, {{"MaxAge", ""}}, {{"Mode", "lax"}}, {{"Mode", "lax"}, {"MaxAge", "7"}}})
    EXPECT_EQ(parameters_of(short_form, overrides), parameters_of(long_form, overrides));
}

TEST(pack_intrinsics, scenario_files_still_refuse_tags_the_pack_reader_keeps) {
  std::vector<mockaws::scenario::load_error> errors;
  EXPECT_FALSE(mockaws::scenario::read_yaml("a: !Ref X\n", "s.yaml", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].to_string(), "s.yaml:1:4: YAML tag '!Ref' is not supported (only !!str)");

  errors.clear();
  auto kept = mockaws::scenario::read_yaml("a: !Ref X\nb: !If [c, d, e]\n", "p.yaml", errors,
                                           {.keep_tags = true});
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->find("a")->tag, "!Ref");
  EXPECT_EQ(kept->find("a")->text, "X");
  EXPECT_EQ(kept->find("b")->tag, "!If");
  EXPECT_EQ(kept->find("b")->items.size(), 3u);
}

TEST(pack_intrinsics, aws_novalue_removes_a_list_element) {
  auto pack = load_ok(R"y(
Parameters:
  WithTrails: {Type: String, Default: 'no'}
Conditions:
  Trails: !Equals [!Ref WithTrails, 'yes']
Resources:
  Logging:
    Type: AWS::Config::ConfigRule
    Properties:
      Scope:
        ComplianceResourceTypes:
        - AWS::S3::Bucket
        - !If [Trails, AWS::CloudTrail::Trail, !Ref AWS::NoValue]
      Source: {Owner: AWS, SourceIdentifier: S3_BUCKET_LOGGING_ENABLED}
)y");
  ASSERT_EQ(pack.rules.size(), 1u);
  EXPECT_EQ(pack.rules[0].compliance_resource_types, std::vector<std::string>{"AWS::S3::Bucket"});
  // Without ConfigRuleName, the rule is named by its logical id.
  EXPECT_EQ(pack.rules[0].config_rule_name, "Logging");
}

TEST(pack_intrinsics, pseudo_parameters_take_the_given_account_and_region) {
  constexpr std::string_view yaml = R"y(
Resources:
  Bucket:
    Type: AWS::Config::ConfigRule
    Properties:
      InputParameters:
        partition: !Ref AWS::Partition
        region: !Ref AWS::Region
        account: {Ref: AWS::AccountId}
      Source: {Owner: AWS, SourceIdentifier: S3_BUCKET_LOGGING_ENABLED}
)y";
  auto pack = load_ok(yaml, {}, {.account_id = "111122223333", .region = "eu-west-1"});
  EXPECT_EQ(pack.rules.at(0).input_parameters,
            (std::map<std::string, std::string>{
                {"partition", "aws"}, {"region", "eu-west-1"}, {"account", "111122223333"}}));
  EXPECT_EQ(errors_of(yaml),
            (std::vector<std::string>{
                "p.yaml:8:17: Ref to AWS::Region: no region was given to the pack, so it has no "
                "value here",
                "p.yaml:9:24: Ref to AWS::AccountId: no account id was given to the pack, so it "
                "has no value here"}));
}

TEST(pack_intrinsics, unquoted_numbers_and_booleans_keep_their_text) {
  auto pack = load_ok(R"y(
Parameters:
  Age: {Type: Number, Default: 90}
Resources:
  Policy:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: iam-password-policy
      InputParameters:
        MaxPasswordAge: !Ref Age
        RequireSymbols: true
        MinimumPasswordLength: 14
        PasswordReusePrevention: '24'
      MaximumExecutionFrequency: TwentyFour_Hours
      Source: {Owner: AWS, SourceIdentifier: IAM_PASSWORD_POLICY}
)y");
  ASSERT_EQ(pack.rules.size(), 1u);
  EXPECT_EQ(pack.rules[0].input_parameters,
            (std::map<std::string, std::string>{{"MaxPasswordAge", "90"},
                                                {"RequireSymbols", "true"},
                                                {"MinimumPasswordLength", "14"},
                                                {"PasswordReusePrevention", "24"}}));
  EXPECT_EQ(pack.rules[0].maximum_execution_frequency, "TwentyFour_Hours");
}

TEST(pack_intrinsics, input_parameters_may_be_a_json_string) {
  auto pack = load_ok(R"y(
Resources:
  Keys:
    Type: AWS::Config::ConfigRule
    Properties:
      InputParameters: '{"maxAccessKeyAge": "30", "strict": true, "limit": 5}'
      Source: {Owner: AWS, SourceIdentifier: ACCESS_KEYS_ROTATED}
)y");
  EXPECT_EQ(pack.rules.at(0).input_parameters,
            (std::map<std::string, std::string>{
                {"maxAccessKeyAge", "30"}, {"strict", "true"}, {"limit", "5"}}));
}

TEST(pack_intrinsics, other_resources_are_ignored_and_a_false_resource_condition_skips_a_rule) {
  auto pack = load_ok(R"y(
Parameters:
  WithCustom: {Type: String, Default: 'false'}
Conditions:
  Custom: !Equals [!Ref WithCustom, 'true']
Resources:
  Remediation:
    Type: AWS::Config::RemediationConfiguration
    Properties: {ConfigRuleName: !GetAtt Something.Arn, Anything: [1, 2]}
  Custom:
    Type: AWS::Config::ConfigRule
    Condition: Custom
    Properties:
      Source:
        Owner: CUSTOM_LAMBDA
        SourceIdentifier: arn:aws:lambda:us-east-1:111122223333:function:f
  Guard:
    Type: AWS::Config::ConfigRule
    Properties:
      Source:
        Owner: CUSTOM_POLICY
        CustomPolicyDetails: {PolicyRuntime: guard-2.x.x, PolicyText: 'rule x {}'}
)y");
  ASSERT_EQ(pack.rules.size(), 1u);
  EXPECT_EQ(pack.rules[0].logical_id, "Guard");
  EXPECT_EQ(pack.rules[0].owner, "CUSTOM_POLICY");
  EXPECT_EQ(pack.rules[0].source_identifier, "");

  auto with_custom = load_ok(R"y(
Resources:
  Custom:
    Type: AWS::Config::ConfigRule
    Properties:
      Source:
        Owner: CUSTOM_LAMBDA
        SourceIdentifier: arn:aws:lambda:us-east-1:111122223333:function:f
)y");
  ASSERT_EQ(with_custom.rules.size(), 1u);
  EXPECT_EQ(with_custom.rules[0].owner, "CUSTOM_LAMBDA");
  EXPECT_EQ(with_custom.rules[0].source_identifier,
            "arn:aws:lambda:us-east-1:111122223333:function:f");
}

TEST(pack_intrinsics, a_parameter_without_default_needs_an_override) {
  constexpr std::string_view yaml = R"y(
Parameters:
  VpcIds: {Type: String}
Resources:
  Gateway:
    Type: AWS::Config::ConfigRule
    Properties:
      InputParameters: {AuthorizedVpcIds: !Ref VpcIds}
      Source: {Owner: AWS, SourceIdentifier: INTERNET_GATEWAY_AUTHORIZED_VPC_ONLY}
)y";
  EXPECT_EQ(errors_of(yaml), std::vector<std::string>{
                                 "p.yaml:3:3: parameter 'VpcIds' has no Default and no value was "
                                 "given for it"});
  auto pack = load_ok(yaml, {{"VpcIds", "vpc-1"}});
  EXPECT_EQ(pack.rules.at(0).input_parameters.at("AuthorizedVpcIds"), "vpc-1");
  EXPECT_EQ(pack.parameters.at("VpcIds"), "vpc-1");
}

TEST(pack_intrinsics, an_override_must_be_one_of_the_allowed_values) {
  constexpr std::string_view yaml = R"y(
Parameters:
  Flag: {Type: String, Default: 'true', AllowedValues: ['true', 'false']}
Resources: {}
)y";
  load_ok(yaml, {{"Flag", "false"}});
  EXPECT_EQ(errors_of(yaml, {{"Flag", "yes"}}),
            std::vector<std::string>{"p.yaml:3:3: parameter 'Flag' is 'yes', which is not one of "
                                     "its AllowedValues (true, false)"});
}

}  // namespace
}  // namespace engine::pack
