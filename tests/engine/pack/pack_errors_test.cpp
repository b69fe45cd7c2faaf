// A broken pack is refused as a whole, with every error at once, each at the file:line:column
// where the template says the wrong thing.

#include <gtest/gtest.h>

#include "test_helpers.hpp"

namespace engine::pack {
namespace {

using pack_test::errors_of;
using strings = std::vector<std::string>;

// A valid rule around one line under test; `input` is the InputParameters value's line(s).
std::string rule_with(std::string_view input) {
  return std::string(R"y(
Parameters:
  MaxAge: {Type: String, Default: '90'}
Conditions:
  HasMaxAge: !Not [!Equals ['', !Ref MaxAge]]
Resources:
  KeysRotated:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      Source: {Owner: AWS, SourceIdentifier: ACCESS_KEYS_ROTATED}
      InputParameters:
        maxAccessKeyAge: )y") + std::string(input) + "\n";
}

TEST(pack_errors, unknown_intrinsic_function_long_and_short_form) {
  EXPECT_EQ(errors_of(rule_with("{Fn::Iff: [HasMaxAge, 1, 2]}")),
            strings{"p.yaml:13:27: unknown intrinsic function 'Fn::Iff' (did you mean 'Fn::If'?)"});
  EXPECT_EQ(errors_of(rule_with("!Reff MaxAge")),
            strings{"p.yaml:13:26: unknown intrinsic function '!Reff' (did you mean '!Ref'?)"});
  EXPECT_EQ(errors_of(rule_with("!Sub '${MaxAge}'")),
            strings{"p.yaml:13:26: intrinsic function 'Fn::Sub' is not supported in rule packs "
                    "(they may use Ref and Fn::If, and Fn::Equals, Fn::Not, Fn::And, Fn::Or and "
                    "Condition in Conditions)"});
}

TEST(pack_errors, ref_to_an_unknown_parameter) {
  EXPECT_EQ(errors_of(rule_with("{Ref: MaxAg}")),
            strings{"p.yaml:13:32: Ref to unknown parameter 'MaxAg' (did you mean 'MaxAge'?)"});
  EXPECT_EQ(errors_of(rule_with("!Ref AWS::NoVal")),
            strings{"p.yaml:13:26: Ref to unknown pseudo parameter 'AWS::NoVal' (did you mean "
                    "'AWS::NoValue'?)"});
}

TEST(pack_errors, unknown_condition) {
  EXPECT_EQ(errors_of(rule_with("!If [HasMaxAg, !Ref MaxAge, !Ref AWS::NoValue]")),
            strings{"p.yaml:13:31: unknown condition 'HasMaxAg' (did you mean 'HasMaxAge'?)"});
}

TEST(pack_errors, malformed_fn_if) {
  EXPECT_EQ(errors_of(rule_with("!If [HasMaxAge, !Ref MaxAge]")),
            strings{"p.yaml:13:26: malformed Fn::If: it takes [condition name, value if true, "
                    "value if false]; found a list of 2"});
  EXPECT_EQ(errors_of(rule_with("\n          Fn::If: HasMaxAge")),
            strings{"p.yaml:14:11: malformed Fn::If: it takes [condition name, value if true, "
                    "value if false]; found 'HasMaxAge'"});
}

TEST(pack_errors, missing_source_identifier) {
  EXPECT_EQ(errors_of(R"y(
Resources:
  KeysRotated:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      Source:
        Owner: AWS
)y"),
            strings{"p.yaml:8:9: rule 'KeysRotated' has no Source.SourceIdentifier"});
}

TEST(pack_errors, duplicate_config_rule_name) {
  EXPECT_EQ(errors_of(R"y(
Resources:
  KeysRotated:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      Source: {Owner: AWS, SourceIdentifier: ACCESS_KEYS_ROTATED}
  KeysRotatedAgain:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      Source: {Owner: AWS, SourceIdentifier: ACCESS_KEYS_ROTATED}
)y"),
            strings{"p.yaml:8:3: rule 'KeysRotatedAgain' has ConfigRuleName 'access-keys-rotated', "
                    "which rule 'KeysRotated' (line 3) already has"});
}

TEST(pack_errors, conditions_that_depend_on_themselves) {
  EXPECT_EQ(errors_of(R"y(
Conditions:
  A: !And [!Condition B, !Equals [x, x]]
  B: !Not [!Condition A]
Resources: {}
)y"),
            strings{"p.yaml:4:12: condition 'A' depends on itself: A -> B -> A"});
}

TEST(pack_errors, every_error_at_once_in_file_order) {
  EXPECT_EQ(errors_of(R"y(
Parameters:
  MaxAge: {Type: String, Default: '90'}
  VpcIds: {Type: String}
Resources:
  KeysRotated:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      InputParameters:
        maxAccessKeyAge: !If [Missing, !Ref MaxAge, !Ref Nope]
      Source: {Owner: AWS}
      Scop: {}
  Logging:
    Type: AWS::Config::ConfigRule
    Properties:
      ConfigRuleName: access-keys-rotated
      MaximumExecutionFrequency: Daily
      Source: {Owner: AWZ, SourceIdentifier: S3_BUCKET_LOGGING_ENABLED}
Conditions:
  Broken: !Equals [only-one]
Outputs: {}
Outpts: {}
)y",
                      {{"MaxAgee", "1"}}),
            (strings{
                "p.yaml: parameter override 'MaxAgee=1': the pack has no parameter 'MaxAgee' (did "
                "you mean 'MaxAge'?)",
                "p.yaml:4:3: parameter 'VpcIds' has no Default and no value was given for it",
                "p.yaml:11:31: unknown condition 'Missing'",
                "p.yaml:11:53: Ref to unknown parameter 'Nope'",
                "p.yaml:12:15: rule 'KeysRotated' has no Source.SourceIdentifier",
                "p.yaml:13:7: unknown key 'Scop' in the Properties of an AWS::Config::ConfigRule "
                "(did you mean 'Scope'?)",
                "p.yaml:18:34: MaximumExecutionFrequency 'Daily' is not One_Hour, Three_Hours, "
                "Six_Hours, Twelve_Hours or TwentyFour_Hours",
                "p.yaml:19:23: Source.Owner 'AWZ' is not AWS, CUSTOM_LAMBDA or CUSTOM_POLICY (did "
                "you mean 'AWS'?)",
                "p.yaml:21:11: malformed Fn::Equals: it takes a list of two values; found a list "
                "of 1",
                "p.yaml:23:1: unknown template section 'Outpts' (did you mean 'Outputs'?)",
            }));
}

TEST(pack_errors, yaml_syntax_errors_and_wrong_shapes) {
  EXPECT_EQ(errors_of("Resources: [unclosed\n"),
            strings{"p.yaml:1:12: YAML syntax error: while parsing a flow sequence: did not find "
                    "expected ',' or ']' (this is where it starts; noticed at line 2, column 1)"});
  EXPECT_EQ(errors_of("- just a list\n"),
            strings{"p.yaml:1:1: a rule pack is a CloudFormation template (a mapping with "
                    "Parameters, Conditions and Resources); found a list"});
  EXPECT_EQ(errors_of("Parameters: {}\n"),
            strings{"p.yaml:1:1: the pack has no Resources section, so it has no rules"});
}

}  // namespace
}  // namespace engine::pack
