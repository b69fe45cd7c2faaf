// The built-in "hipaa-2003" pack: the HIPAA Security Rule 2003 framework's sample controls as a
// conformance-pack template, with its own control mapping onto the HIPAA pack's controls.

#include <gtest/gtest.h>

#include "engine/pack/hipaa_controls.hpp"
#include "engine/rules/rule.hpp"
#include "test_helpers.hpp"

namespace engine::pack {
namespace {

std::string reference(const char* file) { return std::string(HIPAASIM_SOURCE_DIR) + "/tests/data/reference/" + file; }

TEST(hipaa_2003_pack, is_the_frameworks_nineteen_sample_controls_with_its_thresholds) {
  auto loaded = load_builtin_pack("hipaa-2003", {});
  ASSERT_TRUE(loaded.pack) << (loaded.errors.empty() ? "" : loaded.errors.front().to_string());
  const auto& pack = *loaded.pack;
  auto rows = pack_test::read_tsv(reference("compliance-tf-controls.tsv"));
  ASSERT_EQ(rows.size(), 19u);
  ASSERT_EQ(pack.rules.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::string expected = rows[i].at("config_rule_source_identifier");
    if (expected == "none") expected = "ACCOUNT_SECURITY_CONTACT_REGISTERED";
    EXPECT_EQ(pack.rules[i].source_identifier, expected) << "in the framework's order";
    EXPECT_EQ(pack.rules[i].owner, "AWS");
  }
  auto parameter = [&](std::string_view rule, const std::string& name) {
    for (const auto& r : pack.rules)
      if (r.source_identifier == rule) return r.input_parameters.count(name) ? r.input_parameters.at(name) : "";
    return std::string();
  };
  EXPECT_EQ(parameter("ACM_CERTIFICATE_EXPIRATION_CHECK", "daysToExpiration"), "30");
  EXPECT_EQ(parameter("CW_LOGGROUP_RETENTION_PERIOD_CHECK", "MinRetentionTime"), "365");
  EXPECT_EQ(parameter("BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK", "requiredRetentionDays"), "35");
  EXPECT_EQ(parameter("BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK", "requiredRetentionDays"), "35");
}

TEST(hipaa_2003_pack, every_rule_is_mapped_to_its_control_category_and_hipaa_sections) {
  auto loaded = load_builtin_pack("hipaa-2003", {});
  ASSERT_TRUE(loaded.pack);
  const control_catalog& catalog = hipaa_2003_controls();
  EXPECT_EQ(builtin_controls("hipaa-2003"), &catalog);
  EXPECT_EQ(catalog.mappings().size(), loaded.pack->rules.size());
  std::map<std::string, std::string> sections;  // steampipe control -> sections
  for (const auto& row : pack_test::read_tsv(reference("steampipe-hipaa-2003.tsv")))
    sections[row.at("steampipe_control")] = row.at("hipaa_sections");
  for (const auto& row : pack_test::read_tsv(reference("compliance-tf-controls.tsv"))) {
    std::string id = row.at("config_rule_source_identifier");
    bool contact = id == "none";
    if (contact) id = "ACCOUNT_SECURITY_CONTACT_REGISTERED";
    const rule_mapping* mapping = catalog.mapping_for(id);
    ASSERT_NE(mapping, nullptr) << id;
    EXPECT_EQ(mapping->control_name, row.at("sample_control")) << id;
    EXPECT_EQ(mapping->category, row.at("category")) << id;
    std::string ids;
    for (const auto& c : mapping->control_ids) ids += (ids.empty() ? "" : ";") + c;
    EXPECT_EQ(ids, contact ? "164.308(a)(6)(ii)" : sections.at(row.at("steampipe_2003_control"))) << id;
    for (const control* c : catalog.controls_for(id)) EXPECT_FALSE(c->title.empty()) << c->id;
  }
  // The regulation is the HIPAA pack's, control for control.
  EXPECT_EQ(catalog.controls().size(), hipaa_controls().controls().size());
  EXPECT_EQ(catalog.families(), hipaa_controls().families());
}

TEST(hipaa_2003_pack, a_pack_from_a_file_has_no_built_in_mapping) {
  EXPECT_EQ(builtin_controls("Operational-Best-Practices-for-CIS.yaml"), nullptr);
  EXPECT_TRUE(no_controls().mappings().empty());
  EXPECT_TRUE(no_controls().controls_for("ACCESS_KEYS_ROTATED").empty());
}

}  // namespace
}  // namespace engine::pack
