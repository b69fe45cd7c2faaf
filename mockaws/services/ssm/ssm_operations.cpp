// AWS Systems Manager (JSON 1.1): managed instances, compliance summaries and their items, and
// documents with their share permissions.
//
// State (per region), as `aws ssm describe-instance-information`, `list-resource-compliance-
// summaries`, `list-compliance-items`, `list-documents` and `describe-document-permission`
// print them:
//   ssm:
//     InstanceInformation:                  # DescribeInstanceInformation
//       - {InstanceId: i-0abc..., PingStatus: Online, PlatformType: Linux}
//     ResourceComplianceSummaryItems:       # ListResourceComplianceSummaries
//       - ComplianceType: Patch             # or Association (or Custom:...)
//         ResourceId: i-0abc...
//         Status: NON_COMPLIANT             # absent: derived from the items, as AWS sums them
//         ComplianceItems:                  # ListComplianceItems (type and resource filled in)
//           - {Id: KB5005565, Title: "2021-09 update", Status: NON_COMPLIANT, Severity: CRITICAL}
//     Documents:                            # ListDocuments (Owner: the account by default)
//       - Name: clinic-patch-runbook
//         AccountIds: [all]                 # DescribeDocumentPermission; "all": public
//
// A document without AccountIds is not shared. Paging: AWS documents no default page size for
// these calls; mockaws answers the model's maximum (50) a page when none is asked.

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::ssm {

namespace {

bool contains(const json& list, std::string_view value) {
  if (!list.is_array()) return false;
  return std::any_of(list.begin(), list.end(), [&](const json& v) { return v.is_string() && v.get<std::string>() == value; });
}

// The values of a document that a ListDocuments filter key reads.
std::vector<std::string> document_values(const json& document, std::string_view key) {
  if (key == "Name" || key == "Owner" || key == "DocumentType" || key == "TargetType")
    return {string_at(document, key)};
  std::vector<std::string> out;
  if (key == "PlatformTypes")
    for (const auto& p : items(document, "PlatformTypes")) out.push_back(p.is_string() ? p.get<std::string>() : "");
  if (key.rfind("tag:", 0) == 0)
    for (const auto& tag : items(document, "Tags"))
      if (string_at(tag, "Key") == key.substr(4)) out.push_back(string_at(tag, "Value"));
  return out;
}

// Owner takes AWS's words: Self (the caller's account), Amazon, Private (any account's, not
// Amazon's) and Public (AWS's and the documents shared with all: the ones this account shares);
// any other value is an account id.
bool owner_matches(const json& document, const std::string& wanted, const std::string& account) {
  std::string owner = string_at(document, "Owner");
  if (wanted == "Self") return owner == account;
  if (wanted == "Private") return owner != "Amazon";
  if (wanted == "Public") return owner == "Amazon" || contains(document.value("AccountIds", json::array()), "all");
  return owner == wanted;
}

// ListDocuments' Filters (Key, Values) and the deprecated DocumentFilterList (key, value): every
// filter must hold, a filter holding when one of its values matches. A key other than Name,
// Owner, PlatformTypes, DocumentType, TargetType or tag:<key> fails with InvalidFilterKey.
item_test list_documents_filter(const call_context& c) {
  std::vector<std::pair<std::string, std::vector<std::string>>> filters;
  for (const auto& f : c.input.value("Filters", json::array()))
    filters.push_back({f.value("Key", ""), f.value("Values", std::vector<std::string>{})});
  for (const auto& f : c.input.value("DocumentFilterList", json::array()))
    filters.push_back({f.value("key", ""), {f.value("value", "")}});
  if (filters.empty()) return {};
  for (const auto& [key, values] : filters) {
    static const std::vector<std::string_view> known = {"Name", "Owner", "PlatformTypes", "DocumentType", "TargetType"};
    if (std::find(known.begin(), known.end(), key) == known.end() && key.rfind("tag:", 0) != 0)
      c.fail("InvalidFilterKey", "The specified key is not valid.");
  }
  std::string account = c.account.id();
  return [filters, account](const json& document) {
    for (const auto& [key, values] : filters) {
      bool holds = false;
      for (const auto& wanted : values) {
        if (key == "Owner") {
          holds = holds || owner_matches(document, wanted, account);
          continue;
        }
        auto have = document_values(document, key);
        holds = holds || std::find(have.begin(), have.end(), wanted) != have.end();
      }
      if (!holds) return false;
    }
    return true;
  };
}

// DescribeInstanceInformation's Filters (Key, Values) and the deprecated
// InstanceInformationFilterList (key, valueSet), on the instance's string members (InstanceIds
// reads InstanceId) and tag:<key>; both lists at once is refused, as AWS refuses it.
item_test instance_information_filter(const call_context& c) {
  std::vector<std::pair<std::string, std::vector<std::string>>> filters;
  for (const auto& f : c.input.value("Filters", json::array()))
    filters.push_back({f.value("Key", ""), f.value("Values", std::vector<std::string>{})});
  bool legacy = false;
  for (const auto& f : c.input.value("InstanceInformationFilterList", json::array())) {
    legacy = true;
    filters.push_back({f.value("key", ""), f.value("valueSet", std::vector<std::string>{})});
  }
  if (filters.empty()) return {};
  if (legacy && c.input.contains("Filters"))
    c.fail("InvalidFilterKey", "Filters and InstanceInformationFilterList cannot be used together.");
  static const std::vector<std::string_view> known = {"InstanceIds", "AgentVersion", "PingStatus", "PlatformTypes",
                                                      "ActivationIds", "IamRole", "ResourceType", "AssociationStatus"};
  for (const auto& [key, values] : filters)
    if (std::find(known.begin(), known.end(), key) == known.end() && key.rfind("tag:", 0) != 0)
      c.fail("InvalidFilterKey", "The filter key " + key + " is not valid.");
  return [filters](const json& instance) {
    for (const auto& [key, values] : filters) {
      std::vector<std::string> have;
      if (key.rfind("tag:", 0) == 0) {
        for (const auto& tag : items(instance, "Tags"))
          if (string_at(tag, "Key") == key.substr(4)) have.push_back(string_at(tag, "Value"));
      } else {
        std::string member = key == "InstanceIds" ? "InstanceId" : key == "PlatformTypes" ? "PlatformType"
                             : key == "ActivationIds" ? "ActivationId" : key;
        have.push_back(string_at(instance, member));
      }
      bool holds = std::any_of(values.begin(), values.end(), [&](const std::string& v) {
        return std::find(have.begin(), have.end(), v) != have.end();
      });
      if (!holds) return false;
    }
    return true;
  };
}

// A ComplianceStringFilter (Key, Values, Type EQUAL by default, NOT_EQUAL, BEGIN_WITH,
// LESS_THAN, GREATER_THAN) over an item's string members; values OR, filters AND. A key that is
// no member of the items fails with InvalidFilter.
struct compliance_filter {
  std::string key, type;
  std::vector<std::string> values;
};

std::vector<compliance_filter> compliance_filters(const call_context& c, const std::vector<std::string_view>& keys) {
  std::vector<compliance_filter> out;
  for (const auto& f : c.input.value("Filters", json::array())) {
    compliance_filter filter{f.value("Key", ""), f.value("Type", "EQUAL"), f.value("Values", std::vector<std::string>{})};
    if (std::find(keys.begin(), keys.end(), filter.key) == keys.end())
      c.fail("InvalidFilter", "The filter key " + filter.key + " is not valid.");
    out.push_back(std::move(filter));
  }
  return out;
}

bool passes(const std::vector<compliance_filter>& filters, const json& item) {
  for (const auto& f : filters) {
    std::string have = string_at(item, f.key);
    bool holds = std::any_of(f.values.begin(), f.values.end(), [&](const std::string& v) {
      if (f.type == "NOT_EQUAL") return have != v;
      if (f.type == "BEGIN_WITH") return have.rfind(v, 0) == 0;
      if (f.type == "LESS_THAN") return have < v;
      if (f.type == "GREATER_THAN") return have > v;
      return have == v;
    });
    if (!holds) return false;
  }
  return true;
}

// A summary as AWS answers it: Status and the two counts derived from its items where the
// scenario does not state them (AWS sums the items it holds).
json summary_of(const json& stored) {
  json summary = stored;
  summary.erase("ComplianceItems");
  const json& list = items(stored, "ComplianceItems");
  long compliant = 0, non_compliant = 0;
  for (const auto& item : list) (string_at(item, "Status") == "NON_COMPLIANT" ? non_compliant : compliant)++;
  if (!list.empty()) {
    if (!summary.contains("Status")) summary["Status"] = non_compliant ? "NON_COMPLIANT" : "COMPLIANT";
    if (!summary.contains("CompliantSummary")) summary["CompliantSummary"] = {{"CompliantCount", compliant}};
    if (!summary.contains("NonCompliantSummary"))
      summary["NonCompliantSummary"] = {{"NonCompliantCount", non_compliant}};
  }
  return summary;
}

json list_resource_compliance_summaries(const call_context& c) {
  auto filters = compliance_filters(c, {"ComplianceType", "Status", "ResourceId", "ResourceType", "OverallSeverity"});
  json out = json::array();
  for (const auto& stored : items(c.state(), "ResourceComplianceSummaryItems")) {
    json summary = summary_of(stored);
    if (passes(filters, summary)) out.push_back(std::move(summary));
  }
  return {{"ResourceComplianceSummaryItems", std::move(out)}};
}

// ListComplianceItems: the items of one managed instance (AWS takes one resource id and only the
// ManagedInstance type), each with its summary's ComplianceType, ResourceType and ResourceId. An
// instance without compliance data answers no items.
json list_compliance_items(const call_context& c) {
  json ids = c.input.value("ResourceIds", json::array());
  if (ids.size() > 1) c.fail("InvalidResourceId", "Only one resource id can be specified.");
  for (const auto& type : c.input.value("ResourceTypes", json::array()))
    if (type != "ManagedInstance") c.fail("InvalidResourceType", "The resource type " + type.dump() + " is not valid.");
  auto filters = compliance_filters(c, {"ComplianceType", "Status", "Severity", "Id", "Title", "ExecutionId"});
  json out = json::array();
  for (const auto& summary : items(c.state(), "ResourceComplianceSummaryItems")) {
    if (!ids.empty() && string_at(summary, "ResourceId") != ids[0]) continue;
    for (const auto& stored : items(summary, "ComplianceItems")) {
      json item = stored;
      for (const char* member : {"ComplianceType", "ResourceType", "ResourceId"})
        if (!item.contains(member)) item[member] = summary.value(member, "");
      if (!item.contains("ExecutionSummary") && summary.contains("ExecutionSummary"))
        item["ExecutionSummary"] = summary["ExecutionSummary"];
      if (passes(filters, item)) out.push_back(std::move(item));
    }
  }
  return {{"ComplianceItems", std::move(out)}};
}

// DescribeDocumentPermission (PermissionType Share, the only type): the accounts the document is
// shared with ("all": public), with AccountSharingInfoList derived from them when the scenario
// does not state it. An unknown document is InvalidDocument.
json describe_document_permission(const call_context& c) {
  if (c.input_string("PermissionType") != "Share")
    c.fail("InvalidPermissionType", "The permission type is not supported. Share is the only supported permission type.");
  const json* document = find_item(items(c.state(), "Documents"), "Name", c.input_string("Name"));
  if (!document) c.fail("InvalidDocument", "The specified document does not exist.");
  json accounts = document->value("AccountIds", json::array());
  json sharing = document->value("AccountSharingInfoList", json());
  if (!sharing.is_array()) {
    sharing = json::array();
    for (const auto& account : accounts) sharing.push_back({{"AccountId", account}, {"SharedDocumentVersion", "$DEFAULT"}});
  }
  return {{"AccountIds", std::move(accounts)}, {"AccountSharingInfoList", std::move(sharing)}};
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxResults 5..50 (the model).
      {"ssm", "DescribeInstanceInformation",
       list_read{.collection = "InstanceInformation", .output = "InstanceInformationList",
                 .filter = instance_information_filter},
       50},
      // MaxResults 1..50 (the model) for the three lists below.
      {"ssm", "ListResourceComplianceSummaries", list_resource_compliance_summaries, 50},
      {"ssm", "ListComplianceItems", list_compliance_items, 50},
      {"ssm", "ListDocuments",
       list_read{.collection = "Documents", .output = "DocumentIdentifiers", .filter = list_documents_filter,
                 .omit = {"AccountIds", "AccountSharingInfoList"}},
       50},
      // Not paged by the SDKs (no paginator); answered whole.
      {"ssm", "DescribeDocumentPermission", describe_document_permission},
  };
  return entries;
}

}  // namespace mockaws::services::ssm
