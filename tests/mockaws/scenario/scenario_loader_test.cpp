// The scenario loader: what a scenario says becomes the store, with AWS's defaults and ids; what
// is wrong is reported as file:line:column, every error at once, and nothing is loaded.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "mockaws/scenario/scenario_loader.hpp"
#include "mockaws/scenario/scenario_writer.hpp"

#include <unistd.h>

namespace mockaws::scenario {
namespace {

using json = nlohmann::json;

load_result load(std::string_view yaml) { return load_text(yaml, "s.yaml"); }

std::vector<std::string> errors_of(std::string_view yaml) {
  auto result = load(yaml);
  EXPECT_EQ(result.store, nullptr);
  std::vector<std::string> out;
  for (const auto& e : result.errors) out.push_back(e.to_string());
  return out;
}

const json& state(const load_result& r, const std::string& region, const std::string& service) {
  return r.store->accounts().begin()->second.state(region, service);
}

TEST(scenario_loader, loads_account_clock_credentials_and_typed_state) {
  auto r = load(R"yaml(
account_id: "111122223333"
now: 2026-01-02T03:04:05Z
credentials:
  - {access_key_id: AKIA1, secret_access_key: s1}
global:
  iam:
    Users: [{UserName: alice, UserId: "0123"}]
regions:
  eu-west-1:
    ec2:
      Vpcs: [{VpcId: vpc-1, CidrBlock: 10.0.0.0/16, IsDefault: false}]
)yaml");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
  const auto& s = *r.store;
  EXPECT_EQ(protocol::format_iso8601(s.clock().now()), "2026-01-02T03:04:05Z");
  ASSERT_NE(s.find_credential("AKIA1"), nullptr);
  EXPECT_EQ(s.find_credential("AKIA1")->account_id, "111122223333");
  EXPECT_EQ(s.find_credential("AKIAIOSFODNN7EXAMPLE"), nullptr);  // declared keys replace it
  EXPECT_EQ(state(r, "global", "iam")["Users"][0]["UserId"], "0123");
  EXPECT_EQ(state(r, "eu-west-1", "ec2")["Vpcs"][0]["IsDefault"], false);
}

TEST(scenario_loader, without_credentials_accepts_the_aws_documentation_pair) {
  auto r = load("global: {iam: {}}");
  ASSERT_TRUE(r.store);
  const auto* c = r.store->find_credential("AKIAIOSFODNN7EXAMPLE");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->secret_access_key, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
}

TEST(scenario_loader, derives_arns_in_the_regions_partition_and_from_a_parent) {
  auto r = load(R"yaml(
regions:
  cn-north-1:
    dynamodb:
      Tables: [{TableName: orders}]
  us-gov-west-1:
    kms:
      Keys: [{KeyId: 1234abcd-12ab-34cd-56ef-1234567890ab}]
  us-east-1:
    backup:
      BackupVaults: [{BackupVaultName: vault}]
      BackupPlans:
        - BackupPlanId: plan-1
          BackupPlan: {BackupPlanName: daily, Rules: [{RuleName: r, TargetBackupVaultName: vault}]}
          Selections: [{SelectionId: sel-1, BackupSelection: {SelectionName: s, IamRoleArn: "arn:aws:iam::123456789012:role/b"}}]
)yaml");
  for (const auto& e : r.errors) ADD_FAILURE() << e.to_string();
  ASSERT_NE(r.store, nullptr);
  EXPECT_EQ(state(r, "cn-north-1", "dynamodb")["Tables"][0]["TableArn"],
            "arn:aws-cn:dynamodb:cn-north-1:123456789012:table/orders");
  EXPECT_EQ(state(r, "us-gov-west-1", "kms")["Keys"][0]["Arn"],
            "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  EXPECT_EQ(state(r, "us-east-1", "backup")["BackupPlans"][0]["Selections"][0]["BackupPlanId"], "plan-1");
}

TEST(scenario_loader, fills_aws_defaults_and_generates_the_same_ids_every_time) {
  const char* yaml = R"yaml(
account_id: "210987654321"
now: 2026-11-01T00:00:00Z
global:
  iam:
    Users: [{UserName: dr-lee}]
regions:
  us-east-1:
    kms:
      Keys: [{Description: phi}]
)yaml";
  auto first = load(yaml);
  ASSERT_TRUE(first.errors.empty()) << first.errors.front().to_string();
  const json& user = state(first, "global", "iam")["Users"][0];
  EXPECT_EQ(user["Path"], "/");
  EXPECT_EQ(user["Arn"], "arn:aws:iam::210987654321:user/dr-lee");
  EXPECT_EQ(user["CreateDate"], "2026-11-01T00:00:00Z");
  ASSERT_TRUE(user["UserId"].is_string());
  EXPECT_EQ(user["UserId"].get<std::string>().substr(0, 4), "AIDA");
  EXPECT_EQ(user["UserId"].get<std::string>().size(), 21u);
  const json& key = state(first, "us-east-1", "kms")["Keys"][0];
  EXPECT_EQ(key["Arn"], "arn:aws:kms:us-east-1:210987654321:key/" + key["KeyId"].get<std::string>());
  auto second = load(yaml);
  EXPECT_EQ(state(second, "global", "iam"), state(first, "global", "iam"));
  EXPECT_EQ(state(second, "us-east-1", "kms"), state(first, "us-east-1", "kms"));
}

TEST(scenario_loader, resolves_times_relative_to_now) {
  auto r = load(R"yaml(
now: 2026-11-01T00:00:00Z
global:
  iam:
    Users:
      - UserName: a
        CreateDate: -400d
        AccessKeys: [{AccessKeyId: AKIA1, Status: Active, CreateDate: -1d12h}]
      - {UserName: b, CreateDate: +2w}
      - {UserName: c, CreateDate: 1704067200}
)yaml");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
  const json& users = state(r, "global", "iam")["Users"];
  EXPECT_EQ(users[0]["CreateDate"], "2025-09-27T00:00:00Z");
  EXPECT_EQ(users[0]["AccessKeys"][0]["CreateDate"], "2026-10-30T12:00:00Z");
  EXPECT_EQ(users[1]["CreateDate"], "2026-11-15T00:00:00Z");
  EXPECT_EQ(users[2]["CreateDate"], "2024-01-01T00:00:00Z");
}

TEST(scenario_loader, relative_times_need_now) {
  auto errors = errors_of("global:\n  iam:\n    Users: [{UserName: a, CreateDate: -1d}]\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "s.yaml:3:39: global.iam.Users[0].CreateDate: relative time '-1d' needs "
                       "the scenario's `now:`");
}

TEST(scenario_loader, nested_collections_and_json_documents) {
  auto r = load(R"yaml(
global:
  iam:
    Roles:
      - RoleName: app
        AssumeRolePolicyDocument:
          Version: "2012-10-17"
          Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]
regions:
  us-east-1:
    ec2:
      Reservations:
        - Instances: [{InstanceId: i-1}, {InstanceId: i-2}]
)yaml");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
  // A policy written as YAML is stored as the JSON text AWS returns.
  const json& role = state(r, "global", "iam")["Roles"][0];
  ASSERT_TRUE(role["AssumeRolePolicyDocument"].is_string());
  EXPECT_EQ(json::parse(role["AssumeRolePolicyDocument"].get<std::string>())["Statement"][0]["Action"],
            "sts:AssumeRole");
  const json& reservation = state(r, "us-east-1", "ec2")["Reservations"][0];
  EXPECT_EQ(reservation["Instances"].size(), 2u);
  EXPECT_EQ(reservation["OwnerId"], "123456789012");
  EXPECT_EQ(reservation["ReservationId"].get<std::string>().substr(0, 2), "r-");
  EXPECT_EQ(r.resources, 4u);  // the role, the reservation and its two instances
}

TEST(scenario_loader, references_to_missing_resources_are_errors_at_the_value) {
  auto errors = errors_of(R"yaml(
regions:
  us-east-1:
    ec2:
      Vpcs: [{VpcId: vpc-1}]
      Subnets: [{SubnetId: subnet-1, VpcId: vpc-2}]
      Reservations:
        - Instances: [{InstanceId: i-1, SubnetId: subnet-9, SecurityGroups: [{GroupId: sg-9}]}]
    kms:
      Aliases: [{AliasName: alias/phi, TargetKeyId: k-missing}]
    cloudtrail:
      Trails: [{Name: t, S3BucketName: no-such-bucket}]
)yaml");
  ASSERT_EQ(errors.size(), 5u) << ::testing::PrintToString(errors);
  EXPECT_NE(errors[0].find("s.yaml:6:45: "), std::string::npos) << errors[0];
  EXPECT_NE(errors[0].find("'vpc-2' names no ec2.Vpcs VpcId in us-east-1"), std::string::npos);
  EXPECT_NE(errors[1].find("'subnet-9' names no ec2.Subnets SubnetId"), std::string::npos) << errors[1];
  EXPECT_NE(errors[2].find("'sg-9' names no ec2.SecurityGroups GroupId"), std::string::npos) << errors[2];
  EXPECT_NE(errors[3].find("'k-missing' names no kms.Keys"), std::string::npos) << errors[3];
  EXPECT_NE(errors[4].find("'no-such-bucket' names no s3.Buckets Name"), std::string::npos) << errors[4];
}

TEST(scenario_loader, dangling_values_aws_allows_are_warnings) {
  auto r = load(R"yaml(
regions:
  us-east-1:
    lambda:
      Functions: [{FunctionName: f, Role: "arn:aws:iam::123456789012:role/gone"}]
)yaml");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].message.find("role/gone"), std::string::npos);
}

TEST(scenario_loader, duplicate_ids_name_the_first_place) {
  auto errors = errors_of(R"yaml(
global:
  iam:
    Users: [{UserName: a}, {UserName: a}]
regions:
  us-east-1:
    s3: {Buckets: [{Name: logs}]}
  eu-west-1:
    s3: {Buckets: [{Name: logs}]}
)yaml");
  ASSERT_EQ(errors.size(), 2u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:4:39: global.iam.Users[1]: duplicate UserName 'a' (first at "
                       "s.yaml:4:24)");
  // Bucket names are unique across regions (and accounts).
  EXPECT_EQ(errors[1], "s.yaml:9:27: regions.eu-west-1.s3.Buckets[0]: duplicate Name 'logs' "
                       "(first at s.yaml:7:27)");
}

TEST(scenario_loader, unknown_keys_get_a_suggestion) {
  auto errors = errors_of(R"yaml(
acount_id: "123456789012"
global:
  iam:
    Userz: []
    Users: [{UserNmae: a}]
regions:
  us-east-1:
    ec22: {}
    ec2:
      Reservations: [{Instances: [{InstanceId: i-1, State: {Name: runing}}]}]
)yaml");
  ASSERT_EQ(errors.size(), 5u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:2:1: unknown key 'acount_id' (did you mean 'account_id'?)");
  EXPECT_EQ(errors[1], "s.yaml:5:5: unknown collection 'Userz' of iam (did you mean 'Users'?)");
  EXPECT_EQ(errors[2], "s.yaml:6:14: global.iam.Users[0]: unknown key 'UserNmae' in User (did "
                       "you mean 'UserName'?)");
  EXPECT_EQ(errors[3], "s.yaml:9:5: unknown service 'ec22' (did you mean 'ec2'?)");
  EXPECT_NE(errors[4].find("'runing' is not a valid InstanceStateName (did you mean 'running'?)"),
            std::string::npos)
      << errors[4];
}

TEST(scenario_loader, wrong_types_say_what_was_expected) {
  auto errors = errors_of(R"yaml(
now: yesterday
global:
  iam:
    PasswordPolicy: {MinimumPasswordLength: "14", RequireSymbols: yes, MaxPasswordAge: [90]}
)yaml");
  ASSERT_EQ(errors.size(), 4u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:2:6: now must be an ISO 8601 time such as 2026-11-01T00:00:00Z, got "
                       "'yesterday'");
  EXPECT_EQ(errors[1], "s.yaml:5:45: global.iam.PasswordPolicy.MinimumPasswordLength: expected an "
                       "integer, got \"14\" (quoted, so a string: write it without quotes)");
  EXPECT_EQ(errors[2], "s.yaml:5:67: global.iam.PasswordPolicy.RequireSymbols: expected true or "
                       "false, got 'yes'");
  EXPECT_EQ(errors[3], "s.yaml:5:88: global.iam.PasswordPolicy.MaxPasswordAge: expected a single "
                       "value (maxPasswordAgeType), got a list");
}

TEST(scenario_loader, a_yaml_syntax_error_names_line_and_column) {
  auto errors = errors_of("global:\n  iam: {Users: [\n");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].substr(0, 11), "s.yaml:3:1:");
  EXPECT_NE(errors[0].find("YAML syntax error"), std::string::npos) << errors[0];
}

TEST(scenario_loader, services_are_placed_where_aws_places_them) {
  auto errors = errors_of("global: {ec2: {}}\nregions: {us-east-1: {iam: {}}, mars-1: {}}\n");
  ASSERT_EQ(errors.size(), 3u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:1:10: service 'ec2' is regional: put it under regions.<region>");
  EXPECT_EQ(errors[1], "s.yaml:2:23: service 'iam' is global: put it under global");
  EXPECT_EQ(errors[2], "s.yaml:2:33: 'mars-1' is not an AWS region (regions are named like "
                       "us-east-1)");
}

TEST(scenario_loader, reads_expectations) {
  auto r = load(R"yaml(
global: {iam: {Users: [{UserName: dr-lee}]}}
expect:
  - {rule: ACCESS_KEYS_ROTATED, resource: dr-lee, compliance: NON_COMPLIANT}
  - {rule: CLOUD_TRAIL_ENABLED, compliance: COMPLIANT, region: eu-west-1}
  - {rule: ROOT_ACCOUNT_MFA_ENABLED, compliance: COMPLIANT, region: global}
  - {rule: IAM_USER_MFA_ENABLED, resource: dr-lee, compliance: COMPLIANT, region: global}
)yaml");
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
  ASSERT_EQ(r.expectations.size(), 4u);
  EXPECT_EQ(r.expectations[0].resource, "dr-lee");
  EXPECT_EQ(r.expectations[1].region, "eu-west-1");
  // "global": where reports put IAM's verdicts, so an expectation copied from one loads.
  EXPECT_EQ(r.expectations[2].region, "global");
  EXPECT_EQ(r.expectations[3].region, "global");
  auto errors = errors_of("expect:\n  - {rule: x, compliance: NONCOMPLIANT}\n");
  ASSERT_EQ(errors.size(), 2u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:2:12: rule 'x' is not a managed-rule identifier: they are upper "
                       "case, such as S3_BUCKET_SSL_REQUESTS_ONLY (did you mean 'X'?)");
  EXPECT_NE(errors[1].find("did you mean 'NON_COMPLIANT'?"), std::string::npos) << errors[1];
}

// An expectation about a resource the scenario does not hold would pass or fail for nothing.
TEST(scenario_loader, expected_resources_must_be_in_the_scenario) {
  auto errors = errors_of(R"yaml(
global: {iam: {Users: [{UserName: dr-lee}]}}
regions: {us-east-1: {s3: {Buckets: [{Name: clinic-records}]}}}
expect:
  - {rule: IAM_USER_MFA_ENABLED, resource: dr-leee, compliance: COMPLIANT}
  - {rule: S3_BUCKET_VERSIONING_ENABLED, resource: clinic-records, region: eu-west-1, compliance: COMPLIANT}
  - {rule: S3_BUCKET_VERSIONING_ENABLED, resource: "arn:aws:s3:::clinic-records", compliance: COMPLIANT}
  - {rule: IAM_USER_MFA_ENABLED, resource: dr-lee, region: us-east-1, compliance: COMPLIANT}
)yaml");
  ASSERT_EQ(errors.size(), 3u) << ::testing::PrintToString(errors);
  EXPECT_EQ(errors[0], "s.yaml:5:44: resource 'dr-leee' names nothing in the scenario (an id, "
                       "name or ARN of one of its resources) (did you mean 'dr-lee'?)");
  EXPECT_EQ(errors[1], "s.yaml:6:52: resource 'clinic-records' is not in region eu-west-1");
  // The bucket's ARN is not written anywhere in the scenario: names and ids only, then.
  EXPECT_NE(errors[2].find("s.yaml:7:52: resource 'arn:aws:s3:::clinic-records' names nothing"),
            std::string::npos) << errors[2];
}

class composition : public ::testing::Test {
 protected:
  std::filesystem::path dir_ = std::filesystem::temp_directory_path() /
                               ("hipaasim-composition-" + std::to_string(::getpid()));
  void SetUp() override { std::filesystem::create_directories(dir_ / "baselines"); }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
    return (dir_ / name).string();
  }
};

TEST_F(composition, extends_merges_by_id_removes_and_adds) {
  write("baselines/clinic.yaml", R"yaml(
now: 2026-11-01T00:00:00Z
regions:
  us-east-1:
    s3:
      Buckets:
        - Name: records
          ServerSideEncryptionConfiguration:
            Rules: [{ApplyServerSideEncryptionByDefault: {SSEAlgorithm: AES256}}]
        - Name: scratch
expect:
  - {rule: S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED, resource: records, compliance: COMPLIANT}
)yaml");
  std::string path = write("case.yaml", R"yaml(
extends: baselines/clinic.yaml
regions:
  us-east-1:
    s3:
      Buckets:
        - Name: records
          ServerSideEncryptionConfiguration: null
        - {Name: scratch, _remove: true}
        - Name: exports
expect:
  - {rule: S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED, resource: records, compliance: NON_COMPLIANT}
)yaml");
  auto r = load_file(path);
  ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
  const json& buckets = state(r, "us-east-1", "s3")["Buckets"];
  ASSERT_EQ(buckets.size(), 2u);
  EXPECT_EQ(buckets[0]["Name"], "records");
  EXPECT_FALSE(buckets[0].contains("ServerSideEncryptionConfiguration"));
  EXPECT_EQ(buckets[1]["Name"], "exports");
  ASSERT_EQ(r.expectations.size(), 1u);
  EXPECT_EQ(r.expectations[0].compliance, "NON_COMPLIANT");
  EXPECT_EQ(protocol::format_iso8601(r.store->clock().now()), "2026-11-01T00:00:00Z");
}

TEST_F(composition, errors_point_into_the_file_they_come_from) {
  std::string base = write("baselines/bad.yaml", "global:\n  iam:\n    Users: [{UserNam: a}]\n");
  std::string path = write("case.yaml", "extends: baselines/bad.yaml\n");
  auto r = load_file(path);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, base);
  EXPECT_EQ(r.errors[0].line, 3);
}

TEST_F(composition, cycles_and_missing_bases_are_reported) {
  write("a.yaml", "extends: b.yaml\n");
  std::string b = write("b.yaml", "extends: a.yaml\n");
  auto cycle = load_file(b);
  ASSERT_EQ(cycle.errors.size(), 1u);
  EXPECT_NE(cycle.errors[0].message.find("makes a cycle"), std::string::npos);
  auto missing = load_file(write("c.yaml", "extends: nowhere.yaml\n"));
  ASSERT_EQ(missing.errors.size(), 1u);
  EXPECT_EQ(missing.errors[0].line, 1);
  EXPECT_NE(missing.errors[0].message.find("no such file"), std::string::npos);
}

TEST(scenario_loader, a_missing_file_is_an_error_naming_it) {
  auto result = load_file("/nonexistent/scenario.yaml");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].to_string(), "/nonexistent/scenario.yaml: cannot open the file");
}

}  // namespace
}  // namespace mockaws::scenario

namespace mockaws::scenario {
namespace {

TEST(scenario_loader_rule_parameters, are_read_checked_for_shape_and_written_back) {
  auto loaded = load_text(R"(account_id: "111122223333"
rule_parameters:
  ENCRYPTED_VOLUMES: {kmsId: "arn:aws:kms:us-east-1:111122223333:key/k"}
  ACCESS_KEYS_ROTATED: {maxAccessKeyAge: 30}
)", "p.yaml");
  ASSERT_TRUE(loaded.store) << (loaded.errors.empty() ? "" : loaded.errors[0].to_string());
  ASSERT_EQ(loaded.rule_parameters.size(), 2u);
  EXPECT_EQ(loaded.rule_parameters[0].rule, "ENCRYPTED_VOLUMES");
  EXPECT_EQ(loaded.rule_parameters[1].value, "30") << "values are text, as AWS Config passes them";
  EXPECT_EQ(loaded.rule_parameters[1].where.line, 4);
  auto again = load_text(write_scenario(*loaded.store, {}, "", loaded.rule_parameters), "again.yaml");
  ASSERT_TRUE(again.store);
  ASSERT_EQ(again.rule_parameters.size(), 2u);
  // Written in identifier order.
  EXPECT_EQ(again.rule_parameters[0].rule, "ACCESS_KEYS_ROTATED");
  EXPECT_EQ(again.rule_parameters[1].value, "arn:aws:kms:us-east-1:111122223333:key/k");

  auto bad = load_text("rule_parameters:\n  encrypted: {a: b}\n  ACCESS_KEYS_ROTATED: [x]\n", "bad.yaml");
  ASSERT_EQ(bad.errors.size(), 2u);
  EXPECT_EQ(bad.errors[0].to_string(),
            "bad.yaml:2:3: rule_parameters: 'encrypted' is not a rule identifier (such as ENCRYPTED_VOLUMES)");
  EXPECT_EQ(bad.errors[1].line, 3);
}

TEST(scenario_loader_null, removes_an_inherited_value) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("hipaasim-null-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "base.yaml") << "global:\n  iam:\n    PasswordPolicy: {MinimumPasswordLength: 14}\n";
  std::ofstream(dir / "derived.yaml") << "extends: base.yaml\nglobal:\n  iam:\n    PasswordPolicy: null\n";
  auto base = load_file((dir / "base.yaml").string());
  auto derived = load_file((dir / "derived.yaml").string());
  ASSERT_TRUE(base.store && derived.store);
  EXPECT_TRUE(state(base, "global", "iam").contains("PasswordPolicy"));
  EXPECT_FALSE(state(derived, "global", "iam").contains("PasswordPolicy"));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace mockaws::scenario
