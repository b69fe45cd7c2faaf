// AWS_CONFIG_PROCESS_CHECK (the HIPAA pack's annual-risk-assessment-performed): a process check.
// No API can show that an annual risk assessment happened, so AWS Config never evaluates it; an
// operator records the result by hand (PutExternalEvaluation), and AWS Config reports it as the
// rule's compliance. hipaasim reads that record (DescribeComplianceByConfigRule, under the pack's
// config rule name) in each region: COMPLIANT or NON_COMPLIANT as attested. A region with no
// attestation gives no verdict: the report lists the check as awaiting one (rule.hpp's `manual`),
// which is neither COMPLIANT nor a failure.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    const json* rules = ctx.inv().document("config.rule_compliance", region);
    if (!rules || !rules->is_array()) continue;
    for (const auto& rule : *rules) {
      if (rule.value("ConfigRuleName", "") != ctx.config_rule_name()) continue;
      std::string type = rule.value("Compliance", json::object()).value("ComplianceType", "");
      if (type == "COMPLIANT")
        out.push_back(ctx.about_account(region, compliance::compliant, "an operator attested it (PutExternalEvaluation)"));
      else if (type == "NON_COMPLIANT")
        out.push_back(ctx.about_account(region, compliance::non_compliant,
                                        "an operator recorded it as not done (PutExternalEvaluation)"));
    }
  }
  return out;
}

}  // namespace

rule_definition aws_config_process_check() {
  return {.identifier = "AWS_CONFIG_PROCESS_CHECK",
          .summary = "a manual process check, as an operator attested it in AWS Config",
          .resource_type = account_resource_type,
          .reads = {.documents = {"config.rule_compliance"}},
          .evaluate = evaluate,
          .reading = "The verdict is the operator's attestation recorded under the pack's config rule name; "
                     "without one the check awaits attestation (no verdict).",
          .manual = true};
}

}  // namespace engine::rules
