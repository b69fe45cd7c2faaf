// The IAM credential report through HTTP: generation, the base64 CSV and AWS's conventions.

#include <sstream>
#include <vector>

#include "tests/mockaws/services/iam/iam_fixture.hpp"

namespace hipaasim::testing {
namespace {

using credential_report = iam_test;
using table = std::vector<std::vector<std::string>>;

const std::string header =
    "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
    "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
    "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
    "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
    "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,"
    "cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

// A small RFC 4180 reader: rows of fields, quoted fields unquoted.
table parse_csv(const std::string& text) {
  table rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char ch = text[i];
    if (quoted) {
      if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
      else if (ch == '"') quoted = false;
      else field += ch;
    } else if (ch == '"') {
      quoted = true;
    } else if (ch == ',') {
      rows.back().push_back(std::move(field));
      field.clear();
    } else if (ch == '\n') {
      rows.back().push_back(std::move(field));
      field.clear();
      rows.emplace_back();
    } else {
      field += ch;
    }
  }
  rows.back().push_back(std::move(field));
  return rows;
}

std::vector<std::string> split(const std::string& line) { return parse_csv(line).front(); }

std::string report_text(aws_test_client& client) {
  auto outcome = client.call("iam", "GetCredentialReport");
  EXPECT_FALSE(outcome.error) << outcome.error->code << ": " << outcome.error->message;
  auto text = mockaws::protocol::base64_decode(outcome.output["Content"].get<std::string>());
  EXPECT_TRUE(text.has_value());
  return text.value_or("");
}

TEST_F(credential_report, generates_at_once) {
  EXPECT_EQ(call("GenerateCredentialReport"), json({{"State", "COMPLETE"}}));
  json report = call("GetCredentialReport");
  EXPECT_EQ(report["ReportFormat"], "text/csv");
  EXPECT_EQ(report["GeneratedTime"], "2026-11-01T00:00:00Z");  // the scenario's clock
}

TEST_F(credential_report, is_available_without_generating_first) {
  // mockaws serves a fixed scenario: there is no ReportNotPresent window to model.
  EXPECT_FALSE(report_text(client_).empty());
}

TEST_F(credential_report, has_awss_header_and_one_row_per_identity) {
  table rows = parse_csv(report_text(client_));
  ASSERT_EQ(rows.size(), 5u);  // no trailing newline: no empty last row
  EXPECT_EQ(rows[0], split(header));
  for (const auto& r : rows) EXPECT_EQ(r.size(), 22u);
  EXPECT_EQ(rows[1][0], "<root_account>");
  EXPECT_EQ(rows[2][0], "alice");
  EXPECT_EQ(rows[3][0], "bob");
  EXPECT_EQ(rows[4][0], "svc-billing");
}

TEST_F(credential_report, writes_the_root_row) {
  table rows = parse_csv(report_text(client_));
  EXPECT_EQ(rows[1], split("<root_account>,arn:aws:iam::123456789012:root,"
                           "2019-01-10T08:00:00+00:00,not_supported,2026-09-01T10:00:00+00:00,"
                           "not_supported,not_supported,true,"
                           "true,2020-02-02T00:00:00+00:00,N/A,N/A,N/A,"
                           "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"));
}

TEST_F(credential_report, writes_user_rows_with_awss_conventions) {
  std::string text = report_text(client_);
  std::istringstream lines(text);
  std::vector<std::string> row_text;
  for (std::string line; std::getline(lines, line);) row_text.push_back(line);
  ASSERT_EQ(row_text.size(), 5u);
  // alice: a password rotated every 90 days, an active key last used from s3, an inactive one.
  EXPECT_EQ(row_text[2],
            "alice,arn:aws:iam::123456789012:user/alice,2024-01-15T09:00:00+00:00,true,"
            "2026-10-30T08:00:00+00:00,2024-01-15T09:05:00+00:00,2024-04-14T09:05:00+00:00,false,"
            "true,2024-01-15T09:10:00+00:00,2026-10-31T12:00:00+00:00,us-east-1,s3,"
            "false,2025-02-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,false,N/A");
  // bob: no password, a hardware MFA device, no keys.
  EXPECT_EQ(row_text[3],
            "bob,arn:aws:iam::123456789012:user/bob,2024-03-02T10:30:00+00:00,false,N/A,N/A,N/A,"
            "true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A");
  // svc-billing: a password never used, a virtual MFA device.
  EXPECT_EQ(row_text[4],
            "svc-billing,arn:aws:iam::123456789012:user/service/svc-billing,"
            "2025-06-01T00:00:00+00:00,true,no_information,2025-06-01T00:00:00+00:00,"
            "2025-08-30T00:00:00+00:00,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
            "false,N/A,false,N/A");
}

TEST(iam_credential_report, defaults_and_quoting) {
  // No RootAccount: the root is no younger than its oldest user and has neither MFA nor keys.
  // No password policy: no rotation date. A deleted password keeps its last use.
  scenario_server server(R"yaml(
global:
  iam:
    Users:
      - {UserName: "ops,oncall", Arn: "arn:aws:iam::123456789012:user/ops,oncall",
         CreateDate: 2023-04-05T06:07:08.900Z, PasswordLastUsed: 2023-05-01T00:00:00Z}
      - {UserName: carol, Arn: "arn:aws:iam::123456789012:user/carol",
         CreateDate: 2024-01-01T00:00:00Z,
         LoginProfile: {CreateDate: 2024-01-02T00:00:00Z}}
)yaml");
  aws_test_client client = server.client();
  table rows = parse_csv(report_text(client));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1], split("<root_account>,arn:aws:iam::123456789012:root,"
                           "2023-04-05T06:07:08+00:00,not_supported,no_information,"
                           "not_supported,not_supported,false,false,N/A,N/A,N/A,N/A,"
                           "false,N/A,N/A,N/A,N/A,false,N/A,false,N/A"));
  EXPECT_EQ(rows[2], split("\"ops,oncall\",\"arn:aws:iam::123456789012:user/ops,oncall\","
                           "2023-04-05T06:07:08+00:00,false,2023-05-01T00:00:00+00:00,N/A,N/A,"
                           "false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
                           "false,N/A,false,N/A"));
  EXPECT_EQ(rows[3][3], "true");
  EXPECT_EQ(rows[3][4], "no_information");
  EXPECT_EQ(rows[3][5], "2024-01-02T00:00:00+00:00");
  EXPECT_EQ(rows[3][6], "N/A");
}

}  // namespace
}  // namespace hipaasim::testing
