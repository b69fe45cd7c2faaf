// AWS Config (JSON 1.1): the compliance of the account's config rules, as an operator or AWS
// Config recorded it. hipaasim reads it for the process checks (AWS_CONFIG_PROCESS_CHECK), whose
// only result is the one an operator records by hand with PutExternalEvaluation.
//
// State (per region), as `aws configservice describe-compliance-by-config-rule` prints it:
//   config:
//     ComplianceByConfigRules:
//       - ConfigRuleName: annual-risk-assessment-performed
//         Compliance: {ComplianceType: COMPLIANT}

#include "mockaws/services/service_tables.hpp"

#include <algorithm>

#include "mockaws/services/collections.hpp"

namespace mockaws::services::config {

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // ConfigRuleNames names rules (an unknown one is NoSuchConfigRuleException); ComplianceTypes
      // keeps the rules in those states.
      {"config", "DescribeComplianceByConfigRule",
       list_read{.collection = "ComplianceByConfigRules",
                 .ids = item_key{"ConfigRuleNames", {"ConfigRuleName"}},
                 .unknown_id = not_found{"NoSuchConfigRuleException",
                                         "The ConfigRule '{id}' provided in the request is invalid. Please check the "
                                         "configRule name."},
                 .filter = [](const call_context& c) -> item_test {
                   const json* types = member(c.input, "ComplianceTypes");
                   if (!types || !types->is_array() || types->empty()) return {};
                   json wanted = *types;
                   return [wanted](const json& rule) {
                     const json* compliance = member(rule, "Compliance");
                     std::string type = compliance ? string_at(*compliance, "ComplianceType") : "";
                     return std::find(wanted.begin(), wanted.end(), type) != wanted.end();
                   };
                 }}},
  };
  return entries;
}

}  // namespace mockaws::services::config
