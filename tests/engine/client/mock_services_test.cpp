// The client against mockaws over HTTP, one protocol per service: IAM (query), S3 (rest-xml),
// EC2 (ec2), DynamoDB (json), Lambda and Backup (rest-json); paging through the models'
// paginators; 50 calls fanned out at once; request counters.

#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <thread>
#include <vector>

#include "tests/engine/client/client_test_support.hpp"

namespace engine::client {
namespace {

using testing::fast_options;

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
global:
  iam:
    Users:
      - {UserName: ana, CreateDate: 2024-01-01T00:00:00Z}
      - {UserName: ben, CreateDate: 2024-01-02T00:00:00Z}
      - {UserName: cho, CreateDate: 2024-01-03T00:00:00Z}
      - {UserName: dev, CreateDate: 2024-01-04T00:00:00Z}
      - {UserName: eli, CreateDate: 2024-01-05T00:00:00Z}
      - {UserName: fay, CreateDate: 2024-01-06T00:00:00Z}
      - {UserName: gus, CreateDate: 2024-01-07T00:00:00Z}
regions:
  us-east-1:
    s3:
      Buckets:
        - Name: phi-records
          CreationDate: 2024-01-10T12:00:00Z
          ServerSideEncryptionConfiguration:
            Rules:
              - ApplyServerSideEncryptionByDefault: {SSEAlgorithm: "aws:kms", KMSMasterKeyID: alias/phi}
                BucketKeyEnabled: true
        - {Name: public-site, CreationDate: 2024-02-01T00:00:00Z}
    ec2:
      Reservations:
        - ReservationId: r-01
          OwnerId: "123456789012"
          Instances:
            - {InstanceId: i-01, InstanceType: t3.micro, State: {Code: 16, Name: running}}
            - {InstanceId: i-02, InstanceType: t3.large, State: {Code: 80, Name: stopped}}
        - ReservationId: r-02
          OwnerId: "123456789012"
          Instances:
            - {InstanceId: i-03, InstanceType: m5.large, State: {Code: 16, Name: running}}
    dynamodb:
      Tables:
        - {TableName: appointments, TableStatus: ACTIVE}
        - {TableName: billing, TableStatus: ACTIVE}
        - {TableName: claims, TableStatus: ACTIVE}
        - {TableName: patients, TableStatus: ACTIVE}
        - {TableName: visits, TableStatus: ACTIVE}
    lambda:
      Functions:
        - {FunctionName: intake, Runtime: python3.12}
        - {FunctionName: reminders, Runtime: nodejs20.x}
    backup:
      BackupVaults:
        - {BackupVaultName: vault, CreationDate: 2024-01-01T00:00:00Z}
      BackupPlans:
        - BackupPlanId: plan-daily
          BackupPlanArn: arn:aws:backup:us-east-1:123456789012:backup-plan:plan-daily
          VersionId: v1
          CreationDate: 2024-01-01T00:00:00Z
          BackupPlan:
            BackupPlanName: daily
            Rules: [{RuleName: daily, TargetBackupVaultName: vault, ScheduleExpression: "cron(0 5 ? * * *)"}]
  eu-west-1:
    s3:
      Buckets:
        - {Name: eu-archive, CreationDate: 2023-05-05T00:00:00Z}
)yaml";

std::vector<std::string> names(const json& items, const char* key) {
  std::vector<std::string> out;
  for (const auto& item : items) out.push_back(item.at(key).get<std::string>());
  return out;
}

class mock_services : public ::testing::Test {
 protected:
  hipaasim::testing::scenario_server server_{scenario};
  aws_client client_{fast_options(server_.endpoint())};
};

TEST_F(mock_services, iam_list_users_follows_markers_over_four_pages) {
  call_result r = client_.call_all_pages("iam", "ListUsers", {{"MaxItems", 2}}, "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(names(r.output.at("Users"), "UserName"),
            (std::vector<std::string>{"ana", "ben", "cho", "dev", "eli", "fay", "gus"}));
  EXPECT_FALSE(r.output.contains("Marker"));
  EXPECT_FALSE(r.output.contains("IsTruncated"));
  EXPECT_EQ(r.requests, 4u);
  EXPECT_EQ(r.attempts, 1u);
  EXPECT_EQ(client_.stats().requests, 4u);
  EXPECT_EQ(client_.stats().retries, 0u);
}

TEST_F(mock_services, iam_single_call_returns_one_page_with_its_marker) {
  call_result r = client_.call("iam", "ListUsers", {{"MaxItems", 2}}, "eu-west-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.output.at("Users").size(), 2u);
  EXPECT_EQ(r.output.at("IsTruncated"), true);
  EXPECT_TRUE(r.output.contains("Marker"));
  EXPECT_FALSE(r.request_id.empty());
}

TEST_F(mock_services, s3_lists_buckets_and_reads_bucket_encryption) {
  call_result buckets = client_.call_all_pages("s3", "ListBuckets", json::object(), "us-east-1");
  ASSERT_TRUE(buckets.ok()) << buckets.error->describe();
  EXPECT_EQ(names(buckets.output.at("Buckets"), "Name"),
            (std::vector<std::string>{"eu-archive", "phi-records", "public-site"}));

  call_result encryption =
      client_.call("s3", "GetBucketEncryption", {{"Bucket", "phi-records"}}, "us-east-1");
  ASSERT_TRUE(encryption.ok()) << encryption.error->describe();
  const json& rule = encryption.output.at("ServerSideEncryptionConfiguration").at("Rules").at(0);
  EXPECT_EQ(rule.at("ApplyServerSideEncryptionByDefault").at("SSEAlgorithm"), "aws:kms");
  EXPECT_EQ(rule.at("BucketKeyEnabled"), true);
}

TEST_F(mock_services, s3_missing_configuration_is_a_not_found_error_not_retried) {
  call_result r = client_.call("s3", "GetBucketEncryption", {{"Bucket", "public-site"}}, "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "ServerSideEncryptionConfigurationNotFoundError");
  EXPECT_EQ(r.error->kind, failure_kind::not_found);
  EXPECT_EQ(r.error->http_status, 404u);
  EXPECT_EQ(r.attempts, 1u);
}

TEST_F(mock_services, ec2_describes_every_reservation) {
  call_result r = client_.call_all_pages("ec2", "DescribeInstances", json::object(), "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(names(r.output.at("Reservations"), "ReservationId"),
            (std::vector<std::string>{"r-01", "r-02"}));
  EXPECT_EQ(names(r.output.at("Reservations").at(0).at("Instances"), "InstanceId"),
            (std::vector<std::string>{"i-01", "i-02"}));
}

TEST_F(mock_services, ec2_pages_with_max_results) {
  // EC2 allows MaxResults from 5: one reservation per page is not possible, so page by 5 over
  // a region with fewer instances and check the single page ends the paging.
  call_result r = client_.call_all_pages("ec2", "DescribeInstances", {{"MaxResults", 5}}, "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.output.at("Reservations").size(), 2u);
  EXPECT_FALSE(r.output.contains("NextToken"));
}

TEST_F(mock_services, dynamodb_list_tables_pages_by_limit) {
  call_result r = client_.call_all_pages("dynamodb", "ListTables", {{"Limit", 2}}, "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(r.output.at("TableNames"),
            json({"appointments", "billing", "claims", "patients", "visits"}));
  EXPECT_FALSE(r.output.contains("LastEvaluatedTableName"));
  EXPECT_EQ(r.requests, 3u);
}

TEST_F(mock_services, dynamodb_answers_a_missing_table_as_not_found) {
  call_result r = client_.call("dynamodb", "DescribeTable", {{"TableName", "nope"}}, "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "ResourceNotFoundException");
  EXPECT_EQ(r.error->kind, failure_kind::not_found);
  EXPECT_EQ(r.attempts, 1u);
}

TEST_F(mock_services, lambda_lists_functions) {
  call_result r = client_.call_all_pages("lambda", "ListFunctions", {{"MaxItems", 1}}, "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  EXPECT_EQ(names(r.output.at("Functions"), "FunctionName"),
            (std::vector<std::string>{"intake", "reminders"}));
  EXPECT_EQ(r.requests, 2u);
}

TEST_F(mock_services, backup_lists_backup_plans) {
  call_result r = client_.call_all_pages("backup", "ListBackupPlans", json::object(), "us-east-1");
  ASSERT_TRUE(r.ok()) << r.error->describe();
  ASSERT_EQ(r.output.at("BackupPlansList").size(), 1u);
  EXPECT_EQ(r.output.at("BackupPlansList").at(0).at("BackupPlanName"), "daily");
}

TEST_F(mock_services, an_operation_outside_the_models_is_refused_without_a_request) {
  call_result r = client_.call("iam", "DeleteUser", {{"UserName", "ana"}}, "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "UnknownOperation");
  EXPECT_EQ(r.error->kind, failure_kind::client_error);
  EXPECT_EQ(r.requests, 0u);
  call_result bad_region = client_.call("ec2", "DescribeInstances", json::object(), "us-east-1.evil");
  ASSERT_TRUE(bad_region.error);
  EXPECT_EQ(bad_region.error->code, "InvalidRegion");
  EXPECT_EQ(client_.stats().requests, 0u);
}

TEST_F(mock_services, wrong_credentials_are_a_client_error_not_retried) {
  client_options options = fast_options(server_.endpoint());
  options.credentials.secret_access_key = "wrong";
  aws_client client(options);
  call_result r = client.call("iam", "ListUsers", json::object(), "us-east-1");
  ASSERT_TRUE(r.error);
  EXPECT_EQ(r.error->code, "SignatureDoesNotMatch");
  EXPECT_EQ(r.error->http_status, 403u);
  EXPECT_EQ(r.error->kind, failure_kind::client_error);
  EXPECT_EQ(r.attempts, 1u);
}

TEST_F(mock_services, fifty_submitted_calls_all_succeed_and_are_counted) {
  std::vector<std::future<call_result>> futures;
  const char* regions[] = {"us-east-1", "eu-west-1"};
  for (int i = 0; i < 50; ++i) {
    switch (i % 5) {
      case 0: futures.push_back(client_.submit_all_pages("iam", "ListUsers", {{"MaxItems", 3}}, "us-east-1")); break;
      case 1: futures.push_back(client_.submit("s3", "ListBuckets", json::object(), regions[i % 2])); break;
      case 2: futures.push_back(client_.submit("ec2", "DescribeInstances", json::object(), "us-east-1")); break;
      case 3: futures.push_back(client_.submit_all_pages("dynamodb", "ListTables", {{"Limit", 2}}, "us-east-1")); break;
      default: futures.push_back(client_.submit("lambda", "ListFunctions", json::object(), "us-east-1")); break;
    }
  }
  std::uint64_t requests = 0;
  for (auto& f : futures) {
    call_result r = f.get();
    ASSERT_TRUE(r.ok()) << r.error->describe();
    requests += r.requests;
  }
  // 10 each: IAM in 3 pages, DynamoDB in 3, the others in 1.
  EXPECT_EQ(requests, 10u * 3 + 10 + 10 + 10u * 3 + 10);
  EXPECT_EQ(client_.stats().requests, requests);
  EXPECT_EQ(client_.stats().retries, 0u);
}

TEST_F(mock_services, many_threads_may_call_one_client_directly) {
  client_options options = fast_options(server_.endpoint());
  options.max_connections = 2;  // more callers than connections: they take turns
  aws_client client(options);
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 5; ++i)
        if (client.call("dynamodb", "ListTables", json::object(), "us-east-1").ok()) ++ok;
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(ok.load(), 40);
  EXPECT_EQ(client.stats().requests, 40u);
}

}  // namespace
}  // namespace engine::client
