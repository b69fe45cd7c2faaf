// Lambda (REST-JSON): functions and their resource-based policies.
//
// State (per region), as `aws lambda list-functions` prints each function:
//   lambda:
//     Functions:
//       - FunctionName: my-function        # FunctionConfiguration of the unpublished ($LATEST)
//         FunctionArn: arn:aws:lambda:...  # optional: derived from region, account and name
//         Runtime: python3.9
//         RevisionId: ...                  # GetPolicy answers it beside the policy
//         ...
//         Policy: {Version: "2012-10-17", Statement: [...]}   # optional sub-document (get-policy):
//                                          # an object, or the JSON text AWS returns (keeps the
//                                          # key order; an object is re-serialized, keys sorted)
//         Versions:                        # optional: published versions (list-versions-by-
//           - {Version: "1", ..., Policy: ...}  #   function), each with its own Policy
//         Aliases:                         # optional: aliases (list-aliases), each with Policy
//           - {Name: live, FunctionVersion: "1", Policy: ...}
//
// Lambda@Edge replicas are functions carrying MasterArn; AWS lists them only when MasterRegion
// is given (and then only them). A function without Version reads as "$LATEST".

#include "mockaws/services/service_tables.hpp"

#include <vector>

#include "mockaws/scenario/aws_regions.hpp"
#include "mockaws/services/collections.hpp"

namespace mockaws::services::lambda {

namespace {


std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(separator, start)) != std::string::npos; start = at + 1)
    parts.push_back(text.substr(start, at - start));
  parts.push_back(text.substr(start));
  return parts;
}

// The region of an ARN ("" when it is not one).
std::string arn_region(const std::string& arn) {
  auto parts = split(arn, ':');
  return parts.size() > 3 && parts[0] == "arn" ? parts[3] : std::string();
}

// An unpublished function as AWS lists it: with "$LATEST" (its ARN is filled in at load).
json latest_of(const json& function) {
  json out = function;
  if (string_at(out, "Version").empty()) out["Version"] = "$LATEST";
  return out;
}

// A published version names its function, and its ARN is the function's with the version.
json version_of(const json& function, const json& version) {
  json out = version;
  if (string_at(out, "FunctionName").empty()) out["FunctionName"] = function["FunctionName"];
  if (string_at(out, "FunctionArn").empty())
    out["FunctionArn"] = string_at(function, "FunctionArn") + ":" + string_at(version, "Version");
  return out;
}

json list_functions(const call_context& c) {
  std::string master_region = c.input_string("MasterRegion");
  bool all_versions = c.input_string("FunctionVersion") == "ALL";
  if (!master_region.empty() && !all_versions)
    // AWS's message names MasterArn although the parameter is MasterRegion.
    c.fail("InvalidParameterValueException",
           "The combination MasterArn=" + master_region +
               " and FunctionVersion=NULL is not supported. Please see our documentation for "
               "valid combinations of ListFunctions options.");
  json out = json::array();
  for (const auto& function : items(c.state(), "Functions")) {
    std::string master = string_at(function, "MasterArn");
    bool wanted = master_region.empty() ? master.empty()
                                        : !master.empty() && (master_region == "ALL" ||
                                                              arn_region(master) == master_region);
    if (!wanted) continue;
    out.push_back(latest_of(function));
    if (!all_versions) continue;
    for (const auto& version : items(function, "Versions"))
      if (string_at(version, "Version") != "$LATEST") out.push_back(version_of(function, version));
  }
  return {{"Functions", std::move(out)}};
}

// FunctionName as GetPolicy takes it: a name, a full ARN or a partial ARN
// ("123456789012:function:name"), each optionally suffixed with ":qualifier".
struct function_ref {
  std::string region;   // from a full ARN, else ""
  std::string account;  // from an ARN, else ""
  std::string name;
  std::string qualifier;
};

function_ref parse_function_name(const std::string& text) {
  auto parts = split(text, ':');
  function_ref ref;
  std::size_t name_at = 0;
  if (parts.size() >= 7 && parts[0] == "arn" && parts[5] == "function") {
    ref.region = parts[3];
    ref.account = parts[4];
    name_at = 6;
  } else if (parts.size() >= 3 && parts[1] == "function") {
    ref.account = parts[0];
    name_at = 2;
  }
  ref.name = parts[name_at];
  if (parts.size() > name_at + 1) ref.qualifier = parts[name_at + 1];
  return ref;
}

json get_policy(const call_context& c) {
  function_ref ref = parse_function_name(c.input_string("FunctionName"));
  std::string qualifier = c.input_string("Qualifier");
  if (!qualifier.empty() && !ref.qualifier.empty() && qualifier != ref.qualifier)
    c.fail("InvalidParameterValueException",
           "The derived qualifier from the function name does not match the specified qualifier.");
  if (qualifier.empty()) qualifier = ref.qualifier;
  if (!ref.region.empty() && ref.region != c.region)
    c.fail("ResourceNotFoundException", "Functions from '" + ref.region +
                                            "' are not reachable in this region ('" + c.region + "')");

  std::string account = ref.account.empty() ? c.account.id() : ref.account;
  std::string arn = "arn:" + scenario::partition_of(c.region) + ":lambda:" + c.region + ":" + account +
                    ":function:" + ref.name + (qualifier.empty() ? "" : ":" + qualifier);
  // Another account's function is out of this account's reach: it reads as missing.
  const json* function =
      account == c.account.id() ? find_item(items(c.state(), "Functions"), "FunctionName", ref.name)
                                : nullptr;
  const json* target = function;
  if (function && !qualifier.empty() && qualifier != "$LATEST") {
    target = find_item(items(*function, "Versions"), "Version", qualifier);
    if (!target) target = find_item(items(*function, "Aliases"), "Name", qualifier);
  }
  if (!target) c.fail("ResourceNotFoundException", "Function not found: " + arn);

  const json* policy = member(*target, "Policy");
  if (!policy) c.fail("ResourceNotFoundException", "The resource you requested does not exist.");
  json out = {{"Policy", policy->is_string() ? policy->get<std::string>() : policy->dump()}};
  // The revision of what the policy is attached to: the function, the version or the alias.
  if (std::string revision = string_at(*target, "RevisionId"); !revision.empty())
    out["RevisionId"] = revision;
  return out;
}


}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxItems defaults to 50, and AWS answers at most 50 when MaxItems is higher.
      {"lambda", "ListFunctions", list_functions, 50, page_token::opaque, 50},
      {"lambda", "GetPolicy", get_policy},
  };
  return entries;
}

}  // namespace mockaws::services::lambda
