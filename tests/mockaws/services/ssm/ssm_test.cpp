// Systems Manager through HTTP (JSON 1.1): managed instances with their filters and paging,
// compliance summaries (Status and counts derived from the items), compliance items, documents
// filtered by owner, and DescribeDocumentPermission with InvalidDocument.

#include <gtest/gtest.h>

#include <string>

#include "tests/support/aws_test_client.hpp"

namespace hipaasim::testing {
namespace {

constexpr const char* scenario = R"yaml(
account_id: "123456789012"
regions:
  us-east-1:
    ssm:
      InstanceInformation:
        - {InstanceId: mi-0a0000000000000a1, PingStatus: Online, PlatformType: Linux}
        - {InstanceId: mi-0a0000000000000a2, PingStatus: ConnectionLost, PlatformType: Windows}
      ResourceComplianceSummaryItems:
        - ComplianceType: Patch
          ResourceId: mi-0a0000000000000a1
          ComplianceItems:
            - {Id: KB1, Status: NON_COMPLIANT, Severity: CRITICAL}
            - {Id: KB2, Status: COMPLIANT, Severity: LOW}
        - {ComplianceType: Association, ResourceId: mi-0a0000000000000a1, Status: COMPLIANT}
      Documents:
        - {Name: mine-public, AccountIds: [all]}
        - {Name: mine-private}
        - {Name: AWS-RunPatchBaseline, Owner: Amazon}
)yaml";

TEST(ssm, describe_instance_information_filters_and_pages) {
  scenario_server server{scenario};
  auto client = server.client();
  auto all = client.call("ssm", "DescribeInstanceInformation");
  ASSERT_FALSE(all.error) << all.error->message;
  ASSERT_EQ(all.output["InstanceInformationList"].size(), 2u);
  EXPECT_EQ(all.output["InstanceInformationList"][1]["PingStatus"], "ConnectionLost");
  auto online = client.call("ssm", "DescribeInstanceInformation",
                            {{"Filters", {{{"Key", "PingStatus"}, {"Values", {"Online"}}}}}});
  ASSERT_FALSE(online.error);
  ASSERT_EQ(online.output["InstanceInformationList"].size(), 1u);
  EXPECT_EQ(online.output["InstanceInformationList"][0]["InstanceId"], "mi-0a0000000000000a1");
  auto bad = client.call("ssm", "DescribeInstanceInformation", {{"Filters", {{{"Key", "Colour"}, {"Values", {"x"}}}}}});
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->code, "InvalidFilterKey");
  auto too_small = client.call("ssm", "DescribeInstanceInformation", {{"MaxResults", 4}});
  ASSERT_TRUE(too_small.error) << "MaxResults is 5..50";
}

TEST(ssm, compliance_summaries_derive_status_and_counts_from_items) {
  scenario_server server{scenario};
  auto client = server.client();
  auto patch = client.call("ssm", "ListResourceComplianceSummaries",
                           {{"Filters", {{{"Key", "ComplianceType"}, {"Values", {"Patch"}}, {"Type", "EQUAL"}}}}});
  ASSERT_FALSE(patch.error) << patch.error->message;
  ASSERT_EQ(patch.output["ResourceComplianceSummaryItems"].size(), 1u);
  const auto& summary = patch.output["ResourceComplianceSummaryItems"][0];
  EXPECT_EQ(summary["Status"], "NON_COMPLIANT");
  EXPECT_EQ(summary["ResourceType"], "ManagedInstance");
  EXPECT_EQ(summary["NonCompliantSummary"]["NonCompliantCount"], 1);
  EXPECT_EQ(summary["CompliantSummary"]["CompliantCount"], 1);
  EXPECT_FALSE(summary.contains("ComplianceItems"));
  auto others = client.call("ssm", "ListResourceComplianceSummaries",
                            {{"Filters", {{{"Key", "ComplianceType"}, {"Values", {"Patch"}}, {"Type", "NOT_EQUAL"}}}}});
  ASSERT_FALSE(others.error);
  ASSERT_EQ(others.output["ResourceComplianceSummaryItems"].size(), 1u);
  EXPECT_EQ(others.output["ResourceComplianceSummaryItems"][0]["ComplianceType"], "Association");
}

TEST(ssm, list_compliance_items_of_one_instance) {
  scenario_server server{scenario};
  auto client = server.client();
  auto items = client.call("ssm", "ListComplianceItems",
                           {{"ResourceIds", {"mi-0a0000000000000a1"}}, {"ResourceTypes", {"ManagedInstance"}},
                            {"Filters", {{{"Key", "Status"}, {"Values", {"NON_COMPLIANT"}}}}}});
  ASSERT_FALSE(items.error) << items.error->message;
  ASSERT_EQ(items.output["ComplianceItems"].size(), 1u);
  EXPECT_EQ(items.output["ComplianceItems"][0]["Id"], "KB1");
  EXPECT_EQ(items.output["ComplianceItems"][0]["ComplianceType"], "Patch");
  EXPECT_EQ(items.output["ComplianceItems"][0]["ResourceId"], "mi-0a0000000000000a1");
  auto none = client.call("ssm", "ListComplianceItems", {{"ResourceIds", {"mi-0a0000000000000a2"}}});
  ASSERT_FALSE(none.error);
  EXPECT_TRUE(none.output["ComplianceItems"].empty());
  auto wrong_type = client.call("ssm", "ListComplianceItems",
                                {{"ResourceIds", {"mi-0a0000000000000a1"}}, {"ResourceTypes", {"Bucket"}}});
  ASSERT_TRUE(wrong_type.error);
  EXPECT_EQ(wrong_type.error->code, "InvalidResourceType");
}

TEST(ssm, list_documents_by_owner) {
  scenario_server server{scenario};
  auto client = server.client();
  auto self = client.call("ssm", "ListDocuments", {{"Filters", {{{"Key", "Owner"}, {"Values", {"Self"}}}}}});
  ASSERT_FALSE(self.error) << self.error->message;
  ASSERT_EQ(self.output["DocumentIdentifiers"].size(), 2u);
  EXPECT_EQ(self.output["DocumentIdentifiers"][0]["Name"], "mine-public");
  EXPECT_EQ(self.output["DocumentIdentifiers"][0]["Owner"], "123456789012");
  EXPECT_FALSE(self.output["DocumentIdentifiers"][0].contains("AccountIds"));
  auto amazon = client.call("ssm", "ListDocuments", {{"DocumentFilterList", {{{"key", "Owner"}, {"value", "Amazon"}}}}});
  ASSERT_FALSE(amazon.error);
  ASSERT_EQ(amazon.output["DocumentIdentifiers"].size(), 1u);
  auto paged = client.call("ssm", "ListDocuments", {{"MaxResults", 2}});
  ASSERT_FALSE(paged.error);
  EXPECT_EQ(paged.output["DocumentIdentifiers"].size(), 2u);
  ASSERT_TRUE(paged.output.contains("NextToken"));
  auto bad = client.call("ssm", "ListDocuments", {{"Filters", {{{"Key", "Colour"}, {"Values", {"x"}}}}}});
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->code, "InvalidFilterKey");
}

TEST(ssm, describe_document_permission) {
  scenario_server server{scenario};
  auto client = server.client();
  auto shared = client.call("ssm", "DescribeDocumentPermission", {{"Name", "mine-public"}, {"PermissionType", "Share"}});
  ASSERT_FALSE(shared.error) << shared.error->message;
  EXPECT_EQ(shared.output["AccountIds"], json::array({"all"}));
  EXPECT_EQ(shared.output["AccountSharingInfoList"][0]["AccountId"], "all");
  auto unshared = client.call("ssm", "DescribeDocumentPermission", {{"Name", "mine-private"}, {"PermissionType", "Share"}});
  ASSERT_FALSE(unshared.error);
  EXPECT_TRUE(unshared.output.value("AccountIds", json::array()).empty());
  auto missing = client.call("ssm", "DescribeDocumentPermission", {{"Name", "gone"}, {"PermissionType", "Share"}});
  ASSERT_TRUE(missing.error);
  EXPECT_EQ(missing.http_status, 400u);
  EXPECT_EQ(missing.error->code, "InvalidDocument");
  EXPECT_EQ(missing.error->message, "The specified document does not exist.");
}

}  // namespace
}  // namespace hipaasim::testing
