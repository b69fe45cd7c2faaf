// Amazon GuardDuty (REST-JSON): detectors, at most one per region.
//
// State (per region), as `aws guardduty get-detector` prints the detector:
//   guardduty:
//     Detectors:
//       - Status: ENABLED                       # or DISABLED (suspended); DetectorId derived
//         Administrator:                        # GetAdministratorAccount; absent: none
//           AccountId: "111122223333"
//           RelationshipStatus: Enabled
//           InvitationId: ...
//
// A region without a detector has GuardDuty off: ListDetectors answers no id.

#include "mockaws/services/service_tables.hpp"

#include "mockaws/services/collections.hpp"

namespace mockaws::services::guardduty {

namespace {

constexpr std::string_view not_owned =
    "The request is rejected because the input detectorId is not owned by the current account.";

// GuardDuty answers an id that is not one of the account's detectors with BadRequestException.
const json& detector(const call_context& c) {
  std::string id = c.input_string("DetectorId");
  if (const json* found = find_item(items(c.state(), "Detectors"), "DetectorId", id)) return *found;
  c.fail("BadRequestException", std::string(not_owned));
}

// No administrator: a 200 with no Administrator member (what GuardDuty answers a standalone
// account), not an error.
json get_administrator_account(const call_context& c) {
  const json& found = detector(c);
  if (const json* administrator = member(found, "Administrator")) return {{"Administrator", *administrator}};
  return json::object();
}

}  // namespace

std::span<const operation_entry> operations() {
  static const operation_entry entries[] = {
      // MaxResults 1..50 (the model); without it AWS answers up to 50 ids a page.
      {"guardduty", "ListDetectors", list_read{.collection = "Detectors", .output = "DetectorIds", .project = "DetectorId"},
       50},
      {"guardduty", "GetDetector",
       get_read{.collection = "Detectors",
                .key = {"DetectorId", {"DetectorId"}},
                .missing = {"BadRequestException", not_owned},
                .omit = {"DetectorId", "Administrator"}}},
      {"guardduty", "GetAdministratorAccount", get_administrator_account},
  };
  return entries;
}

}  // namespace mockaws::services::guardduty
