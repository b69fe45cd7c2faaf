// ACM_CERTIFICATE_EXPIRATION_CHECK (acm-certificate-expiration-check): no ACM certificate expires
// within daysToExpiration days (rule default 14; the HIPAA pack leaves it unset, the 2003
// framework sets 30). ACM renews the certificates it issued, never imported ones, but both are
// judged on NotAfter alone, as AWS's page says.
//
// Our reading where AWS's page is silent: "within N days" means NotAfter comes before the
// evaluation time plus N days (a certificate 14 days and an hour from expiry passes at 14); an
// expired certificate is within any window, so NON_COMPLIANT; a certificate without NotAfter
// (pending validation, failed, revoked before issue) has no expiry to judge: NOT_APPLICABLE.

#include <chrono>

#include "engine/rules/all_rules.hpp"
#include "mockaws/protocol/timestamp.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& certificate) {
  const json& config = certificate.configuration;
  auto not_after = config.find("NotAfter");
  if (not_after == config.end() || not_after->is_null())
    return {compliance::not_applicable, "the certificate has no expiry date (status " +
                                            config.value("Status", std::string("unknown")) + ")"};
  auto expiry = not_after->is_string() ? mockaws::protocol::parse_iso8601(not_after->get<std::string>()) : std::nullopt;
  if (!expiry) return {compliance::insufficient_data, "NotAfter does not parse: " + not_after->dump()};
  std::string when = not_after->get<std::string>();
  auto now = ctx.inv().now();
  if (*expiry <= now) return {compliance::non_compliant, "expired at " + when};
  if (*expiry < now + std::chrono::hours(24) * ctx.integer("daysToExpiration"))
    return {compliance::non_compliant, "expires at " + when + ", within " + ctx.text("daysToExpiration") + " days"};
  auto days_left = std::chrono::duration_cast<std::chrono::hours>(*expiry - now).count() / 24;
  return {compliance::compliant, "expires at " + when + " (" + std::to_string(days_left) + " days left)"};
}

}  // namespace

rule_definition acm_certificate_expiration_check() {
  return {.identifier = "ACM_CERTIFICATE_EXPIRATION_CHECK",
          .summary = "ACM certificates do not expire within daysToExpiration days",
          .resource_type = "AWS::ACM::Certificate",
          .parameters = {{"daysToExpiration", parameter_kind::integer, "14",
                          "the number of days before expiry at which a certificate fails"}},
          .judge = judge,
          .reading = "Fails when NotAfter is before now plus daysToExpiration days (expired ones too); a certificate "
                     "with no NotAfter (not issued) is NOT_APPLICABLE; imported and ACM-issued ones alike."};
}

}  // namespace engine::rules
