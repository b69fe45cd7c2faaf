// AWS Secrets Manager (JSON 1.1): secrets, as metadata (never their values). Both operations
// are plain reads (plain_reads.hpp).
//
// State (per region), as `aws secretsmanager describe-secret` prints each secret:
//   secretsmanager:
//     Secrets:
//       - Name: ehr-db/master                # DescribeSecretResponse; the ARN (name, a hyphen
//         KmsKeyId: alias/clinic-secrets     #   and 6 characters) and CreatedDate are derived
//         RotationEnabled: true              #   at load
//         RotationLambdaARN: arn:aws:lambda:...
//         RotationRules: {AutomaticallyAfterDays: 30}
//
// KmsKeyId absent is the AWS-managed key aws/secretsmanager (AWS omits it then); RotationEnabled
// absent is false (a new secret does not rotate).

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/collections.hpp"

namespace mockaws::services::secretsmanager {

namespace {

// The values a ListSecrets filter key looks at in a secret.
std::vector<std::string> filter_values(const json& secret, const std::string& key) {
  std::vector<std::string> out;
  auto add = [&](const std::string& value) {
    if (!value.empty()) out.push_back(value);
  };
  if (key == "name" || key == "all") add(string_at(secret, "Name"));
  if (key == "description" || key == "all") add(string_at(secret, "Description"));
  if (key == "primary-region" || key == "all") add(string_at(secret, "PrimaryRegion"));
  if (key == "owning-service" || key == "all") add(string_at(secret, "OwningService"));
  for (const auto& tag : items(secret, "Tags")) {
    if (key == "tag-key" || key == "all") add(string_at(tag, "Key"));
    if (key == "tag-value" || key == "all") add(string_at(tag, "Value"));
  }
  return out;
}

// ListSecrets' Filters: every filter must hold; a filter holds when one of the secret's values
// for its key starts with one of its values (AWS matches prefixes), or, for a value written
// "!x", when none starts with x.
item_test list_secrets_filter(const call_context& c) {
  json filters = c.input.value("Filters", json::array());
  if (filters.empty()) return {};
  return [filters](const json& secret) {
    for (const auto& filter : filters) {
      std::vector<std::string> have = filter_values(secret, filter.value("Key", ""));
      bool holds = false;
      for (const auto& wanted_json : filter.value("Values", json::array())) {
        std::string wanted = wanted_json.get<std::string>();
        bool negated = !wanted.empty() && wanted[0] == '!';
        if (negated) wanted.erase(0, 1);
        bool matched = false;
        for (const auto& value : have) matched = matched || value.rfind(wanted, 0) == 0;
        holds = holds || (negated ? !matched : matched);
      }
      if (!holds) return false;
    }
    return true;
  };
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxResults 1..100 (the model); without it AWS answers up to 100 secrets a page.
      {"secretsmanager", "ListSecrets",
       list_read{.collection = "Secrets", .output = "SecretList", .filter = list_secrets_filter}, 100},
      // SecretId is the name or the full ARN.
      {"secretsmanager", "DescribeSecret",
       get_read{.collection = "Secrets",
                .key = item_key{"SecretId", {"Name", "ARN"}},
                .missing = not_found{"ResourceNotFoundException", "Secrets Manager can't find the specified secret."}}},
  };
  return entries;
}

}  // namespace mockaws::services::secretsmanager
