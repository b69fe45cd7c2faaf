// The Systems Manager rules: EC2_INSTANCE_MANAGED_BY_SSM, the patch and association compliance
// checks, and SSM_DOCUMENT_NOT_PUBLIC.

#include <gtest/gtest.h>

#include "tests/engine/rules/inventory_builder.hpp"

namespace engine {
namespace {

using namespace engine::testing;

configuration_item instance(const std::string& id, const std::string& state, const std::string& region = "us-east-1") {
  return item("AWS::EC2::Instance", id, {{"InstanceId", id}, {"State", {{"Name", state}}}}, region);
}

TEST(ec2_instance_managed_by_ssm, listed_instances_of_the_region_are_managed_and_terminated_ones_are_not_judged) {
  inventory inv = make_inventory({"us-east-1", "eu-west-1"});
  inv.add(instance("i-managed", "running"));
  inv.add(instance("i-stopped", "stopped"));
  inv.add(instance("i-unmanaged", "running"));
  inv.add(instance("i-gone", "terminated"));
  inv.add(instance("i-elsewhere", "running", "eu-west-1"));
  for (const char* id : {"i-managed", "i-stopped"})
    inv.add(item("AWS::SSM::ManagedInstanceInventory", id, {{"InstanceId", id}, {"PingStatus", "ConnectionLost"}}));
  // Listed in another region than the instance's: not this instance's registration.
  inv.add(item("AWS::SSM::ManagedInstanceInventory", "i-elsewhere", {{"InstanceId", "i-elsewhere"}}));
  auto verdicts = run(inv, "EC2_INSTANCE_MANAGED_BY_SSM");
  ASSERT_EQ(verdicts.size(), 5u);
  EXPECT_EQ(verdicts[0].result, compliance::compliant);
  EXPECT_EQ(verdicts[1].result, compliance::compliant) << "registration counts, not connectivity";
  EXPECT_EQ(verdicts[2].result, compliance::non_compliant);
  EXPECT_EQ(verdicts[3].result, compliance::not_applicable);
  EXPECT_EQ(verdicts[4].result, compliance::non_compliant);
}

TEST(managed_instance_compliance, the_summary_status_decides_and_an_unknown_one_is_insufficient_data) {
  inventory inv = make_inventory();
  inv.add(item("AWS::SSM::PatchCompliance", "i-1", {{"ResourceId", "i-1"}, {"Status", "COMPLIANT"}}));
  inv.add(item("AWS::SSM::PatchCompliance", "i-2",
               {{"ResourceId", "i-2"}, {"Status", "NON_COMPLIANT"}, {"OverallSeverity", "CRITICAL"},
                {"NonCompliantSummary", {{"NonCompliantCount", 4}}}}));
  inv.add(item("AWS::SSM::PatchCompliance", "i-3", {{"ResourceId", "i-3"}}));
  inv.add(item("AWS::SSM::AssociationCompliance", "i-1", {{"ResourceId", "i-1"}, {"Status", "NON_COMPLIANT"}}));
  auto patch = run(inv, "EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK");
  ASSERT_EQ(patch.size(), 3u);
  EXPECT_EQ(patch[0].result, compliance::compliant);
  EXPECT_EQ(patch[1].result, compliance::non_compliant);
  EXPECT_NE(patch[1].annotation.find("4 non-compliant item(s), severity CRITICAL"), std::string::npos) << patch[1].annotation;
  EXPECT_EQ(patch[2].result, compliance::insufficient_data);
  auto association = run(inv, "EC2_MANAGEDINSTANCE_ASSOCIATION_COMPLIANCE_STATUS_CHECK");
  ASSERT_EQ(association.size(), 1u);
  EXPECT_EQ(association[0].result, compliance::non_compliant);
}

TEST(ssm_document_not_public, all_among_the_account_ids_is_public) {
  inventory inv = make_inventory();
  auto document = [](const std::string& name, json accounts) {
    configuration_item d = item("AWS::SSM::Document", name, {{"Name", name}});
    d.supplementary["DocumentPermission"] = {{"AccountIds", accounts}, {"AccountSharingInfoList", json::array()}};
    return d;
  };
  inv.add(document("private", json::array()));
  inv.add(document("partner", {"210987654321"}));
  inv.add(document("public", {"210987654321", "all"}));
  auto verdicts = run(inv, "SSM_DOCUMENT_NOT_PUBLIC");
  ASSERT_EQ(verdicts.size(), 3u);
  EXPECT_EQ(verdicts[0].result, compliance::compliant);
  EXPECT_EQ(verdicts[1].result, compliance::compliant);
  EXPECT_EQ(verdicts[2].result, compliance::non_compliant);
}

}  // namespace
}  // namespace engine
