// S3_BUCKET_VERSIONING_ENABLED (s3-bucket-versioning-enabled): the bucket keeps every version of
// its objects (GetBucketVersioning Status "Enabled"), so an overwritten or deleted ePHI record can
// be restored (§164.312(c)(1) integrity). With isMfaDeleteEnabled true (unset in the HIPAA pack)
// MFA delete must be on too (MFADelete "Enabled").
//
// Readings, pinned by scenarios/rules/s3-bucket-versioning-enabled/: a bucket never versioned
// (GetBucketVersioning answers an empty configuration) and a suspended one are NON_COMPLIANT
// alike; isMfaDeleteEnabled is a boolean in any case ("True" too), and false asks nothing more.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

verdict judge(const rule_context& ctx, const configuration_item& bucket) {
  const json* versioning = ctx.read(bucket, "Versioning");
  auto member = [&](const char* name) {
    return versioning && versioning->is_object() ? versioning->value(name, std::string()) : std::string();
  };
  std::string status = member("Status");
  if (status != "Enabled")
    return {compliance::non_compliant, status.empty() ? "versioning was never enabled" : "versioning is " + status};
  if (ctx.boolean("isMfaDeleteEnabled") && member("MFADelete") != "Enabled")
    return {compliance::non_compliant, "versioning is enabled but MFA delete is not (isMfaDeleteEnabled)"};
  return {compliance::compliant, "versioning is enabled"};
}

}  // namespace

rule_definition s3_bucket_versioning_enabled() {
  return {.identifier = "S3_BUCKET_VERSIONING_ENABLED",
          .summary = "S3 buckets keep every object version (and, when asked, require MFA to delete)",
          .resource_type = "AWS::S3::Bucket",
          .parameters = {{"isMfaDeleteEnabled", parameter_kind::boolean, "",
                          "true: MFA delete must be enabled on the bucket too"}},
          .reads = {.supplements = {"Versioning"}},
          .judge = judge,
          .reading = "never versioned and suspended are both NON_COMPLIANT; isMfaDeleteEnabled true also asks for "
                     "MFADelete Enabled."};
}

}  // namespace engine::rules
