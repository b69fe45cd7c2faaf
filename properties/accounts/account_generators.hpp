#pragma once
// RapidCheck generators of compliant accounts: any mix of the resource types the implemented
// rules read, from a handful of resources to hundreds (RapidCheck's size grows them), in one to
// three regions. Each generator shrinks towards fewer, plainer resources, so a failing case
// comes out as the smallest account that still fails.

#include <rapidcheck.h>

#include "properties/accounts/account_spec.hpp"

namespace properties {

// The regions generated accounts use (real ones, in the order a shrink prefers them).
const std::vector<std::string>& generated_regions();

rc::Gen<account_spec> compliant_account();

}  // namespace properties
