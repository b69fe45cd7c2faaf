// The policy analyzer (engine/policy/analysis.hpp) against brute force. For a generated bucket
// policy, many generated concrete requests are judged by a separate, plain reference evaluator
// of IAM's logic (explicit deny wins, then allow):
// - "public": if any outsider's request is allowed, the analyzer says public; and whenever it
//   says public, its witness is a request an outsider could send that the reference allows.
// - "enforces TLS": if any request over plain HTTP escapes every Deny, the analyzer finds one;
//   and whenever it finds one, the reference agrees the witness is not denied.

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "engine/policy/analysis.hpp"
#include "properties/policies/policy_vocabulary.hpp"

namespace properties::policies {
namespace {

namespace policy = engine::policy;

constexpr int requests_per_policy = 300;

concrete_request concrete(const policy::request& r) {
  concrete_request out;
  switch (r.who.type) {
    case policy::caller::kind::anonymous: out.caller = "anonymous"; break;
    case policy::caller::kind::iam: out.caller = r.who.arn; break;
    case policy::caller::kind::service: out.caller = "service:" + r.who.service; break;
  }
  out.action = r.action;
  out.resource = r.resource;
  for (const auto& [key, values] : r.context.entries()) out.context[key] = values.front();
  return out;
}

policy::document parsed(const json& doc) {
  auto p = policy::parse(doc);
  RC_ASSERT(p.policy.has_value());
  return *p.policy;
}

RC_GTEST_PROP(policy_analyzer, public_agrees_with_brute_force, ()) {
  json doc = *bucket_policy();
  policy::finding f = policy::public_access(
      parsed(doc), {.owner_account = owner_account,
                    .resources = {bucket_arn, std::string(bucket_arn) + "/key"},
                    .action_namespace = "s3",
                    .actions = {"s3:GetObject", "s3:PutObject", "s3:ListBucket"}});
  RC_ASSERT(f.result != policy::finding::answer::undetermined);
  if (f) {
    concrete_request w = concrete(*f.witness);
    RC_ASSERT(outsider_could_send(w));
    RC_ASSERT(reference_evaluate(doc, w) == verdict::allow);
  }
  for (int i = 0; i < requests_per_policy; ++i) {
    concrete_request r = *outsider_request();
    if (reference_evaluate(doc, r) == verdict::allow) {
      RC_LOG() << doc.dump() << "\nallows " << r.caller << " " << r.action << " " << r.resource;
      RC_ASSERT(static_cast<bool>(f));
      break;
    }
  }
}

RC_GTEST_PROP(policy_analyzer, enforces_tls_agrees_with_brute_force, ()) {
  json doc = *bucket_policy();
  policy::finding f = policy::insecure_transport_allowed(parsed(doc), "records", owner_account);
  RC_ASSERT(f.result != policy::finding::answer::undetermined);
  if (f) {
    concrete_request w = concrete(*f.witness);
    RC_ASSERT(w.context["aws:securetransport"] == "false");
    RC_ASSERT(reference_evaluate(doc, w) != verdict::deny);
  }
  for (int i = 0; i < requests_per_policy; ++i) {
    concrete_request r = *any_request();
    r.context["aws:securetransport"] = "false";
    if (reference_evaluate(doc, r) != verdict::deny) {
      RC_LOG() << doc.dump() << "\nlets through " << r.caller << " " << r.action << " " << r.resource;
      RC_ASSERT(static_cast<bool>(f));
      break;
    }
  }
}

// The generator reaches both answers of each question often enough to mean something.
TEST(policy_analyzer, the_vocabulary_gives_both_answers) {
  int public_ones = 0, private_ones = 0, escaping = 0, enforcing = 0;
  for (int seed = 0; seed < 400; ++seed) {
    json doc = bucket_policy()(rc::Random(seed), 10).value();
    auto p = parsed(doc);
    bool pub = static_cast<bool>(policy::public_access(p, {.owner_account = owner_account,
                                                           .resources = {bucket_arn},
                                                           .action_namespace = "s3"}));
    (pub ? public_ones : private_ones)++;
    (policy::insecure_transport_allowed(p, "records", owner_account) ? escaping : enforcing)++;
  }
  EXPECT_GT(public_ones, 20);
  EXPECT_GT(private_ones, 20);
  EXPECT_GT(escaping, 20);
  EXPECT_GT(enforcing, 5);
}

}  // namespace
}  // namespace properties::policies
