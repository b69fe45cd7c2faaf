#pragma once
// Which resources an AWS Backup selection (GetBackupSelection's BackupSelection) assigns to its
// plan, as AWS Backup defines resource assignment (API_BackupSelection, "Assign resources with
// AWS CLI"):
//
//   included  = Resources (ARN patterns, OR) or ListOfTags (STRINGEQUALS tag tests, OR); a
//               selection with neither assigns every resource ("Backup selects all supported and
//               opted-in storage resources")
//   filtered  by Conditions: every StringEquals, StringLike, StringNotEquals and StringNotLike
//               test must hold (AND), on aws:ResourceTag/<key>
//   excluded  when any NotResources pattern matches (OR)
//
// Patterns: '*' is any run of characters ("arn:aws:ec2:*:*:volume/*", "*", "arn:aws:rds:*"),
// matched case-sensitively over the whole ARN. Tag tests are case-sensitive; a tag the resource
// lacks fails StringEquals and StringLike and passes StringNotEquals and StringNotLike, as in
// IAM, whose Boolean arithmetic AWS says selections follow. ListOfTags keys are tag keys
// ("backup"); an "aws:ResourceTag/" prefix on either kind of key is read as the same tag.
//
// Readings where AWS is unclear: a selection that only has Conditions filters every resource
// (as one with neither Resources nor ListOfTags selects every resource); the service opt-in
// settings (DescribeRegionSettings) are not read, so every resource type counts as opted in.

#include <map>
#include <string>

#include <nlohmann/json.hpp>

namespace engine::rules {

using tag_map = std::map<std::string, std::string>;

// Tags as AWS lists them: [{"Key": k, "Value": v}] (EC2, RDS, EFS, DynamoDB); other shapes give
// none.
tag_map tags_of(const nlohmann::json& key_value_list);

struct selection_match {
  bool covered = false;
  std::string why;  // "Resources arn:aws:ec2:*:*:volume/*", "NotResources ... excludes it", ...
};

// Whether `selection` (the BackupSelection document) assigns the resource `arn` with `tags`.
selection_match selection_covers(const nlohmann::json& selection, const std::string& arn, const tag_map& tags);

}  // namespace engine::rules
