// Mutators of detection and of what keeps evidence and encrypts traffic:
// GUARDDUTY_ENABLED_CENTRALIZED, SECURITYHUB_ENABLED, CW_LOGGROUP_RETENTION_PERIOD_CHECK and
// ACM_CERTIFICATE_EXPIRATION_CHECK.

#include <iterator>

#include "properties/accounts/mutators.hpp"

namespace properties {

namespace {

// AWS's retention periods under a year, longest first (degree 0: the mildest, 180 days), and the
// next valid MinRetentionTime above each (where the rule fails again).
constexpr int short_retentions[] = {180, 150, 120, 90, 60, 30, 14, 7, 5, 3, 1};
constexpr int next_retention[] = {365, 180, 150, 120, 90, 60, 30, 14, 7, 5, 3};

std::optional<mutation> log_group_retention_too_short(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto groups = items_of(doc, "AWS::Logs::LogGroup");
  if (groups.empty()) return std::nullopt;
  auto [region, group, identity] = groups[target % groups.size()];
  std::size_t d = degree % std::size(short_retentions);
  (*group)["retentionInDays"] = short_retentions[d];
  return mutation{"log_group_retention_too_short",
                  "log group " + identity + " (" + region + "): kept " + std::to_string(short_retentions[d]) + " days",
                  {{"CW_LOGGROUP_RETENTION_PERIOD_CHECK", identity, region, "kept fewer than 365 days"}},
                  threshold{"CW_LOGGROUP_RETENTION_PERIOD_CHECK", "MinRetentionTime", short_retentions[d], next_retention[d]}};
}

// A certificate now expiring in d days and 12 hours, d from 13 (degree 0: half a day inside the
// default 14-day window) down to 0. daysToExpiration d passes it again, d + 1 fails it.
std::optional<mutation> certificate_expiring(json& doc, std::uint64_t target, std::uint64_t degree) {
  auto certificates = items_of(doc, "AWS::ACM::Certificate");
  if (certificates.empty()) return std::nullopt;
  auto [region, certificate, identity] = certificates[target % certificates.size()];
  long long days = 13 - static_cast<long long>(degree % 14);
  (*certificate)["NotAfter"] = "+" + std::to_string(days * 24 + 12) + "h";
  return mutation{"certificate_expiring",
                  "certificate " + identity + " (" + region + "): expires in " + std::to_string(days) + " days 12 hours",
                  {{"ACM_CERTIFICATE_EXPIRATION_CHECK", identity, region, "expires within 14 days"}},
                  threshold{"ACM_CERTIFICATE_EXPIRATION_CHECK", "daysToExpiration", days, days + 1}};
}

// GuardDuty suspended in one region (degree 0: the detector DISABLED; odd degrees: no detector).
std::optional<mutation> guardduty_off(json& doc, std::uint64_t target, std::uint64_t degree) {
  std::vector<std::string> on;
  for (const auto& region : regions_of(doc))
    if (doc["regions"][region].contains("guardduty")) on.push_back(region);
  if (on.empty()) return std::nullopt;
  const std::string& region = on[target % on.size()];
  bool removed = degree % 2;
  if (removed) doc["regions"][region].erase("guardduty");
  else for (auto& detector : doc["regions"][region]["guardduty"]["Detectors"]) detector["Status"] = "DISABLED";
  return mutation{"guardduty_off", std::string("GuardDuty ") + (removed ? "never enabled" : "suspended") + " in " + region,
                  {{"GUARDDUTY_ENABLED_CENTRALIZED", "", region, "no enabled detector"}}, std::nullopt};
}

std::optional<mutation> security_hub_off(json& doc, std::uint64_t target, std::uint64_t) {
  std::vector<std::string> on;
  for (const auto& region : regions_of(doc))
    if (doc["regions"][region].contains("securityhub")) on.push_back(region);
  if (on.empty()) return std::nullopt;
  const std::string& region = on[target % on.size()];
  doc["regions"][region].erase("securityhub");
  return mutation{"security_hub_off", "Security Hub disabled in " + region,
                  {{"SECURITYHUB_ENABLED", "", region, "DescribeHub: not subscribed"}}, std::nullopt};
}

void ensure_log_group(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.log_groups.empty()) return;
  spec.regions.front().log_groups.push_back(0);
}

void ensure_certificate(account_spec& spec) {
  for (const auto& r : spec.regions)
    if (!r.certificates.empty()) return;
  spec.regions.front().certificates.push_back(certificate_spec{});
}

}  // namespace

std::vector<mutator> detection_and_log_mutators() {
  return {{"log_group_retention_too_short", "CW_LOGGROUP_RETENTION_PERIOD_CHECK", "a log group kept under a year",
           "MinRetentionTime", ensure_log_group, log_group_retention_too_short},
          {"certificate_expiring", "ACM_CERTIFICATE_EXPIRATION_CHECK", "a certificate about to expire", "daysToExpiration",
           ensure_certificate, certificate_expiring},
          {"guardduty_off", "GUARDDUTY_ENABLED_CENTRALIZED", "GuardDuty off in a region", "", nullptr, guardduty_off},
          {"security_hub_off", "SECURITYHUB_ENABLED", "Security Hub off in a region", "", nullptr, security_hub_off}};
}

}  // namespace properties
