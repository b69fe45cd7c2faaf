// AWS Account Management (REST-JSON, global): the account's alternate contacts. hipaasim reads
// the SECURITY contact, whom AWS notifies about security issues in the account (the HIPAA
// Security Rule 2003 framework's incident-response control).
//
// State (global), as `aws account get-alternate-contact` prints each contact:
//   account:
//     AlternateContacts:
//       - AlternateContactType: SECURITY       # BILLING, OPERATIONS or SECURITY
//         Name: Dana Whitfield
//         Title: Security officer
//         EmailAddress: security@example.org
//         PhoneNumber: "+1-555-0100"

#include "mockaws/services/service_tables.hpp"

namespace mockaws::services::account {

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // A type with no contact is ResourceNotFoundException (404), in AWS's words.
      {"account", "GetAlternateContact",
       get_read{.collection = "AlternateContacts",
                .key = {"AlternateContactType", {"AlternateContactType"}},
                .missing = {"ResourceNotFoundException", "No contact of the inputted alternate contact type found.", 404},
                .output = "AlternateContact"}},
  };
  return entries;
}

}  // namespace mockaws::services::account
