// S3_BUCKET_DEFAULT_LOCK_ENABLED (s3-bucket-default-lock-enabled): the bucket has S3 Object Lock
// enabled (GetObjectLockConfiguration ObjectLockEnabled "Enabled"), so its objects can be kept
// from deletion and overwrite for a retention period (§164.312(c)(1) integrity). With mode
// (GOVERNANCE or COMPLIANCE; unset in the HIPAA pack) the bucket's default retention must use
// that mode.
//
// Readings, pinned by scenarios/rules/s3-bucket-default-lock-enabled/: a bucket without Object
// Lock (ObjectLockConfigurationNotFoundError) is NON_COMPLIANT; with mode set, a bucket whose
// lock has no default retention rule is NON_COMPLIANT (nothing is retained by default); the mode
// is compared in any case.

#include "engine/rules/all_rules.hpp"
#include "engine/policy/matching.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& bucket) {
  const json* lock = ctx.read(bucket, "ObjectLockConfiguration");
  if (!lock || !lock->is_object() || lock->value("ObjectLockEnabled", "") != "Enabled")
    return {compliance::non_compliant, "Object Lock is not enabled"};
  std::string wanted = ctx.text("mode");
  if (wanted.empty()) return {compliance::compliant, "Object Lock is enabled"};
  std::string mode =
      lock->value("Rule", json::object()).value("DefaultRetention", json::object()).value("Mode", std::string());
  if (mode.empty())
    return {compliance::non_compliant, "Object Lock is enabled without a default retention (mode " + wanted + ")"};
  if (!policy::equal_text(mode, wanted, policy::letter_case::insensitive))
    return {compliance::non_compliant, "the default retention mode is " + mode + ", not " + wanted};
  return {compliance::compliant, "Object Lock is enabled, retaining in " + mode + " mode by default"};
}

}  // namespace

rule_definition s3_bucket_default_lock_enabled() {
  return {.identifier = "S3_BUCKET_DEFAULT_LOCK_ENABLED",
          .summary = "S3 buckets have Object Lock enabled (with the mode given, by default)",
          .resource_type = "AWS::S3::Bucket",
          .parameters = {{.name = "mode", .meaning = "the default retention mode the bucket's lock must use",
                          .choices = "GOVERNANCE|COMPLIANCE"}},
          .reads = {.supplements = {"ObjectLockConfiguration"}},
          .judge = judge,
          .reading = "without Object Lock NON_COMPLIANT; with mode, the lock's default retention must use it (none: "
                     "NON_COMPLIANT)."};
}

}  // namespace engine::rules
