// The IAM credential report (document "iam.credential_report"): AWS builds it on request, so the
// collector asks GenerateCredentialReport until the report is COMPLETE, then reads it with
// GetCredentialReport and turns its CSV into one JSON object per row, keyed by AWS's column
// names ({"user": "<root_account>", "password_enabled": "true", ...}). Values stay AWS's text
// ("N/A", "no_information", ISO 8601 times): rules read them as AWS documents them.

#include <chrono>
#include <thread>

#include "engine/scan/collectors/hand_written.hpp"
#include "mockaws/protocol/encoding.hpp"

namespace engine::collectors {

namespace {

// AWS usually finishes a report within seconds; a scan waits this long at most.
constexpr int generate_attempts = 20;
constexpr auto generate_pause = std::chrono::milliseconds(500);

// Fields of one CSV line (RFC 4180: quoted fields may hold commas and doubled quotes).
std::vector<std::string> csv_fields(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

}  // namespace

json credential_report_rows(std::string_view csv) {
  json rows = json::array();
  std::vector<std::string> header;
  std::size_t start = 0;
  while (start < csv.size()) {
    std::size_t end = csv.find('\n', start);
    std::string_view line = csv.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    start = end == std::string_view::npos ? csv.size() : end + 1;
    if (line.empty() || line == "\r") continue;
    std::vector<std::string> fields = csv_fields(line);
    if (header.empty()) {
      header = std::move(fields);
      continue;
    }
    json row = json::object();
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

collector_output collect_credential_report(client::aws_client& aws, const document_row& row,
                                           const collect_scope& scope) {
  collector_output out;
  const std::string key(row.key), region(global_region);
  std::string state;
  for (int attempt = 0; attempt < generate_attempts; ++attempt) {
    auto generated = output_or_failure(aws.call("iam", "GenerateCredentialReport", json::object(), scope.region),
                                       out, key, region);
    if (!generated) return out;
    state = generated->value("State", "");
    if (state == "COMPLETE") break;
    std::this_thread::sleep_for(generate_pause);
  }
  if (state != "COMPLETE") {
    out.failures.push_back({key, region, "iam:GenerateCredentialReport: the report was still " + state +
                                             " after " + std::to_string(generate_attempts) + " requests"});
    return out;
  }
  auto report = output_or_failure(aws.call("iam", std::string(row.call.operation), json::object(), scope.region),
                                  out, key, region);
  if (!report) return out;
  auto csv = mockaws::protocol::base64_decode(report->value("Content", ""));
  if (!csv) {
    out.failures.push_back({key, region, "iam:GetCredentialReport: Content is not base64"});
    return out;
  }
  out.documents.emplace_back(key, region, credential_report_rows(*csv));
  return out;
}

}  // namespace engine::collectors
