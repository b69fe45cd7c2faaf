#pragma once
// What the policy property draws from: bucket policies for bucket "records" of account
// 111122223333, built from the principals, actions, resources and conditions auditors meet
// (and the tricky ones: NotPrincipal, NotAction, NotResource, IfExists, negated operators,
// wildcard source ARNs and organizations, /0 blocks), and concrete requests by outsiders and
// insiders to judge them with.

#include <rapidcheck.h>

#include "properties/policies/reference_evaluator.hpp"

namespace properties::policies {

inline constexpr const char* owner_account = "111122223333";
inline constexpr const char* bucket_arn = "arn:aws:s3:::records";

rc::Gen<json> bucket_policy();

// A request by someone outside the account and the parties the vocabulary's policies name
// (its identity keys hold only values such a caller can hold).
rc::Gen<concrete_request> outsider_request();
// A request by anyone, insiders included, with any context.
rc::Gen<concrete_request> any_request();

// Whether a request (the analyzer's witness, say) is one an outsider could send: its caller is
// not the owner, a partner or the owner's role, and no identity key holds an insider's value.
bool outsider_could_send(const concrete_request& r);

}  // namespace properties::policies
