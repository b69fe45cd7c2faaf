#pragma once
// Loads a scenario file into a store. This is the first cut the mockaws core needs; the scenario
// format (defaults, relative times, validation against the models, composition) grows in
// scenarios/README.md. What is accepted today:
//
//   account_id: "123456789012"          # optional, default 123456789012
//   now: 2026-11-01T00:00:00Z           # optional fixed clock; default: the system clock
//   credentials:                        # optional; default AWS's documentation example pair
//     - access_key_id: AKIA...
//       secret_access_key: ...
//       session_token: ...              # optional
//   global:                             # services with one global endpoint (iam, ...)
//     iam: { Users: [...], PasswordPolicy: {...} }
//   regions:
//     us-east-1:
//       ec2: { Instances: [...], SecurityGroups: [...] }
//       s3: { Buckets: [...] }
//
// Service state is API-shaped: field names and nesting as `aws <service> describe-...` prints.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mockaws/store/store.hpp"

namespace mockaws::scenario {

struct load_error {
  std::string file;
  int line = 0;    // 1-based; 0 when the error concerns the whole file
  int column = 0;  // 1-based
  std::string message;
  std::string to_string() const;  // "file:line:column: message"
};

struct load_result {
  std::shared_ptr<store::store> store;  // null when there are errors
  std::vector<load_error> errors;       // every error found, in file order
};

load_result load_file(const std::string& path);
load_result load_text(std::string_view text, const std::string& file_name);

}  // namespace mockaws::scenario
