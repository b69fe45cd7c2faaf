// EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK (ebs-snapshot-public-restorable-check): no EBS snapshot the
// account owns is publicly restorable, i.e. grants createVolumePermission to the group "all"
// (DescribeSnapshotAttribute). One evaluation per region, for the account: anyone could create
// a volume from a public snapshot and read the ePHI on it.
//
// Readings (pinned by scenarios/rules/ebs-snapshot-public-restorable-check/):
//  - Only the account's own snapshots are judged (DescribeSnapshots OwnerIds self): public
//    snapshots of others that the account can see are not its exposure.
//  - Sharing with named accounts (UserId) is not public.
//  - A snapshot whose permissions could not be read leaves the region INSUFFICIENT_DATA, unless
//    another snapshot there is public already.

#include "engine/rules/all_rules.hpp"

namespace engine::rules {

namespace {

bool public_grant(const json& permissions) {
  for (const auto& permission : permissions)
    if (permission.value("Group", "") == "all") return true;
  return false;
}

std::vector<evaluation> evaluate(const rule_context& ctx) {
  std::vector<evaluation> out;
  for (const std::string& region : ctx.inv().regions()) {
    std::string public_ones, unreadable;
    for (const configuration_item* snapshot : ctx.inv().items("AWS::EC2::Snapshot")) {
      if (snapshot->region != region) continue;
      if (auto why = snapshot->why_unreadable("CreateVolumePermissions")) {
        if (unreadable.empty()) unreadable = snapshot->resource_id + ": " + *why;
        continue;
      }
      const json* permissions = ctx.read(*snapshot, "CreateVolumePermissions");
      if (permissions && public_grant(*permissions))
        public_ones += (public_ones.empty() ? "" : ", ") + snapshot->resource_id;
    }
    if (!public_ones.empty())
      out.push_back(ctx.about_account(region, compliance::non_compliant, "publicly restorable snapshots: " + public_ones));
    else if (!unreadable.empty())
      out.push_back(ctx.about_account(region, compliance::insufficient_data,
                                      "could not read a snapshot's create-volume permissions (" + unreadable + ")"));
    else
      out.push_back(ctx.about_account(region, compliance::compliant, "no snapshot of the account is publicly restorable"));
  }
  return out;
}

}  // namespace

rule_definition ebs_snapshot_public_restorable_check() {
  return {.identifier = "EBS_SNAPSHOT_PUBLIC_RESTORABLE_CHECK",
          .summary = "no EBS snapshot of the account is publicly restorable",
          .resource_type = account_resource_type,
          .reads = {.types = {"AWS::EC2::Snapshot"}, .supplements = {"CreateVolumePermissions"}},
          .evaluate = evaluate,
          .reading = "only the account's own snapshots count; sharing with named accounts is not public; an "
                     "unreadable permission is INSUFFICIENT_DATA unless another snapshot is public."};
}

}  // namespace engine::rules
