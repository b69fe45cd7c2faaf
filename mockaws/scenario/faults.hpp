#pragma once
// A scenario's `faults:` block: failures mockaws answers instead of the handler's result.
//
//   faults:
//     - {service: s3, operation: GetBucketPolicy, code: AccessDenied}   # one operation
//     - {service: ec2, region: us-west-2, code: ServiceUnavailable}     # a whole service
//
// service (botocore id) and code are required; operation defaults to every operation ("*"),
// region to every region, message to a sentence saying the scenario injected it, and status to
// what AWS sends with such a code (403 for access denied, 500/503 for server errors, else 400).
// Unknown services, operations and regions are errors with a suggestion.

#include <vector>

#include "mockaws/scenario/source_tree.hpp"
#include "mockaws/store/store.hpp"

namespace mockaws::scenario {

std::vector<store::fault> read_faults(const source_node& faults, std::vector<load_error>& errors);

}  // namespace mockaws::scenario
