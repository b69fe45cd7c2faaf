#pragma once
// What the inventory holds about one resource: AWS Config's configuration item, reduced to what
// rules read. `configuration` is the resource in the API's own shape (the Describe/List/Get
// output member); documents AWS serves through separate calls (a bucket's encryption, a user's
// access keys) are in `supplementary`, named after the output member that returns them.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace engine {

using json = nlohmann::json;

// The region of global resources (IAM), as AWS Config records them.
inline constexpr std::string_view global_region = "global";

// Thrown when a rule opens a document of a resource that could not be read: the evaluator turns
// it into INSUFFICIENT_DATA for that resource, so a rule cannot judge what was never seen.
struct unreadable_document : std::runtime_error {
  unreadable_document(std::string document_name, std::string reason)
      : std::runtime_error("could not read " + document_name + ": " + reason),
        document(std::move(document_name)),
        why(std::move(reason)) {}
  std::string document;
  std::string why;
};

// The name under which an item records that its configuration itself (a Describe call after the
// listing) could not be read.
inline constexpr std::string_view configuration_document = "configuration";

struct configuration_item {
  std::string resource_type;  // CloudFormation name: "AWS::S3::Bucket"
  std::string resource_id;    // AWS Config's resourceId: bucket name, IAM user id (AIDA...), ...
  std::string resource_name;  // empty when the resource has no name distinct from its id
  std::string arn;
  std::string region;         // "us-east-1", or global_region
  json configuration = json::object();
  std::map<std::string, json> supplementary;
  // Supplementary documents that could not be read, with why ("AccessDenied (403): ..."): a rule
  // that needs one gives INSUFFICIENT_DATA for this resource instead of guessing.
  std::map<std::string, std::string> unreadable;

  // The document `name`; nullptr when the resource has none (AWS answered "not configured").
  // Throws unreadable_document when it could not be read.
  const json* supplement(const std::string& name) const {
    if (auto why = unreadable.find(name); why != unreadable.end())
      throw unreadable_document(name, why->second);
    auto it = supplementary.find(name);
    return it == supplementary.end() || it->second.is_null() ? nullptr : &it->second;
  }
  std::optional<std::string> why_unreadable(const std::string& name) const {
    auto it = unreadable.find(name);
    if (it == unreadable.end()) return std::nullopt;
    return it->second;
  }
};

}  // namespace engine
