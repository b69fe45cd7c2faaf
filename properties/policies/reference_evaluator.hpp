#pragma once
// A second, deliberately plain reading of IAM's evaluation logic, on the policy's JSON, for the
// vocabulary policy_vocabulary.hpp generates. It shares no code with engine/policy: the property
// compares the analyzer's answers with what this says about many concrete requests.

#include <map>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace properties::policies {

using json = nlohmann::json;

struct concrete_request {
  std::string caller;   // "anonymous", an IAM ARN "arn:aws:iam::ACCOUNT:user/x", or "service:s3.amazonaws.com"
  std::string action;
  std::string resource;
  std::map<std::string, std::string> context;  // lower-case keys; absent keys are not there
};

enum class verdict { deny, allow, no_match };

verdict reference_evaluate(const json& policy, const concrete_request& r);

}  // namespace properties::policies
