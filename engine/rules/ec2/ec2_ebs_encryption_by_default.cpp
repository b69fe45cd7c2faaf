// EC2_EBS_ENCRYPTION_BY_DEFAULT (ec2-ebs-encryption-by-default): EBS encryption by default is on
// in every region (GetEbsEncryptionByDefault), so no new volume or snapshot copy can be created
// unencrypted. One evaluation per region, for the account; off is AWS's default.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    const json* setting = ctx.inv().document("ec2.ebs_encryption_by_default", region);
    if (setting && setting->is_boolean() && setting->get<bool>())
      out.push_back(ctx.about_account(region, compliance::compliant, "EBS encryption by default is enabled"));
    else
      out.push_back(ctx.about_account(region, compliance::non_compliant, "EBS encryption by default is disabled in the region"));
  }
  return out;
}

}  // namespace

rule_definition ec2_ebs_encryption_by_default() {
  return {.identifier = "EC2_EBS_ENCRYPTION_BY_DEFAULT",
          .summary = "EBS encryption by default is enabled in every region",
          .resource_type = account_resource_type,
          .reads = {.documents = {"ec2.ebs_encryption_by_default"}},
          .evaluate = evaluate};
}

}  // namespace engine::rules
