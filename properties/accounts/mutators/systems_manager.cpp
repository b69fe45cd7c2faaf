// Mutators of Systems Manager: EC2_INSTANCE_MANAGED_BY_SSM,
// EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK,
// EC2_MANAGEDINSTANCE_ASSOCIATION_COMPLIANCE_STATUS_CHECK and SSM_DOCUMENT_NOT_PUBLIC.

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// The instance's agent gone: Systems Manager no longer lists it (its compliance summaries stay,
// as AWS keeps them until they are deleted, and keep their verdicts).
std::optional<mutation> instance_not_managed(json& doc, std::uint64_t target, std::uint64_t) {
  auto instances = items_of(doc, "AWS::EC2::Instance");
  if (instances.empty()) return std::nullopt;
  auto [region, instance, identity] = instances[target % instances.size()];
  json& managed = doc["regions"][region]["ssm"]["InstanceInformation"];
  for (auto it = managed.begin(); it != managed.end(); ++it)
    if (it->value("InstanceId", "") == identity) {
      managed.erase(it);
      break;
    }
  if (managed.empty()) doc["regions"][region]["ssm"].erase("InstanceInformation");
  return mutation{"instance_not_managed", "instance " + identity + " (" + region + "): not managed by Systems Manager",
                  {{"EC2_INSTANCE_MANAGED_BY_SSM", identity, region, "the instance is not a managed instance"}},
                  std::nullopt};
}

// A summary of `type` turned NON_COMPLIANT: the Status written (degree 0) or, odd degrees, a
// non-compliant item added and the Status left for mockaws to derive, as AWS sums the items.
std::optional<mutation> summary_non_compliant(json& doc, std::uint64_t target, std::uint64_t degree,
                                              const char* resource_type, const char* name, const char* rule) {
  auto summaries = items_of(doc, resource_type);
  if (summaries.empty()) return std::nullopt;
  auto [region, summary, identity] = summaries[target % summaries.size()];
  if (degree % 2) {
    summary->erase("Status");
    (*summary)["ComplianceItems"].push_back({{"Id", "missing-1"}, {"Status", "NON_COMPLIANT"}, {"Severity", "CRITICAL"}});
  } else {
    (*summary)["Status"] = "NON_COMPLIANT";
  }
  return mutation{name, std::string(name) + " on " + identity + " (" + region + ")",
                  {{rule, identity, region, "the managed instance's summary is NON_COMPLIANT"}}, std::nullopt};
}

std::optional<mutation> patches_missing(json& doc, std::uint64_t target, std::uint64_t degree) {
  return summary_non_compliant(doc, target, degree, "AWS::SSM::PatchCompliance", "patches_missing",
                               "EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK");
}

std::optional<mutation> association_failed(json& doc, std::uint64_t target, std::uint64_t degree) {
  return summary_non_compliant(doc, target, degree, "AWS::SSM::AssociationCompliance", "association_failed",
                               "EC2_MANAGEDINSTANCE_ASSOCIATION_COMPLIANCE_STATUS_CHECK");
}

// The document shared with everyone: AccountIds ["all"] (degree 0) or "all" beside the named
// accounts it was already shared with (odd degrees).
std::optional<mutation> document_public(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto documents = items_of(doc, "AWS::SSM::Document");
  if (documents.empty()) return std::nullopt;
  auto [region, document, identity] = documents[target % documents.size()];
  if (degree % 2 && document->contains("AccountIds")) (*document)["AccountIds"].push_back("all");
  else (*document)["AccountIds"] = json::array({"all"});
  return mutation{"document_public", "document " + identity + " (" + region + "): shared publicly",
                  {{"SSM_DOCUMENT_NOT_PUBLIC", identity, region, "the document is public"}}, std::nullopt};
}

}  // namespace

std::vector<mutator> systems_manager_mutators() {
  return {
      {"instance_not_managed", "EC2_INSTANCE_MANAGED_BY_SSM", "an EC2 instance Systems Manager does not manage", "",
       ensure_attached_volume, instance_not_managed},
      {"patches_missing", "EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK",
       "a managed instance missing patches", "", ensure_attached_volume, patches_missing},
      {"association_failed", "EC2_MANAGEDINSTANCE_ASSOCIATION_COMPLIANCE_STATUS_CHECK",
       "a managed instance whose State Manager association failed", "", ensure_attached_volume, association_failed},
      {"document_public", "SSM_DOCUMENT_NOT_PUBLIC", "a Systems Manager document shared publicly", "",
       ensure_ssm_document, document_public},
  };
}

}  // namespace properties
