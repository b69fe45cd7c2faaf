// AWS Certificate Manager (JSON 1.1): certificates, as DescribeCertificate details.
//
// State (per region), as `aws acm describe-certificate` prints each certificate:
//   acm:
//     Certificates:
//       - DomainName: portal.clinic.example     # CertificateArn derived at load
//         Type: AMAZON_ISSUED                   # or IMPORTED (never renewed by ACM)
//         NotAfter: +200d                       # relative to the scenario's clock
//         Status: ISSUED                        # an expired one: EXPIRED (not derived)
//
// ListCertificates answers summaries (the encoder keeps CertificateSummary's members) and, as
// AWS does, only RSA_2048 certificates unless Includes.keyTypes names others.

#include <algorithm>

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/collections.hpp"

namespace mockaws::services::acm {

namespace {

bool listed_in(const json& values, const std::string& value) {
  return std::any_of(values.begin(), values.end(), [&](const json& v) { return v.is_string() && v == value; });
}

// CertificateStatuses (any of them) and Includes.keyTypes (default RSA_2048 alone).
item_test list_certificates_filter(const call_context& c) {
  json statuses = c.input.value("CertificateStatuses", json::array());
  json key_types = c.input.value("Includes", json::object()).value("keyTypes", json::array({"RSA_2048"}));
  return [statuses, key_types](const json& certificate) {
    if (!statuses.empty() && !listed_in(statuses, string_at(certificate, "Status"))) return false;
    return listed_in(key_types, string_at(certificate, "KeyAlgorithm"));
  };
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxItems 1..1000 (the model); AWS documents no default page: mockaws answers up to 1000.
      {"acm", "ListCertificates",
       list_read{.collection = "Certificates", .output = "CertificateSummaryList", .filter = list_certificates_filter},
       1000},
      {"acm", "DescribeCertificate",
       get_read{.collection = "Certificates",
                .key = {"CertificateArn", {"CertificateArn"}},
                .missing = {"ResourceNotFoundException", "Could not find certificate {id}."},
                .output = "Certificate"}},
  };
  return entries;
}

}  // namespace mockaws::services::acm
