// ACCOUNT_SECURITY_CONTACT_REGISTERED: a hipaasim check, not an AWS Config managed rule. The HIPAA
// Security Rule 2003 framework's incident-response control asks that AWS can reach the people
// who handle security incidents: the account's SECURITY alternate contact is registered
// (Account Management's GetAlternateContact). COMPLIANT when it has an email address; none
// (ResourceNotFoundException) is NON_COMPLIANT. Evaluated once for the account (global).

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::string region(global_region);
  const json* contact = ctx.inv().document("account.security_contact", region);
  if (!contact || !contact->is_object())
    return {ctx.about_account(region, compliance::non_compliant, "the account has no security contact")};
  std::string email = contact->value("EmailAddress", "");
  if (email.empty())
    return {ctx.about_account(region, compliance::non_compliant, "the security contact has no email address")};
  return {ctx.about_account(region, compliance::compliant,
                            "security contact " + contact->value("Name", std::string("?")) + " <" + email + ">")};
}

}  // namespace

rule_definition account_security_contact_registered() {
  return {.identifier = "ACCOUNT_SECURITY_CONTACT_REGISTERED",
          .summary = "the account's SECURITY alternate contact is registered (a hipaasim check)",
          .resource_type = account_resource_type,
          .reads = {.documents = {"account.security_contact"}},
          .evaluate = evaluate,
          .reading = "No AWS Config managed rule exists: hipaasim reads GetAlternateContact SECURITY and requires an "
                     "email address.",
          .hipaasim_check = true};
}

}  // namespace engine::rules
