// SSM_DOCUMENT_NOT_PUBLIC (ssm-document-not-public): no Systems Manager document the account owns
// is shared publicly. A document is public when DescribeDocumentPermission (PermissionType Share)
// lists "all" among its AccountIds; documents are those ListDocuments answers for Owner Self
// (AWS's own and documents shared with the account are not the account's to fix).
//
// Reading where AWS's page is silent (pinned by scenarios/rules/ssm-document-not-public/): a
// document shared with named accounts only is COMPLIANT (private sharing is not public).

#include <algorithm>

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& document) {
  const json* permission = ctx.read(document, "DocumentPermission");
  json accounts = permission ? permission->value("AccountIds", json::array()) : json::array();
  if (!accounts.is_array()) accounts = json::array();
  if (std::find(accounts.begin(), accounts.end(), json("all")) != accounts.end())
    return {compliance::non_compliant, "the document is shared publicly (AccountIds holds \"all\")"};
  if (!accounts.empty())
    return {compliance::compliant, "the document is shared with " + std::to_string(accounts.size()) +
                                       " named account(s), not publicly"};
  return {compliance::compliant, "the document is not shared"};
}

}  // namespace

rule_definition ssm_document_not_public() {
  return {.identifier = "SSM_DOCUMENT_NOT_PUBLIC",
          .summary = "Systems Manager documents the account owns are not shared publicly",
          .resource_type = "AWS::SSM::Document",
          .reads = {.supplements = {"DocumentPermission"}},
          .judge = judge,
          .reading = "only documents ListDocuments answers for Owner Self are judged; public means AccountIds "
                     "holds \"all\"; sharing with named accounts is COMPLIANT."};
}

}  // namespace engine::rules
