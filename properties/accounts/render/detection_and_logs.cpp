// CloudWatch Logs groups (besides the trails', storage.cpp), ACM certificates, and the region's
// GuardDuty detector and Security Hub hub, which a compliant account has in every region.

#include "properties/accounts/render/account_renderer.hpp"

namespace properties::rendering {

void account_renderer::render_detection_and_logs(const region_spec& r, json& out) {
  for (std::size_t g = 0; g < r.log_groups.size(); ++g) {
    json group = {{"logGroupName", "/aws/lambda/" + std::string(purpose(g)) + "-fn-" + std::to_string(g)}};
    if (r.log_groups[g] > 0) group["retentionInDays"] = r.log_groups[g];
    out["logs"]["LogGroups"].push_back(std::move(group));
  }
  json certificates = json::array();
  for (std::size_t c = 0; c < r.certificates.size(); ++c) {
    const certificate_spec& spec = r.certificates[c];
    certificates.push_back({{"CertificateArn", arn(r.name, "acm", "certificate/" + ids_.uuid())},
                            {"DomainName", std::string(purpose(c)) + "-" + std::to_string(c) + ".clinic.example"},
                            {"Type", spec.imported ? "IMPORTED" : "AMAZON_ISSUED"},
                            {"KeyAlgorithm", spec.ecdsa ? "EC_prime256v1" : "RSA_2048"},
                            {"Status", "ISSUED"},
                            {"NotBefore", days_ago(365 - spec.days_left > 0 ? 365 - spec.days_left : 1)},
                            {"NotAfter", "+" + std::to_string(spec.days_left) + "d"}});
  }
  if (!certificates.empty()) out["acm"] = {{"Certificates", certificates}};
  out["guardduty"] = {{"Detectors", json::array({{{"Status", "ENABLED"}}})}};
  out["securityhub"] = {{"Hub", json::object()}};
}

}  // namespace properties::rendering
